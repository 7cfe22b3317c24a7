import { errorResponse } from './internal/error-response'
import { type BodyText, readBodyText } from './internal/read-body-text'
import { parsePaymentRequired } from './parse-payment-required'
import { isPaymentRequired } from './payment-required-error'
import { toPaymentRequired } from './to-payment-required'
import type { ParseOptions, PaymentRequired } from './types'

/**
 * How long, in milliseconds (2 s), `readPaywallError` waits for a body nobody has read before it settles
 * for the paywall that status and headers give. A paywall answer is small and already on its way
 * when the client rejects, so this only cuts short a server that stalls mid-body.
 */
const errorBodyTimeLimit = 2000

// One read per response, whoever asks (the retry function, the query cache, the app).
const reads = new WeakMap<Response, Promise<BodyText>>()

/**
 * `toPaymentRequired`, for errors whose `Response` body no one has read yet (ky 1's `HTTPError`):
 * reads the body once (from a clone, so `error.response` stays readable; at most 64 KiB; at most
 * 2 seconds, after which status and headers alone decide) and returns the full paywall.
 * Every other error gets exactly what `toPaymentRequired` gives, without waiting. A body that is not
 * a paywall's (no 402, and `classify` does not claim it) is never read. Several calls for the same
 * response share one read. Never rejects.
 *
 * @example
 * try { await ky1.get('/api/reports').json() } catch (error) {
 *   const paywall = await readPaywallError(error)
 *   if (paywall) store.report(paywall, { feature: 'reports' })
 * }
 */
export async function readPaywallError(
  error: unknown,
  options: ParseOptions = {},
): Promise<PaymentRequired | null> {
  try {
    if (isPaymentRequired(error)) return error.paywall
    const response = errorResponse(error)
    const unread = response?.unread
    if (!response || !unread || (response.status !== 402 && !options.classify)) {
      return toPaymentRequired(error, options)
    }
    let read = reads.get(unread)
    if (!read) {
      read = readBodyText(unread, errorBodyTimeLimit)
      reads.set(unread, read)
    }
    const body = await read
    return parsePaymentRequired({ status: response.status, headers: unread.headers, body }, options)
  } catch {
    return toPaymentRequired(error, options)
  }
}
