import { defaultReasonMessages } from './reason-messages'
import type { PaywallReason } from './types'

/** Every reason, most specific first, for validating values that come from servers, adapters or `classify`. */
export const reasons = Object.keys(defaultReasonMessages) as readonly PaywallReason[]

export const isReason = (value: unknown): value is PaywallReason =>
  typeof value === 'string' && Object.hasOwn(defaultReasonMessages, value)

/**
 * Server codes and words for each of `reasons` but the last, in the same order: "trial has ended"
 * is a trial even though it also says "ended", "outstanding balance" is an invoice even though it
 * says "balance". Patterns see lower-case words: `API_CREDITS_EXHAUSTED` and `apiCreditsExhausted`
 * become `api credits exhausted`.
 */
const patterns = [
  /\btrial/,
  /invoice|suspend|past due|overdue|unpaid|outstanding/,
  /\bcard\b|declin|payment (failed|method)|charge|billing (issue|problem)|insufficient funds/,
  /credit|balance|top ?up|prepaid|wallet|funds/,
  /quota|\blimit|exceed|too many|usage|used (all|up)|\bseats?\b/,
  /expir|lapse|renew|cancel|inactive|ended/,
  /upgrade|premium|\bplans?\b|\btier|\bpro\b|subscri|feature|entitle/,
]

/**
 * The reason behind the texts, tried in order (codes before sentences): first the app's own
 * `custom` codes (exact, case-insensitive), then the default table. `payment_required` when nothing matches.
 */
export function reasonFor(texts: readonly unknown[], custom?: Record<string, PaywallReason>): PaywallReason {
  const strings = texts.filter((text) => typeof text === 'string') as string[]
  for (const text of strings) {
    for (const [code, reason] of Object.entries(custom ?? {})) {
      if (isReason(reason) && code.toLowerCase() === text.trim().toLowerCase()) return reason
    }
  }
  for (const text of strings) {
    const words = text
      .slice(0, 500)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .replace(/[^a-z\d]+/g, ' ')
    const index = patterns.findIndex((pattern) => pattern.test(words))
    if (index >= 0) return reasons[index] as PaywallReason
  }
  return 'payment_required'
}
