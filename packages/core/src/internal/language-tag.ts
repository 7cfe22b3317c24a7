/**
 * The language a server says its copy is in, as a canonical BCP 47 tag (`de_de` → `de-DE`), from a
 * `Content-Language` header or a body's `lang`/`language`/`locale` field. A header may list several
 * (`de, en`): the first is taken. Anything that is not a well-formed tag (`*`, a sentence, markup,
 * a number) yields `undefined`, so the copy counts as being in an unknown language.
 */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return
  const first = value.split(',')[0]?.trim().replace(/_/g, '-')
  // A primary subtag of 2 or 3 letters (ISO 639): BCP 47 syntax also allows 5 to 8, which no language
  // uses, and would read a word such as `German` as a tag.
  if (!first || !/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(first)) return
  try {
    return Intl.getCanonicalLocales(first)[0]
  } catch {
    // Shaped like a tag but not one (`de-x`, a duplicate variant): unknown language.
    return
  }
}
