/** Options for `safeHref`. */
export interface SafeHrefOptions {
  /**
   * Exact origins (`https://billing.acme.com`), besides the app's own (the origin of `base`, always
   * allowed), that absolute URLs may be on. Without it only the app's own origin is allowed, and without
   * a base either (on a server) no absolute URL is. Origins are compared after the URL parser has
   * put the host in punycode, so an IDN look-alike (`https://аpple.com` with a Cyrillic а is
   * `https://xn--pple-43d.com`) never matches `https://apple.com`: it is kept only if that exact
   * origin is listed.
   * @default undefined (the app's own origin only)
   */
  allowedOrigins?: readonly string[]
  /**
   * URL that relative URLs are resolved against. Without one (e.g. on a server, or `''` for output
   * that must not depend on the page), relative references that cannot leave the page's origin are
   * kept as written: root-relative (`/billing`), fragment-only (`#/billing`), query-only
   * (`?tab=billing`) and path-relative (`billing/plan`, `./billing`, `../billing`). Rejected: `//host`,
   * `/\host`, a leading `\`, and a colon in the first segment (`javascript:`, `1javascript:`).
   * With or without a base, a bare word (`billing`, `null`, `undefined`, `notaurl`), an empty fragment or
   * query (`#`, `?`) and markup (`<b>hi</b>`) are not links and are rejected: write `./billing`.
   * @default globalThis.location?.href
   */
  base?: string
}

/** The origin of an absolute URL; `undefined` for anything else, `undefined` and `''` included. */
const origin = (url: string | undefined) => {
  try {
    const { origin } = new URL(url as string)
    // Opaque origins (`about:blank`, `data:`) cannot host a relative link.
    return origin === 'null' ? undefined : origin
  } catch {}
}

/**
 * Whether a relative reference leads somewhere: a path with a `/` (`/billing`, `./billing`, `billing/plan`)
 * or a non-empty fragment or query. A bare word (`null`, `undefined`, `notaurl`) is what a server writes
 * when a value is missing or is not a URL; resolved, it would quietly become `/current/page/null`.
 */
const isPath = (text: string) => {
  const path = text.replace(/[?#].*/s, '')
  return path ? path.includes('/') : /^[?#]+[^?#]/.test(text)
}

/**
 * The URL if it is safe to put in an `href`, else `undefined`. Accepts only `http:`/`https:`
 * URLs without credentials on the app's own origin or on `allowedOrigins`, and
 * relative URLs that name a path (see `base`), which are resolved against `base` and must stay on its origin (so
 * `//evil.example` is rejected); without a base they stay relative (see `base`). Anything with
 * whitespace or control characters inside is rejected, which covers `java\tscript:` tricks.
 *
 * @example safeHref('https://billing.acme.com/renew', { allowedOrigins: ['https://billing.acme.com'] }) // 'https://billing.acme.com/renew'
 * @example safeHref('https://evil.example/pay') // undefined (another origin, not listed)
 * @example safeHref('#/billing', { base: '' }) // '#/billing'
 * @example safeHref('javascript:alert(1)') // undefined
 */
export function safeHref(url: unknown, options: SafeHrefOptions = {}): string | undefined {
  try {
    const { allowedOrigins, base = globalThis.location?.href } = options
    const text = url instanceof URL ? url.href : typeof url === 'string' ? url.trim() : ''
    // Quotes, angle brackets and backticks are never in a real URL (browsers escape them): markup or code.
    if (!text || text.length > 2048 || /[\s\p{Cc}\p{Cf}<>"`]/u.test(text)) return
    const absolute = /^[a-z][a-z\d+.-]*:/i.test(text)
    if (!absolute && !isPath(text)) return
    const home = origin(base)
    // With no page to resolve against, only a leading `//` (browsers read `\` as `/`) could name another
    // host, and a colon in the first segment could pass for a scheme. Kept as written: normalising
    // could make one (`/a/..//host` gives `//host`).
    if (!absolute && !home) return /^(\\|\/[/\\]|[^/?#]*:)/.test(text) ? undefined : text
    const parsed = new URL(text, home ? base : undefined)
    if (!/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password) return
    if (
      parsed.origin === home ||
      (absolute && (allowedOrigins ?? []).some((allowed) => origin(allowed) === parsed.origin))
    )
      return parsed.href
  } catch {}
}
