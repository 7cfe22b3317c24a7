/**
 * `new Format(locale, options)`. An unknown locale or option (e.g. a `timeZone` from props) falls back to
 * the user's locale with `fallback`, so bad input never takes the page down.
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
    return new Format(undefined, fallback)
  }
}
