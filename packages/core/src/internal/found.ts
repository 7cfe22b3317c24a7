import type { PaymentRequired } from '../types'

/** What a dialect found in a response, as raw server values; `buildPaywall` validates every field. */
export type Found = { [K in keyof Omit<PaymentRequired, 'dialect'>]?: unknown } & {
  dialect: string
  /** More server words for the reason (error type, decline code, details), most telling first. */
  hints?: unknown[]
}

/** The response a dialect looks at: the body is raw text or parsed JSON. */
export interface Seen {
  status: number
  headers: Headers
  body: unknown
}

/** A built-in dialect: the fields it recognises, or `null` when the body is not in its shape. */
export type Dialect = (response: Seen) => Found | null
