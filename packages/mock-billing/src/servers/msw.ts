import { http } from 'msw'
import type { BillingApi } from '../billing-api.ts'
import { type PaywallResponseOptions, paywallResponse } from '../product-api/paywall-response.ts'

/** Options of `createHandlers`. */
export interface HandlerOptions {
  /**
   * Origin and optional path prefix the API is served from, e.g. `http://127.0.0.1:4402` or
   * `http://billing.test/v1`: only `<baseUrl>/api/…` is handled, with the prefix removed before
   * the API sees the path. A path alone (`/billing`) is a prefix on any origin. Empty handles
   * paths starting with `/api/` on any origin, the app's own included.
   * @default ''
   */
  baseUrl?: string
}

/** The origin (`undefined`: any) and path prefix (no trailing slash) of a `baseUrl`. */
function parseBaseUrl(baseUrl: string): { origin: string | undefined; prefix: string } {
  if (URL.canParse(baseUrl)) {
    const url = new URL(baseUrl)
    return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') }
  }
  return { origin: undefined, prefix: baseUrl.replace(/\/+$/, '') }
}

/**
 * MSW 3 handlers that pass every `<baseUrl>/api/…` request to the billing API, for a browser worker
 * (`setupWorker(...createHandlers(api))`) or Node (`setupServer(...createHandlers(api))`). Every
 * other request is left to the next handler or the network.
 */
export function createHandlers(api: BillingApi, options: HandlerOptions = {}) {
  const { origin, prefix } = parseBaseUrl(options.baseUrl ?? '')
  // A precise predicate rather than `*/api/*`, which also caught `/maps/api/js` on a CDN and the
  // demo's own `/src/api/*.ts` modules under Vite.
  const handles = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    return (origin === undefined || url.origin === origin) && url.pathname.startsWith(`${prefix}/api/`)
  }
  return [
    http.all(handles, async ({ request }) => {
      if (!prefix) return api.handle(request)
      const url = new URL(request.url)
      url.pathname = url.pathname.slice(prefix.length)
      // A fresh init, as a Request's own stream body would need `duplex: 'half'` in browsers.
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer()
      return api.handle(new Request(url, { method: request.method, headers: request.headers, body }))
    }),
  ]
}

/** The HTTP methods `paywallRoute` answers; `ALL` is any. */
export type PaywallRouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ALL'

const byMethod = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
  HEAD: http.head,
  OPTIONS: http.options,
  ALL: http.all,
} as const

/**
 * One MSW 3 handler that answers `method path` with a paywall of the chosen reason and dialect
 * (`paywallResponse`), and nothing else: for an app's tests and stories, without the billing API.
 * `path` is an MSW path (`/api/reports/:id`, `https://api.acme.com/v1/*`); a path without an origin
 * matches on any origin, as `createHandlers` does (in Node there is no page origin to resolve it against). Each
 * request gets a fresh response (a new request id unless `requestId` is given); the `url` in the
 * body is the request's.
 *
 * @example
 * server.use(paywallRoute('GET', '/api/reports', { reason: 'upgrade_required', dialect: 'stripe' }))
 */
export function paywallRoute(method: PaywallRouteMethod, path: string, options: PaywallResponseOptions = {}) {
  const anyOrigin = path.startsWith('/') ? `*${path}` : path
  return byMethod[method](anyOrigin, ({ request }) => paywallResponse({ url: request.url, ...options }))
}
