import { reasonCopy } from '../reason-messages'
import { isReason, reasonFor } from '../reason-table'
import { safeHref } from '../safe-href'
import type { ParseOptions, PaymentRequired, PaywallPlan, PaywallReason } from '../types'
import type { Found } from './found'
import { isObject, type Obj, pick } from './guards'
import { isCode, isHuman, plainText } from './text'

const count = (value: unknown) => {
  const number = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined
}

/** ISO 8601 kept verbatim; other dates (HTTP dates, epoch seconds or ms) converted. */
const date = (value: unknown) => {
  const time =
    typeof value === 'number'
      ? value < 1e11
        ? value * 1000
        : value
      : typeof value === 'string' && value.length < 40
        ? Date.parse(value)
        : Number.NaN
  if (!(Math.abs(time) <= 8.64e15)) return
  return typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value) ? value : new Date(time).toISOString()
}

/** Seconds from a number, a numeric string or an HTTP date (`Retry-After`). */
const seconds = (value: unknown) => {
  const delay = count(value)
  if (delay !== undefined) return Math.ceil(delay)
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (!Number.isNaN(time)) return Math.max(0, Math.ceil((time - Date.now()) / 1000))
}

const id = (value: unknown) => plainText(typeof value === 'number' ? String(value) : value, 200)

const email = (value: unknown) =>
  typeof value === 'string' && value.length < 255 && /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/.test(value)
    ? value
    : undefined

const field = (object: Obj, key: RegExp) => pick([object], key)

function plan(value: unknown): PaywallPlan | undefined {
  if (typeof value === 'string') value = { name: value }
  if (!isObject(value)) return
  const name = plainText(field(value, /^(name|title|display_?name)$/i), 60)
  if (!name) return
  const price = field(value, /^price$/i)
  return {
    id: id(field(value, /^(id|slug|plan_?id|key)$/i)),
    name,
    price: plainText(typeof price === 'number' ? String(price) : price, 40),
  }
}

function usage(value: unknown) {
  if (!isObject(value)) return
  const used = count(field(value, /^(used|usage|current|consumed)$/i))
  const limit = count(field(value, /^(limit|quota|max|maximum)$/i))
  if (used === undefined || limit === undefined) return
  return {
    used,
    limit,
    unit: plainText(field(value, /^unit$/i), 40),
    resetsAt: date(field(value, /^(resets?|resets?_?(at|on)|reset_?(time|date))$/i)),
  }
}

/** Drops the keys left undefined, so results only carry what was found. */
function compact<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key]
  return object
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
      : reasonFor([code, found.reason, message, title, ...(found.hints ?? [])], options.reasons))
  const copy = reasonCopy(reason, options.messages)
  const server = options.serverCopy !== false
  const href = (url: unknown) => safeHref(url, options)
  const { action, support } = found
  const actionHref = href(isObject(action) ? field(action, /^(url|href|link)$/i) : action)
  const label = isObject(action) ? plainText(field(action, /^(label|text|title)$/i), 40) : undefined
  const plans = Array.isArray(found.plans)
    ? (found.plans.slice(0, 10).map(plan).filter(Boolean) as PaywallPlan[])
    : []
  const supportEmail = email(isObject(support) ? field(support, /^email$/i) : undefined)
  const supportUrl = href(isObject(support) ? field(support, /^(url|href|link)$/i) : undefined)
  const metered = usage(found.usage)
  return compact<PaymentRequired>({
    status,
    reason,
    code,
    title: (server && isHuman(title) && title) || copy.title,
    message: (server && isHuman(message) && message) || copy.message,
    action: actionHref ? { url: actionHref, label: (server && label) || copy.action } : undefined,
    plans: plans.length ? plans.map(compact) : undefined,
    usage: metered && compact(metered),
    graceEndsAt: date(found.graceEndsAt),
    feature: plainText(found.feature, 100),
    requestId: id(found.requestId) ?? id(headers.get('request-id') ?? headers.get('x-request-id')),
    timestamp: date(found.timestamp),
    docUrl: href(found.docUrl),
    support: supportEmail || supportUrl ? compact({ email: supportEmail, url: supportUrl }) : undefined,
    retryAfter: seconds(found.retryAfter) ?? seconds(headers.get('retry-after')),
    dialect: plainText(found.dialect, 40) ?? 'custom',
  })
}
