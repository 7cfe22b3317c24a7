/**
 * `new Format(locale, options)`. An unknown option (e.g. a `timeZone` from props) falls back to
 * `fallback` in the same locale, and an unknown locale to the user's, so bad input never takes the page
 * down nor loses more than it must.
 * @param fallback the options for the fallback. @default options
 */
export function intlFormat<Options, Format>(
  Format: new (locale?: string, options?: Options) => Format,
  locale: string | undefined,
  options?: Options,
  fallback: Options | undefined = options,
): Format {
  try {
    return new Format(locale, options)
  } catch {
    try {
      return new Format(locale, fallback)
    } catch {
      return new Format(undefined, fallback)
    }
  }
}
