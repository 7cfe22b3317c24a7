const warned = new Set<string>()

/** The origin of an absolute http(s) URL without credentials, to name in the warning; else `undefined`. */
function httpOrigin(href: string): string | undefined {
  try {
    const url = new URL(href)
    if (/^https?:$/.test(url.protocol) && !url.username && !url.password) return url.origin
  } catch {}
}

/**
 * In development, warns once per part and href that `part` dropped the `href` it was given, and how to
 * get it rendered. Bundlers replace `process.env.NODE_ENV`, so production builds drop it.
 */
export function warnDroppedHref(part: string, href: string): void {
  if (process.env.NODE_ENV !== 'production') {
    const origin = httpOrigin(href)
    const message =
      `[paywall-kit] \`${part}\` dropped its href ${JSON.stringify(href.slice(0, 100))}: it renders only ` +
      'relative links ("/billing", "./billing", "#/billing", "?tab=billing") and http(s) URLs on the ' +
      "page's own origin, unless another origin is listed. " +
      (origin
        ? `To link to ${origin}, list it: <PaywallProvider allowedOrigins={['${origin}']}>.`
        : "Pass a path, or an http(s) URL whose origin you list: <PaywallProvider allowedOrigins={['https://…']}>.")
    if (warned.has(message)) return
    warned.add(message)
    console.warn(message)
  }
}
