import { intlFormat } from './intl-format'

/** From here on counts are shown compact ("1.2B"): in full they would not fit a meter's line. */
export const compactCountFrom = 1e9

/** From here on counts are shown in scientific notation ("1E308"): compact notation stops at trillions ("1000T"). */
export const scientificCountFrom = 1e15

/**
 * A formatter for counts (usage, limits) in `locale`: grouped digits below `compactCountFrom`, compact
 * notation up to `scientificCountFrom`, scientific notation beyond, so a count never grows wider than a
 * handful of characters (1e308 in full is 300 digits). The two rarer formats are built on first use.
 */
export function countFormat(locale: string | undefined): (count: number) => string {
  const full = intlFormat(Intl.NumberFormat, locale)
  let compact: Intl.NumberFormat | undefined
  let scientific: Intl.NumberFormat | undefined
  return (count) => {
    const size = Math.abs(count)
    if (!(size >= compactCountFrom)) return full.format(count)
    if (size < scientificCountFrom) {
      compact ??= intlFormat(Intl.NumberFormat, locale, { notation: 'compact', maximumFractionDigits: 1 })
      return compact.format(count)
    }
    scientific ??= intlFormat(Intl.NumberFormat, locale, { notation: 'scientific', maximumFractionDigits: 1 })
    return scientific.format(count)
  }
}
