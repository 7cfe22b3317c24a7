import type { Dialect } from '../internal/found'
import { isObject, type Obj, own, pick } from '../internal/guards'
import { isCode, isHuman } from '../internal/text'

/** JSON shapes, most specific first; `flat` takes any other object. */
const shapes: readonly (readonly [string, (body: Obj, error: Obj | undefined, type: string) => unknown])[] = [
  [
    'problem+json',
    (body, _, type) => /problem\+json/i.test(type) || (own(body, 'detail') && own(body, 'title')),
  ],
  [
    'stripe',
    (_, error) =>
      error &&
      (own(error, 'decline_code') ||
        own(error, 'type') === 'card_error' ||
        /stripe\.com/.test(`${own(error, 'doc_url')}`)),
  ],
  [
    'openai',
    (_, error) => error && typeof own(error, 'type') === 'string' && own(error, 'status') === undefined,
  ],
  ['errors', (body) => Array.isArray(own(body, 'errors'))],
  ['nested', (_, error) => error],
  ['envelope', (body) => own(body, 'success') === false || own(body, 'ok') === false],
  ['status-code', (body) => own(body, 'status') !== undefined && own(body, 'code') !== undefined],
  ['flat', () => true],
]

const actionUrl =
  /^((action|upgrade|renew(al)?|payment|pay|checkout|billing|top_?up|pricing|portal|purchase|subscribe|subscription)_?)?(url|link|href)$/i

/**
 * Every JSON object body: flat `{error, message, renewal_url, plans, usage}`, nested
 * `{error: {code, message, resolution}}`, `{success: false, …}` envelopes, `{status, code, action, support}`,
 * RFC 9457 problem+json, Stripe and OpenAI errors, and `{errors: […]}`. The fields are looked up
 * in the error object first, then at the top level.
 */
export const json: Dialect = ({ headers, body }) => {
  if (!isObject(body)) return null
  const errors = own(body, 'errors')
  const nested = own(body, 'error')
  const error = isObject(nested)
    ? nested
    : Array.isArray(errors) && isObject(errors[0])
      ? errors[0]
      : undefined
  const sources = error ? [error, body] : [body]
  const type = headers.get('content-type') ?? ''
  const dialect = shapes.find(([, matches]) => matches(body, error, type))?.[0] ?? 'flat'
  const find = (key: RegExp, accept?: (value: unknown) => boolean) => pick(sources, key, accept)
  const problemType = dialect === 'problem+json' && own(body, 'type')
  return {
    dialect,
    reason: find(/^reason$/i),
    code: find(/^(error_?)?code$/i, isCode) ?? find(/^(error|type)$/i, isCode),
    title: find(/^title$/i, isHuman),
    message:
      find(/^(message|detail|error_?description|description|msg)$/i, isHuman) ?? find(/^error$/i, isHuman),
    action: find(/^(action|resolution)$/i) ?? find(actionUrl),
    plans: find(/^(available_?)?plans$/i),
    usage: find(/^(usage|quota)$/i, isObject) ?? error ?? body,
    graceEndsAt: find(/^grace_?(period_?)?(ends?|expires?)(_?(at|on))?$/i),
    feature: find(/^(required_?)?feature(_?(id|key))?$/i),
    requestId: find(/^(request|trace|correlation)_?id$/i),
    timestamp: find(/^timestamp$/i),
    docUrl:
      find(/^(doc|docs|documentation)_?(url|link)$/i) ??
      (typeof problemType === 'string' && /^https?:/i.test(problemType) ? problemType : undefined),
    support: find(/^support$/i, isObject) ?? {
      email: find(/^support_?email$/i),
      url: find(/^(support|help)_?(url|link|center|centre)$/i),
    },
    retryAfter: find(/^retry_?after$/i),
    hints: [
      find(/^decline_?code$/i),
      find(/^type$/i),
      find(/^error$/i),
      find(/^title$/i),
      find(/^details?$/i),
    ],
  }
}
