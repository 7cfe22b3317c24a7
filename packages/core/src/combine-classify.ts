import type { Classify } from './types'

/**
 * One `classify` made of several, asked in order: the first that answers (`true`, `false` or a
 * reason) decides; when none does, the default applies (only a 402 is a paywall). A classifier that
 * throws is skipped.
 *
 * @example
 * const classify = combineClassify(
 *   ({ status, body }) => (status === 403 && body?.code === 'seats_full' ? 'upgrade_required' : undefined),
 *   providerBillingErrors,
 * )
 */
export function combineClassify(...classifiers: (Classify | undefined)[]): Classify {
  return (response) => {
    for (const classify of classifiers) {
      try {
        const verdict = classify?.(response)
        if (verdict != null) return verdict
      } catch {}
    }
    return undefined
  }
}
