/**
 * A UTC instant in canonical form, `YYYY-MM-DDTHH:MM:SS.ffffffZ`: fixed width, so two of them compare
 * correctly as strings, down to the microsecond Adapty's timestamps carry.
 */
export type IsoDate = string

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function canonical(epochMs: number, micros: number): IsoDate | null {
  const date = new Date(epochMs)
  const year = date.getUTCFullYear()
  if (!Number.isFinite(epochMs) || year < 1 || year > 9999) return null
  const fraction = pad(date.getUTCMilliseconds(), 3) + pad(micros, 3)
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${fraction}Z`
}

/**
 * Parses an ISO 8601 date-time as Adapty accepts it (`2022-10-12T09:42:50.000000+0000`,
 * `2024-01-15T10:30:00Z`, …); a time without offset is UTC. Returns `null` for anything else,
 * including impossible dates such as February 30th.
 */
export function parseIsoDate(input: string): IsoDate | null {
  const match = ISO_8601.exec(input.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, offsetHours = '0', offsetMinutes = '0'] =
    match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  const offset =
    zulu || !sign ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes))
  if (Math.abs(offset) >= 24 * 60 || Number(offsetMinutes) > 59) return null
  const digits = fraction.padEnd(6, '0').slice(0, 6)
  const base = new Date(0)
  base.setUTCFullYear(year, month - 1, day)
  base.setUTCHours(hour, minute, second, Number(digits.slice(0, 3)))
  return canonical(base.getTime() - offset * 60_000, Number(digits.slice(3)))
}

/** The canonical form of an epoch-millisecond instant. */
export function fromEpochMs(epochMs: number): IsoDate {
  const value = canonical(epochMs, 0)
  if (value === null) throw new RangeError(`Time ${epochMs} is outside years 1–9999`)
  return value
}

/** Epoch milliseconds of a canonical date (microseconds dropped). */
export function toEpochMs(date: IsoDate): number {
  return Date.parse(`${date.slice(0, 23)}Z`)
}

/** Adapty's response format: `2024-12-24T10:50:23+00:00`, with `.ffffff` only when it is not zero. */
export function formatAdaptyDate(date: IsoDate): string {
  const fraction = date.slice(20, 26)
  return `${date.slice(0, 19)}${fraction === '000000' ? '' : `.${fraction}`}+00:00`
}

/** Python's `str(datetime)` format used in Adapty's error messages: `2029-08-29 09:33:42+00:00`. */
export function formatMessageDate(date: IsoDate): string {
  return formatAdaptyDate(date).replace('T', ' ')
}

/** ISO 8601 with milliseconds, `Z` suffix, for the product API. */
export function formatIso(date: IsoDate): string {
  return new Date(toEpochMs(date)).toISOString()
}
