import { useSyncExternalStore } from 'react'
import { hrefFor, parseHash, type Route, routeForPathname } from './routes'

let cachedHash: string | undefined
let cachedRoute: Route = parseHash('')
/** The last page the user was on that is not part of paying (billing, checkout): where to return after paying. */
let lastWorkPage: Route = cachedRoute

function read(): Route {
  const hash = window.location.hash
  if (hash !== cachedHash) {
    cachedHash = hash
    cachedRoute = parseHash(hash)
    if (
      cachedRoute.name !== 'billing' &&
      cachedRoute.name !== 'checkout' &&
      cachedRoute.name !== 'not_found'
    ) {
      lastWorkPage = cachedRoute
    }
  }
  return cachedRoute
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, read, () => cachedRoute)
}

/** The page to offer "Back to …" after paying. */
export function returnPage(): Route {
  read()
  return lastWorkPage
}

/**
 * The billing API links to pages with path-style URLs (`/billing?upgrade=reports`), while this app
 * routes by hash so it works from any static host. Turns such a URL into the app's hash, or `null`
 * when the URL is not one of the app's pages (another origin, a file, …).
 */
function toAppHash(href: string, base = window.location.href): string | null {
  let url: URL
  try {
    url = new URL(href, base)
  } catch {
    return null
  }
  if (url.origin !== window.location.origin) return null
  const name = routeForPathname(url.pathname)
  if (!name) return null
  const params = Object.fromEntries(url.searchParams)
  return hrefFor(name, params)
}

/**
 * Routes clicks on path-style links to the app's pages inside the app, instead of leaving the page
 * (which would also lose the in-browser mock API's state). Listens in the bubble phase, after
 * React's own handlers, and leaves alone a click a handler already prevented: the kit's parts skip
 * their own behaviour for a prevented click, as a consumer's `preventDefault` asks them to.
 */
export function installLinkNormaliser(): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return
    const raw = anchor.getAttribute('href') ?? ''
    if (raw.startsWith('#')) return
    const hash = toAppHash(anchor.href)
    if (!hash) return
    event.preventDefault()
    window.location.hash = hash
  }
  document.addEventListener('click', onClick)
  return () => document.removeEventListener('click', onClick)
}

/**
 * Opened at a path-style URL (`/billing?upgrade=reports`, e.g. from a copied action link)? Rewrite
 * it to the app's root with the page in the hash, keeping the demo's own query parameters.
 */
export function normaliseInitialUrl(): void {
  const { pathname, search, hash } = window.location
  const name = routeForPathname(pathname)
  if (!name || hash.length > 1) return
  const root = pathname.replace(/\/+$/, '').replace(/[^/]*$/, '')
  const params = new URLSearchParams(search)
  const demo = new URLSearchParams()
  for (const key of ['scenario', 'dialect', 'api', 'user']) {
    const value = params.get(key)
    if (value !== null) {
      demo.set(key, value)
      params.delete(key)
    }
  }
  const demoQuery = demo.toString()
  const target = hrefFor(name, Object.fromEntries(params))
  window.history.replaceState(null, '', `${root}${demoQuery ? `?${demoQuery}` : ''}${target}`)
}
