/**
 * Epoch ms of a `Date`, epoch ms or date string; `NaN` for anything else (`undefined`, `null`) or an
 * invalid date.
 */
export const instant = (value: unknown): number =>
  value instanceof Date || typeof value === 'number' || typeof value === 'string'
    ? new Date(value).getTime()
    : Number.NaN
