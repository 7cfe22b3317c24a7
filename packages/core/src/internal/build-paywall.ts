import { reasonCopy } from '../reason-messages'
import { isReason, reasonFor } from '../reason-table'
import { safeHref } from '../safe-href'
import type { ParseOptions, PaymentRequired, PaywallReason } from '../types'
import type { Found } from './found'
import { isObject, keysOf, nonNegative, pick } from './guards'
import { isCode, isHuman, plainText } from './text'

const count = (value: unknown) =>
  nonNegative(typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value)

/**
 * ISO 8601 kept verbatim; other dates (HTTP dates, epoch seconds or ms) converted. A string that
 * starts as ISO must be ISO throughout, else it is dropped: `Date.parse` skips `(…)` as a comment and
 * guesses at the rest (`2026-11-28junk` is in June), so such a tail could carry markup or a wrong date.
 */
const date = (value: unknown) => {
  const iso = typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value)
  if (iso && !/^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/i.test(value)) return
  const time =
    typeof value === 'number'
      ? value < 1e11
        ? value * 1000
        : value
      : typeof value === 'string' && value.length < 40
        ? Date.parse(value)
        : Number.NaN
  if (Math.abs(time) <= 8.64e15) return iso ? (value as string) : new Date(time).toISOString()
}

/** Seconds from a number, a numeric string or an HTTP date (`Retry-After`). */
const seconds = (value: unknown) => {
  const delay =
    count(value) ?? (typeof value === 'string' ? (Date.parse(value) - Date.now()) / 1000 : Number.NaN)
  if (!Number.isNaN(delay)) return Math.max(0, Math.ceil(delay))
}

/** What an object (or a bare string, for `name`/`url`) holds under one of `names`. */
const read = (value: unknown, names: string, bare?: boolean) =>
  isObject(value) ? pick([keysOf(value)], names) : bare && typeof value === 'string' ? value : undefined

const email = (value: unknown) =>
  typeof value === 'string' && value.length < 255 && /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/.test(value)
    ? value
    : undefined

/**
 * Turns what a dialect found into a `PaymentRequired`: every field validated and copied by name,
 * text made plain and cut, URLs passed through `safeHref`, and the default copy for the reason
 * wherever the server's own is missing, jargon or a bare code.
 */
export function buildPaywall(
  found: Found,
  status: number,
  headers: Headers,
  options: ParseOptions,
  forced?: PaywallReason,
): PaymentRequired {
  const code = isCode(found.code) ? found.code : undefined
  const title = plainText(found.title, 80)
  const message = plainText(found.message, 280)
  const reason =
    forced ??
    (isReason(found.reason)
      ? found.reason
      : reasonFor([code, found.reason, message, title, ...(found.hints ?? [])], options.reasons))
  const copy = reasonCopy(reason, options.messages)
  const server = options.serverCopy !== false
  const href = (url: unknown) => safeHref(url, options)
  const { action, support, usage } = found
  const url = href(read(action, 'url href link', true))
  const supportEmail = email(read(support, 'email'))
  const supportUrl = href(read(support, 'url href link'))
  const plans = (Array.isArray(found.plans) ? found.plans.slice(0, 10) : [])
    .map((plan) => ({
      id: plainText(read(plan, 'id slug planid key'), 200),
      name: plainText(read(plan, 'name title displayname', true), 60),
      price: plainText(read(plan, 'price'), 40),
    }))
    .filter((plan) => plan.name)
  const used = count(read(usage, 'used usage current consumed'))
  const limit = count(read(usage, 'limit quota max maximum'))
  // Through JSON so that only plain data is left, without the keys left undefined.
  return JSON.parse(
    JSON.stringify({
      status,
      reason,
      code,
      title: (server && isHuman(title) && title) || copy.title,
      message: (server && isHuman(message) && message) || copy.message,
      action: url && {
        url,
        label: (server && plainText(read(action, 'label text title'), 40)) || copy.action,
      },
      plans: plans[0] && plans,
      usage:
        used === undefined || limit === undefined
          ? undefined
          : {
              used,
              limit,
              unit: plainText(read(usage, 'unit'), 40),
              resetsAt: date(
                read(usage, 'reset resets resetat resetsat reseton resetson resettime resetdate'),
              ),
            },
      graceEndsAt: date(found.graceEndsAt),
      feature: plainText(found.feature ?? headers.get('paywall-feature'), 100),
      requestId:
        plainText(found.requestId, 200) ??
        plainText(headers.get('request-id') ?? headers.get('x-request-id'), 200),
      timestamp: date(found.timestamp),
      docUrl: href(found.docUrl),
      support: (supportEmail || supportUrl) && { email: supportEmail, url: supportUrl },
      retryAfter: seconds(found.retryAfter) ?? seconds(headers.get('retry-after')),
      dialect: plainText(found.dialect, 40) ?? 'custom',
    }),
  )
}
