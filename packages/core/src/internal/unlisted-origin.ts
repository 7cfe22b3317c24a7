import { type SafeHrefOptions, safeHref } from '../safe-href'

/**
 * The origin that `safeHref` refused `url` for only because it is not in `allowedOrigins` (an IDN host
 * in punycode, as it must be listed), so a development warning can name the entry to add. `undefined`
 * when `safeHref` accepts `url`, or refuses it for anything else (`javascript:`, `//host`, credentials,
 * markup, a bare word): listing an origin would not make those links, and naming one would mislead.
 */
export function unlistedOrigin(url: unknown, options: SafeHrefOptions): string | undefined {
  if (typeof url !== 'string' || safeHref(url, options) !== undefined) return
  let origin: string
  try {
    origin = new URL(url.trim()).origin
  } catch {
    return
  }
  // Listing the origin is the only change: if that is enough, not being listed was the only fault.
  const listed = [...(options.allowedOrigins ?? []), origin]
  return safeHref(url, { ...options, allowedOrigins: listed }) === undefined ? undefined : origin
}
