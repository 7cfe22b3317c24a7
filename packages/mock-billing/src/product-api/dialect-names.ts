/** The 402 body shapes the product API can answer in. */
export const dialects = [
  'flat',
  'nested',
  'envelope',
  'problem+json',
  'stripe',
  'x402',
  'html',
  'text',
  'empty',
] as const

/** A 402 body shape. */
export type Dialect = (typeof dialects)[number]

/** The dialect used when neither the request nor the user chose one. */
export const DEFAULT_DIALECT: Dialect = 'nested'

/** Whether a string names a dialect. */
export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && (dialects as readonly string[]).includes(value)
}
