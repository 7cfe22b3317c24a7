const warned = new Set<string>()

/**
 * In development, warns once per part and href that `part` dropped the `href` it was given, and how to
 * get it rendered. Bundlers replace `process.env.NODE_ENV`, so production builds drop it.
 */
export function warnDroppedHref(part: string, href: string): void {
  if (process.env.NODE_ENV !== 'production') {
    const message =
      `[paywall-kit] \`${part}\` dropped its href ${JSON.stringify(href.slice(0, 100))}: it renders only ` +
      'same-origin relative links ("/billing", "billing", "#/billing", "?tab=billing") and http(s) URLs, ' +
      "which must be on the page's origin or `PaywallProvider`'s `allowedOrigins` when it has them. " +
      "Pass a relative link, or add the URL's origin to `allowedOrigins`."
    if (warned.has(message)) return
    warned.add(message)
    console.warn(message)
  }
}
