import { toPaymentRequired } from './to-payment-required'

/**
 * A TanStack Query `retry` function: never retries a paywall (anything `toPaymentRequired`
 * recognises), a 401 or a 403, because asking again cannot change the answer; otherwise
 * TanStack's default of three attempts.
 *
 * @example new QueryClient({ defaultOptions: { queries: { retry: paywallRetry } } })
 */
export function paywallRetry(failureCount: number, error: unknown): boolean {
  try {
    const { status, statusCode, response } = error as {
      status?: unknown
      statusCode?: unknown
      response?: { status?: unknown }
    }
    if (
      [401, 402, 403].includes((status ?? statusCode ?? response?.status) as number) ||
      toPaymentRequired(error)
    )
      return false
  } catch {}
  return failureCount < 3
}
