import { errorResponse } from './internal/error-response'
import { toPaymentRequired } from './to-payment-required'

/**
 * A TanStack Query `retry` function: never retries a paywall (anything `toPaymentRequired`
 * recognises, tRPC and GraphQL clients included), a 401 or a 403, because asking again cannot
 * change the answer; otherwise TanStack's default of three attempts.
 *
 * @example new QueryClient({ defaultOptions: { queries: { retry: paywallRetry } } })
 */
export function paywallRetry(failureCount: number, error: unknown): boolean {
  try {
    const status = errorResponse(error)?.status
    if ((status !== undefined && [401, 402, 403].includes(status)) || toPaymentRequired(error)) return false
  } catch {}
  return failureCount < 3
}
