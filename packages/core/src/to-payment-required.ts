import { errorResponse } from './internal/error-response'
import { parsePaymentRequired } from './parse-payment-required'
import { isPaymentRequired } from './payment-required-error'
import type { ParseOptions, PaymentRequired } from './types'

/**
 * The paywall inside an error thrown by any common HTTP, GraphQL or RPC client, or `null`, with
 * the server's message, code, request id and action kept. Recognises `PaymentRequiredError`;
 * tRPC `TRPCClientError` (single and batch links: `data.httpStatus`, `data.code`, `meta.response`);
 * Apollo Client `ServerError` (`statusCode`, `bodyText`) and `CombinedGraphQLErrors`; urql
 * `CombinedError`; graphql-request `ClientError`; any GraphQL result whose `errors[].extensions.code`
 * is `PAYMENT_REQUIRED` or whose `extensions.http.status` is 402, even over HTTP 200; the AI SDK's
 * `APICallError` (`statusCode`, `responseBody`, `responseHeaders`); axios
 * (`error.response.{status, data, headers}`); ky and ofetch (`error.response` is a `Response`,
 * `error.data` the body the client read); plain `{ status | statusCode, body | data, headers }`;
 * and any of these as `error.cause`. Nothing is imported from those libraries: their errors are
 * recognised by shape.
 *
 * Synchronous: a body nobody has read (ky 1) yields a generic paywall from status and headers;
 * `readPaywallError` reads it. Never throws.
 *
 * @example
 * try { await axios.get('/api/reports') } catch (error) {
 *   const paywall = toPaymentRequired(error)
 *   if (paywall) store.report(paywall, { feature: 'reports' })
 * }
 */
export function toPaymentRequired(error: unknown, options: ParseOptions = {}): PaymentRequired | null {
  try {
    if (isPaymentRequired(error)) return error.paywall
    const response = errorResponse(error)
    return response
      ? parsePaymentRequired(
          { status: response.status, headers: response.headers as HeadersInit, body: response.body },
          options,
        )
      : null
  } catch {
    return null
  }
}
