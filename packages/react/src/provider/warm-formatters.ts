import { intlFormat } from '../i18n/intl-format'

let icuStarted = false

/**
 * Whether this page has already made an `Intl` formatter through the kit, so that the next one costs
 * well under a millisecond. Until then a part whose date can wait (the support time) shows it after
 * the paywall's first paint.
 */
export function formattersWarm(): boolean {
  return icuStarted
}

/** Notes that a formatter has been made (ICU has started), e.g. by a part that formatted after paint. */
export function markFormattersWarm(): void {
  icuStarted = true
}

/**
 * Makes, once the page is idle, the `Intl` formatters the kit's components make on their first render
 * (the modal's date and time, counts, "in 3 days", plural rules), so that the first paywall does not
 * pay for ICU's start-up: the first `Intl` formatter of a page costs 40–70 ms, the next ones well
 * under 1 ms (issue 17). Returns a function that cancels the work if it has not run yet.
 */
export function warmFormatters(locale: string | undefined): () => void {
  const warm = () => {
    intlFormat(Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeStyle: 'long' }).format(0)
    intlFormat(Intl.DateTimeFormat, locale, { dateStyle: 'medium' }).format(0)
    intlFormat(Intl.NumberFormat, locale).format(0)
    intlFormat(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(1, 'day')
    intlFormat(Intl.PluralRules, locale).select(1)
    markFormattersWarm()
  }
  if (typeof requestIdleCallback === 'function') {
    // The timeout bounds the wait on a page that is never idle; the work is the same either way.
    const id = requestIdleCallback(warm, { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }
  // Safari has no requestIdleCallback: the next task, after the provider's first commit.
  const id = setTimeout(warm, 0)
  return () => clearTimeout(id)
}
