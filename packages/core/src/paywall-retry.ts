import { isObject } from './internal/guards'
import { toPaymentRequired } from './to-payment-required'

const statusOf = (error: unknown): unknown => {
  if (!isObject(error)) return
  return error.status ?? error.statusCode ?? (isObject(error.response) ? error.response.status : undefined)
}

/**
 * A TanStack Query `retry` function: never retries a paywall (anything `toPaymentRequired`
 * recognises), a 401 or a 403, because asking again cannot change the answer; otherwise
 * TanStack's default of three attempts.
 *
 * @example new QueryClient({ defaultOptions: { queries: { retry: paywallRetry } } })
 */
export function paywallRetry(failureCount: number, error: unknown): boolean {
  try {
    const status = statusOf(error)
    if (status === 401 || status === 402 || status === 403 || toPaymentRequired(error)) return false
  } catch {}
  return failureCount < 3
}
