import type { Dialect } from '../internal/found'
import { isObject, keysOf, type Obj, own, pick } from '../internal/guards'
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
      own(error, 'decline_code') ||
      own(error, 'type') === 'card_error' ||
      /stripe\.com/.test(`${own(error, 'doc_url')}`),
  ],
  ['openai', (_, error) => typeof own(error, 'type') === 'string' && own(error, 'status') === undefined],
  ['errors', (body) => Array.isArray(own(body, 'errors'))],
  ['nested', (_, error) => error],
  ['envelope', (body) => own(body, 'success') === false || own(body, 'ok') === false],
  ['status-code', (body) => own(body, 'status') !== undefined && own(body, 'code') !== undefined],
]

/**
 * Where each field is looked for, by key (compared without case, `_` or `-`), earliest first;
 * `isHuman` and `isCode` skip jargon and sentences so the next candidate gets its turn.
 */
const fields: readonly (readonly [string, string, ((value: unknown) => boolean)?])[] = [
  ['reason', 'reason'],
  ['code', 'code errorcode error type', isCode],
  ['title', 'title', isHuman],
  ['message', 'message detail errordescription description msg error', isHuman],
  [
    'action',
    'action resolution url link href actionurl actionlink actionhref upgradeurl upgradelink upgradehref ' +
      'renewurl renewlink renewhref renewalurl renewallink renewalhref paymenturl paymentlink paymenthref ' +
      'payurl paylink payhref checkouturl checkoutlink checkouthref billingurl billinglink billinghref ' +
      'topupurl topuplink topuphref pricingurl pricinglink pricinghref portalurl portallink portalhref ' +
      'purchaseurl purchaselink purchasehref subscribeurl subscribelink subscribehref ' +
      'subscriptionurl subscriptionlink subscriptionhref',
  ],
  ['plans', 'plans availableplans'],
  ['accessReturnsInstantly', 'accessreturnsinstantly instantaccess'],
  ['billingOwner', 'billingowner billingadmin billingcontact accountowner'],
  ['usage', 'usage quota', isObject],
  [
    'graceEndsAt',
    'graceend graceendat graceendon graceends graceendsat graceendson ' +
      'graceexpire graceexpireat graceexpireon graceexpires graceexpiresat graceexpireson ' +
      'graceperiodend graceperiodendat graceperiodendon graceperiodends graceperiodendsat graceperiodendson ' +
      'graceperiodexpire graceperiodexpireat graceperiodexpireon ' +
      'graceperiodexpires graceperiodexpiresat graceperiodexpireson',
  ],
  ['feature', 'feature featureid featurekey requiredfeature requiredfeatureid requiredfeaturekey'],
  ['requestId', 'requestid traceid correlationid'],
  ['timestamp', 'timestamp'],
  ['docUrl', 'docurl doclink docsurl docslink documentationurl documentationlink'],
  ['support', 'support', isObject],
  ['retryAfter', 'retryafter'],
  ['language', 'language lang locale', (value) => typeof value === 'string'],
]

const supportUrl = 'supporturl supportlink supportcenter supportcentre helpurl helplink helpcenter helpcentre'

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
  const sources = (error ? [error, body] : [body]).map(keysOf)
  const type = headers.get('content-type') ?? ''
  const dialect = shapes.find(([, matches]) => matches(body, error, type))?.[0] ?? 'flat'
  const find = (names: string, accept?: (value: unknown) => boolean) => pick(sources, names, accept)
  const found: Record<string, unknown> = Object.fromEntries(
    fields.map(([field, names, accept]) => [field, find(names, accept)]),
  )
  const problemType = own(body, 'type')
  return {
    ...found,
    dialect,
    // Usage may sit at the top level (`{used, limit}`) rather than in its own object.
    usage: found.usage ?? error ?? body,
    docUrl:
      found.docUrl ??
      (dialect === 'problem+json' && /^https?:/i.test(`${problemType}`) ? problemType : undefined),
    support: found.support ?? {
      email: find('supportemail'),
      url: find(supportUrl),
    },
    hints: ['declinecode', 'type', 'error', 'title', 'details detail'].map((names) => find(names)),
  }
}
