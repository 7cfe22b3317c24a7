import { EPOCH_SECONDS_BELOW, isDateMs } from '../epoch-ms'
import { isEmail } from '../is-email'
import { reasonCopy } from '../reason-messages'
import { isReason, reasonFor } from '../reason-table'
import { safeHref } from '../safe-href'
import type {
  ParseOptions,
  PaymentRequired,
  PaywallBillingOwner,
  PaywallPlan,
  PaywallPlanInterval,
  PaywallReason,
} from '../types'
import { isRealIsoDate, namedDateTime } from './calendar'
import type { Found } from './found'
import { isObject, keysOf, nonNegative, pick } from './guards'
import { languageTag } from './language-tag'
import { minorDigits, paywallPrice } from './price'
import { isCode, isHuman, isName, plainText } from './text'
import { unlistedOrigin } from './unlisted-origin'
import { withoutUndefined } from './without-undefined'

/** A number, or a string that is only a number (`"100"`, `" 2.5 "`), as a number; anything else as is. */
const numeric = (value: unknown) =>
  typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value

/**
 * A count (usage, limit): finite, from 0 up to `Number.MAX_SAFE_INTEGER`. Past that no real quota
 * lives and integers are no longer exact, so such a value is dropped rather than shown.
 */
const count = (value: unknown) => {
  const number = nonNegative(numeric(value))
  return number !== undefined && number <= Number.MAX_SAFE_INTEGER ? number : undefined
}

/**
 * The longest `retryAfter`, in seconds: about 24.8 days, the longest delay `setTimeout` honours
 * (2^31 − 1 ms; a longer one fires at once). HTTP sets no limit; a later `Retry-After` is read as this,
 * so an app that waits `retryAfter * 1000` ms never retries in a loop.
 */
export const maxRetryAfter = 2_147_483

/**
 * ISO 8601 kept verbatim; other dates (HTTP dates and others with a month name, epoch seconds or ms)
 * converted. A string that starts as ISO must be ISO throughout, else it is dropped: `Date.parse` skips
 * `(…)` as a comment and guesses at the rest (`2026-11-28junk` is in June), so such a tail could carry
 * markup or a wrong date. A day its month does not have (`2026-02-30`) is dropped too, not rolled over.
 */
const date = (value: unknown) => {
  const iso = typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value)
  if (iso && !isRealIsoDate(value)) return
  const time =
    typeof value === 'number'
      ? value < EPOCH_SECONDS_BELOW
        ? value * 1000
        : value
      : typeof value === 'string' && value.length < 40
        ? iso
          ? Date.parse(value)
          : namedDateTime(value)
        : Number.NaN
  if (isDateMs(time)) return iso ? (value as string) : new Date(time).toISOString()
}

/** Seconds from a number, a numeric string or a date (`Retry-After`), from 0 up to `maxRetryAfter`. */
const seconds = (value: unknown) => {
  const number = numeric(value)
  // A delay of 400 digits is valid HTTP; it overflows to Infinity and is capped like any long delay.
  const delay =
    typeof number === 'number'
      ? number >= 0
        ? number
        : Number.NaN
      : typeof value === 'string'
        ? (Date.parse(date(value) ?? '') - Date.now()) / 1000
        : Number.NaN
  if (!Number.isNaN(delay)) return Math.min(maxRetryAfter, Math.max(0, Math.ceil(delay)))
}

/**
 * Server copy cut to `max` characters when the whole of it (up to a few hundred characters) passes
 * `accept`: judged before the cut, so a stack trace or an SQL error that starts with words is not
 * cut down to those words and shown.
 */
const copyOf = (value: unknown, max: number, accept: (text: unknown) => text is string) =>
  accept(plainText(value, 1000)) ? plainText(value, max) : undefined

/** What an object (or a bare string, for `name`/`url`) holds under one of `names`. */
const read = (value: unknown, names: string, bare?: boolean) =>
  isObject(value) ? pick([keysOf(value)], names) : bare && typeof value === 'string' ? value : undefined

const email = (value: unknown) => (isEmail(value) ? value : undefined)

/** Billing intervals as servers spell them (`monthly`, `annual`, Stripe's `recurring.interval`). */
const intervals: Record<string, PaywallPlanInterval> = {
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  mo: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  yr: 'year',
}

