/**
 * Whether `value` is a date without a time (`2026-12-01`): a calendar day, to be shown in UTC, where it
 * starts, so that it does not become the day before west of Greenwich.
 */
export const isDateOnly = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
