import { PaymentRequiredError } from './payment-required-error'
import { type ReadPaymentRequiredOptions, readPaymentRequired } from './read-payment-required'

/** Options for `createPaywallFetch`. */
export interface PaywallFetchOptions extends ReadPaymentRequiredOptions {
  /** The fetch to wrap. @default globalThis.fetch, looked up on every call */
  fetch?: typeof fetch
}

/**
 * A `fetch` that rejects with `PaymentRequiredError` when the response is a paywall. Other
 * responses come back untouched, body unread. With `classify`, error responses (status 400 and
 * up) are also offered to it; successful ones never are. Reading a body for that waits at most
 * `bodyTimeout` (3 s): a body that stalls never holds the call up longer.
 *
 * @example
 * const apiFetch = createPaywallFetch({ allowedOrigins: ['https://billing.acme.com'] })
 * const reports = await apiFetch('/api/reports').then((response) => response.json())
 */
export function createPaywallFetch(options: PaywallFetchOptions = {}) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await (options.fetch ?? globalThis.fetch)(input, init)
    if (response.status === 402 || (options.classify && response.status >= 400)) {
      const paywall = await readPaymentRequired(response, options)
      if (paywall) throw new PaymentRequiredError(paywall, response)
    }
    return response
  }
}

/**
 * `fetch`, except that a 402 rejects with `PaymentRequiredError` (its `paywall` says why and
 * what to do). Every other response passes through untouched.
 *
 * @example
 * useQuery({ queryKey: ['reports'], queryFn: () => paywallFetch('/api/reports').then((r) => r.json()) })
 */
export const paywallFetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> =
  /* @__PURE__ */ createPaywallFetch()
