/**
 * The furthest a `Date` reaches from the epoch, either way, in milliseconds: 100,000,000 days
 * (ECMAScript's time value range). Beyond it `new Date(ms)` is an Invalid Date.
 */
export const MAX_DATE_MS = 8.64e15

/**
 * An epoch number below this counts as seconds, from here up as milliseconds. 10^11 seconds is in
 * the year 5138, while 10^11 milliseconds is March 1973, before any date a billing API sends.
 */
export const EPOCH_SECONDS_BELOW = 1e11

/** Whether `ms` is an instant a `Date` can hold: within `MAX_DATE_MS` of the epoch (`NaN` is not). */
export const isDateMs = (ms: number): boolean => Math.abs(ms) <= MAX_DATE_MS

/**
 * Epoch milliseconds of a `Date`, an epoch-ms number or a date string; `NaN` for an invalid date and
 * for anything else (`undefined`, `null`, objects).
 * @internal Shared by core and `@paywall-kit/react`; not part of the public API.
 */
export const epochMs = (value: unknown): number =>
  value instanceof Date || typeof value === 'number' || typeof value === 'string'
    ? new Date(value).getTime()
    : Number.NaN
