import { http } from 'msw'
import type { BillingApi } from './billing-api.ts'

/** Options of `createHandlers`. */
export interface HandlerOptions {
  /**
   * Origin (and optional path prefix) the API is served from, e.g. `http://127.0.0.1:4402`.
   * Empty matches `/api/*` on any origin, the app's own included.
   * @default ''
   */
  baseUrl?: string
}

/**
 * MSW 3 handlers that pass every `/api/*` request to the billing API, for a browser worker
 * (`setupWorker(...createHandlers(api))`) or Node (`setupServer(...createHandlers(api))`).
 */
export function createHandlers(api: BillingApi, options: HandlerOptions = {}) {
  const base = (options.baseUrl ?? '').replace(/\/+$/, '')
  const pattern = base ? `${base}/api/*` : '*/api/*'
  return [http.all(pattern, ({ request }) => api.handle(request))]
}
