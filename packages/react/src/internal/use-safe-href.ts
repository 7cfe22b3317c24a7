import { safeHref } from '@paywall-kit/core'
import { usePaywallContextOptional } from '../provider/paywall-context'
import { useIsClient } from './use-is-client'
import { warnDroppedHref } from './warn-dropped-href'

/**
 * The `href` an action part may render: `href` when `safeHref` accepts it with the provider's
 * `allowedOrigins` (without them, only the page's own origin), else `undefined`, and in development a
 * warning that names `part` and the `allowedOrigins` entry that would allow it.
 *
 * Relative links are kept as written, so server and client render the same `href`. An absolute URL on
 * the page's own origin is accepted like the modal accepts it, but only once hydrated: the server
 * cannot know the page's origin, and the first client render must match the server's.
 * @param part the part's public name, e.g. `'Banner.Action'`, for the warning.
 * @param href the URL as given; `undefined` means none.
 * @param base what relative URLs resolve against. @default '' (kept as written)
 */
export function useSafeHref(part: string, href: string | undefined, base = ''): string | undefined {
  const paywall = usePaywallContextOptional()
  const isClient = useIsClient()
  if (href === undefined) return undefined
  const allowedOrigins = paywall?.parseOptions.allowedOrigins
  const pageOrigin = isClient ? globalThis.location?.origin : undefined
  const safe = safeHref(href, {
    // Without `allowedOrigins` only the page's own origin is allowed (none on the server: it cannot know it).
    allowedOrigins: pageOrigin ? [...(allowedOrigins ?? []), pageOrigin] : allowedOrigins,
    base,
  })
  // The server drops what the hydrated page may accept; only the client's verdict is worth a warning.
  if (safe === undefined && isClient) warnDroppedHref(part, href)
  return safe
}
