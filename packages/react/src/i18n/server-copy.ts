/**
 * Whether the server's own title, message and action label may be shown:
 * - `true`: always, when they are human (the server speaks the UI's language, whatever it says);
 * - `false`: never, the kit's copy for the reason (`messages.reasons`) is always shown;
 * - `'auto'`: only when the server's copy is in the UI's language. The paywall's `language` (the
 *   response's `Content-Language` or a `lang`/`language`/`locale` field of its body) is compared
 *   with `locale` by primary language subtag, so `de-DE` matches `de` and `pt-PT` matches `pt-BR`.
 *   Copy whose language the server did not say (or wrote as no valid tag) counts as English, the
 *   language of the kit's default copy: it is shown only when `locale` is English or not set. A UI
 *   without `locale` counts as English too, whatever `messages` it is given.
 */
export type ServerCopy = 'auto' | boolean

/** The language a UI without a `locale` speaks: the kit's default copy is English. */
const defaultLanguage = 'en'

/** The primary language subtag of a BCP 47 tag (`de-DE` → `de`), or `undefined` for a malformed tag. */
function primaryLanguage(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language
  } catch {
    return undefined
  }
}

/**
 * Whether to keep the server's copy of a paywall whose copy is in `language` (`undefined`: the server
 * did not say) in a UI whose locale is `locale` (`undefined`: English), under `serverCopy`.
 */
export function usesServerCopy(
  language: string | undefined,
  locale: string | undefined,
  serverCopy: ServerCopy,
): boolean {
  if (serverCopy === true || serverCopy === false) return serverCopy
  // Anything else, from a JavaScript caller too, is the default: 'auto'.
  const ui = (locale && primaryLanguage(locale)) || defaultLanguage
  const server = (language && primaryLanguage(language)) || defaultLanguage
  return server === ui
}
