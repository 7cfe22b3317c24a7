/**
 * The shapes the product API refuses a request in: 402 bodies, machine-payment challenges
 * (`x402`, `l402`, `mpp`), and billing errors that arrive with another status (`openai`: 429,
 * `graphql`: 200).
 */
export const dialects = [
  'flat',
  'nested',
  'envelope',
  'problem+json',
  'stripe',
  'x402',
  'l402',
  'mpp',
  'openai',
  'ai-sdk',
  'graphql',
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

/** The HTTP status a dialect refuses with: 402, except OpenAI's 429 and GraphQL's 200. */
export function dialectStatus(dialect: Dialect): number {
  if (dialect === 'openai') return 429
  if (dialect === 'graphql') return 200
  return 402
}
