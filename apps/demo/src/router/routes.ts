/** The app's pages, by the path segment that names them. */
export const routes = {
  overview: { path: '/', title: 'Overview' },
  reports: { path: '/reports', title: 'Reports' },
  exports: { path: '/exports', title: 'Exports' },
  ai: { path: '/ai', title: 'AI summaries' },
  billing: { path: '/billing', title: 'Billing' },
  checkout: { path: '/checkout', title: 'Checkout' },
} as const

/** A page's name. */
export type RouteName = keyof typeof routes

/** Where the app is: a page (or `not_found`) and the query string after it. */
export interface Route {
  name: RouteName | 'not_found'
  /** The path inside the hash, e.g. `/billing`. */
  path: string
  params: URLSearchParams
}

const byPath = new Map<string, RouteName>(
  Object.entries(routes).map(([name, route]) => [route.path, name as RouteName]),
)

/** Reads a route from a hash such as `#/billing?upgrade=reports`. An empty hash is the overview. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/'
  const queryAt = raw.indexOf('?')
  const pathPart = queryAt === -1 ? raw : raw.slice(0, queryAt)
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1)
  const path = `/${pathPart.replace(/^\/+|\/+$/g, '')}`
  return { name: byPath.get(path) ?? 'not_found', path, params: new URLSearchParams(query) }
}

/** Builds the hash for a page, e.g. `hrefFor('billing', { upgrade: 'reports' })` → `#/billing?upgrade=reports`. */
export function hrefFor(name: RouteName, params?: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined) search.set(key, value)
  const query = search.toString()
  return `#${routes[name].path}${query ? `?${query}` : ''}`
}

/**
 * The page a path-style URL points at, when its last segment names one of the app's pages:
 * `/billing`, `/acme/billing`, `/billing/` all give `billing`. `null` for anything else.
 */
export function routeForPathname(pathname: string): RouteName | null {
  const segment = pathname.replace(/\/+$/, '').split('/').pop() ?? ''
  if (segment === '' || segment === 'index.html') return null
  return byPath.get(`/${segment}`) ?? null
}
