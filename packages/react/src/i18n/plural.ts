/**
 * The wordings of one message by CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`),
 * with `#` standing for the count as `Intl.NumberFormat` writes it. Only `other` is required: a language
 * uses the categories `Intl.PluralRules` gives it (Polish `one`/`few`/`many`/`other`, Arabic all six,
 * Japanese only `other`).
 */
export type PluralForms = { [Category in Intl.LDMLPluralRule]?: string } & { other: string }

interface PluralFormats {
  rules: Intl.PluralRules
  number: Intl.NumberFormat
}

// Built on first use per locale: the first `Intl` constructor of a page costs tens of milliseconds, and a
// locale module must do nothing at import time (an app pays only for the locales it renders).
const formatsByLocale = new Map<string, PluralFormats>()

function pluralFormats(locale: string): PluralFormats {
  let formats = formatsByLocale.get(locale)
  if (!formats) {
    try {
      formats = { rules: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) }
    } catch {
      // An invalid tag (a typo in an app's own locale file) falls back to the user's language.
      formats = { rules: new Intl.PluralRules(), number: new Intl.NumberFormat() }
    }
    formatsByLocale.set(locale, formats)
  }
  return formats
}

/**
 * The form of `forms` that `locale`'s plural rules choose for `count`, with every `#` replaced by the
 * formatted count:
 * `plural('pl', 5, { one: 'Został # dzień', few: 'Zostały # dni', many: 'Zostało # dni', other: 'Zostało # dnia' })`
 * gives "Zostało 5 dni". A category the forms leave out uses `other`.
 * @param locale BCP 47 tag of the language the forms are written in, e.g. `'pl'`.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const { rules, number } = pluralFormats(locale)
  const form = forms[rules.select(count)] ?? forms.other
  return form.replaceAll('#', number.format(count))
}
