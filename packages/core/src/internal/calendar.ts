const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]

// `Date.parse` rolls a day past the month's end over into the next month (`2026-02-30` is March 2),
// so every part is checked against the calendar before the date is believed.
const exists = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= (daysInMonth(year, month) ?? 0)

const isoPattern =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:Z|[+-](\d\d):?(\d\d))?)?$/i

/**
 * Whether the whole string is an ISO 8601 date (optionally with a time and an offset) that exists:
 * month 1–12, a day the month has (leap years counted), hours to 23, minutes and seconds to 59.
 */
export function isRealIsoDate(text: string): boolean {
  const match = isoPattern.exec(text)
  if (!match) return false
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)))
  return (
    exists(year as number, month as number, day as number) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHour <= 23 &&
    offsetMinute <= 59
  )
}

/** `06 Nov 1994`, `06-Nov-94` (HTTP dates) or `Nov  6 08:49:37 1994`, `November 30, 2026` (asctime, prose). */
const namedDayPattern =
  /\b(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+\d{2,4}\b|\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:\d\d?:\d\d(?::\d\d)?\s+)?\d{4}\b/i

/**
 * The time (epoch ms) of a date written with an English month name, as HTTP dates (`Retry-After`) are,
 * or `NaN` when it has no month name, or names a day its month does not have (`Mon, 30 Feb 2026`).
 * Numeric forms other than ISO 8601 (`02/03/2026`) are not read: their order of day and month is a guess.
 */
export function namedDateTime(text: string): number {
  const match = namedDayPattern.exec(text)
  const time = Date.parse(text)
  if (!match || Number.isNaN(time)) return Number.NaN
  const month = monthNames.indexOf((match[2] ?? match[3] ?? '').slice(0, 3).toLowerCase()) + 1
  const day = Number(match[1] ?? match[4])
  // A rolled-over day never crosses a year boundary (December has 31 days), so the parsed year is the written one.
  return exists(new Date(time).getUTCFullYear(), month, day) ? time : Number.NaN
}