const interval = (plan: unknown): PaywallPlanInterval | undefined => {
  const value = read(plan, 'interval billinginterval period billingperiod')
  const recurring = read(plan, 'recurring')
  const word = typeof value === 'string' ? value : read(recurring, 'interval')
  return typeof word === 'string' ? intervals[word.trim().toLowerCase()] : undefined
}

/** A plan's money: `amount` in whole units, or Stripe's `unit_amount` in minor units, with an ISO 4217 currency. */
const planMoney = (plan: unknown) => {
  const code = read(plan, 'currency')
  const currency = typeof code === 'string' ? code.trim().toUpperCase() : undefined
  const digits = currency === undefined ? undefined : minorDigits(currency)
  if (currency === undefined || digits === undefined) return {}
  const whole = count(read(plan, 'amount priceamount'))
  const price = read(plan, 'price')
  const minor = count(read(plan, 'unitamount amountcents'))
  const amount =
    whole ??
    (typeof price === 'number' ? count(price) : undefined) ??
    (minor === undefined ? undefined : minor / 10 ** digits)
  return amount === undefined ? {} : { amount, currency }
}

/** Who can pay: a name, an email address, or an object with either. */
const billingOwner = (value: unknown): PaywallBillingOwner | undefined => {
  if (isEmail(value)) return { email: value }
  const name = copyOf(read(value, 'name displayname fullname', true), 80, isName)
  const address = email(read(value, 'email'))
  return name || address ? withoutUndefined({ name, email: address }) : undefined
}

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
      : reasonFor([code, found.reason, message, title, ...(found.hints ?? [])], options.reasonCodes))
  const copy = reasonCopy(reason, options.messages)
  const server = options.serverCopy !== false
  const href = (url: unknown) => safeHref(url, options)
  const { action, support, usage } = found
  const actionUrl = read(action, 'url href link', true)
  const url = href(actionUrl)
  const supportEmail = email(read(support, 'email'))
  const supportUrl = href(read(support, 'url href link'))
  const plans = (Array.isArray(found.plans) ? found.plans.slice(0, 10) : [])
    .map((plan) => ({
      id: plainText(read(plan, 'id slug planid key'), 200),
      name: copyOf(read(plan, 'name title displayname', true), 60, isName),
      price: plainText(read(plan, 'price'), 40),
      ...planMoney(plan),
      interval: interval(plan),
      url: href(read(plan, 'url href link checkouturl checkoutlink')),
      current: read(plan, 'current iscurrent currentplan') === true || undefined,
      recommended: read(plan, 'recommended isrecommended') === true || undefined,
    }))
    .filter((plan): plan is typeof plan & PaywallPlan => Boolean(plan.name))
  const used = count(read(usage, 'used usage current consumed'))
  const limit = count(read(usage, 'limit quota max maximum'))
  // Only the fields that were found: `'usage' in paywall` means there is usage.
  return withoutUndefined({
    status,
    reason,
    code,
    title: (server && copyOf(found.title, 80, isHuman)) || copy.title,
    message: (server && copyOf(found.message, 280, isHuman)) || copy.message,
    action: url
      ? { url, label: (server && copyOf(read(action, 'label text title'), 40, isName)) || copy.action }
      : undefined,
    refusedActionOrigin: url ? undefined : unlistedOrigin(actionUrl, options),
    plans: plans[0] && plans,
    usage:
      used === undefined || limit === undefined
        ? undefined
        : {
            used,
            limit,
            unit: plainText(read(usage, 'unit'), 40),
            resetsAt: date(read(usage, 'reset resets resetat resetsat reseton resetson resettime resetdate')),
          },
    graceEndsAt: date(found.graceEndsAt),
    feature: plainText(found.feature ?? headers.get('paywall-feature'), 100),
    requestId:
      plainText(found.requestId, 200) ??
      plainText(headers.get('request-id') ?? headers.get('x-request-id'), 200),
    timestamp: date(found.timestamp),
    docUrl: href(found.docUrl),
    support: supportEmail || supportUrl ? { email: supportEmail, url: supportUrl } : undefined,
    retryAfter: seconds(found.retryAfter) ?? seconds(headers.get('retry-after')),
    price: paywallPrice(found.price),
    accessReturnsInstantly:
      found.accessReturnsInstantly === true || found.accessReturnsInstantly === 'true' || undefined,
    billingOwner: billingOwner(found.billingOwner),
    // The body's own field first: it describes this copy, a header may describe a whole site.
    language: languageTag(found.language) ?? languageTag(headers.get('content-language')),
    dialect: plainText(found.dialect, 40) ?? 'custom',
  })
}
