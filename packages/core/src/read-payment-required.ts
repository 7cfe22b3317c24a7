import { readBodyText, timeLimit } from './internal/read-body-text'
import { parsePaymentRequired } from './parse-payment-required'
import type { ParseOptions, PaymentRequired } from './types'

/** How long `readPaymentRequired` waits for a body by default, in milliseconds. */
export const defaultBodyTimeout = 3000

/** Options for `readPaymentRequired` (and `createPaywallFetch`). */
export interface ReadPaymentRequiredOptions extends ParseOptions {
  /**
   * The longest wait for the body, in milliseconds, for the whole read. A body that is not complete by
   * then is given up (its branch of the clone cancelled) and the paywall is built from the status and
   * headers alone, as for an empty body; with `classify`, an error response that `classify` does not
   * claim without a body then passes through. Capped at 2^31 − 1; a negative or non-number value means
   * the default.
   * @default 3000
   */
  bodyTimeout?: number
}

/**
 * `parsePaymentRequired` for a fetch `Response`. Reads at most 64 KiB of the body, within
 * `bodyTimeout` (3 s), from a clone, so the response stays readable; a larger body is left unread
 * and still yields a generic paywall, and a body that stalls is given up (status and headers decide).
 * Other statuses are not read unless `options.classify` may want them. Never rejects, never hangs.
 *
 * @example
 * const response = await fetch('/api/reports')
 * const paywall = await readPaymentRequired(response)
 * if (paywall) store.report(paywall, { feature: 'reports' })
 */
export async function readPaymentRequired(
  response: Response,
  options: ReadPaymentRequiredOptions = {},
): Promise<PaymentRequired | null> {
  try {
    const { status, headers } = response
    if (status !== 402 && !options.classify) return null
    let body: unknown
    // Something Response-like without headers or a body still gets the paywall its status gives.
    try {
      body = await readBodyText(response, timeLimit(options.bodyTimeout, defaultBodyTimeout))
    } catch {}
    return parsePaymentRequired({ status, headers, body }, options)
  } catch {
    return null
  }
}
