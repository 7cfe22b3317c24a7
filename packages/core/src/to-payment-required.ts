import { isObject, type Obj, own } from './internal/guards'
import { parsePaymentRequired } from './parse-payment-required'
import { isPaymentRequired } from './payment-required-error'
import type { ParseOptions, PaymentRequired } from './types'

function fromError(error: unknown, options: ParseOptions, depth: number): PaymentRequired | null {
  if (isPaymentRequired(error)) return error.paywall
  if (!isObject(error) || depth > 2) return null
  const { response } = error
  // ky / ofetch: the body may already be consumed, so use what the client parsed into `data`;
  // axios: `error.response.{status, data, headers}`; others: the error itself.
  const source: Obj =
    response instanceof Response
      ? { status: response.status, headers: response.headers, data: own(error, 'data') }
      : isObject(response) && typeof response.status === 'number'
        ? response
        : error
  const status = source.status ?? source.statusCode
  return typeof status === 'number'
    ? parsePaymentRequired(
        { status, headers: source.headers as HeadersInit, body: own(source, 'data') ?? own(source, 'body') },
        options,
      )
    : fromError(error.cause, options, depth + 1)
}

/**
 * The paywall inside an error thrown by any common HTTP client, or `null`. Recognises
 * `PaymentRequiredError`, axios (`error.response.{status, data, headers}`), ky and ofetch
 * (`error.response` is a `Response`, `error.data` the parsed body when the client read it),
 * plain `{ status | statusCode: 402, body | data, headers }`, and any of these as `error.cause`.
 * Synchronous: an unread `Response` body yields a generic paywall from status and headers.
 * Never throws.
 *
 * @example
 * try { await axios.get('/api/reports') } catch (error) {
 *   const paywall = toPaymentRequired(error)
 *   if (paywall) store.report(paywall, { feature: 'reports' })
 * }
 */
export function toPaymentRequired(error: unknown, options: ParseOptions = {}): PaymentRequired | null {
  try {
    return fromError(error, options, 0)
  } catch {
    return null
  }
}
