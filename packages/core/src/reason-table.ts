import { defaultReasonMessages } from './reason-messages'
import type { PaywallReason } from './types'

/** Every reason, for validating values that come from servers, adapters or `classify`. */
export const reasons = Object.keys(defaultReasonMessages) as readonly PaywallReason[]

export const isReason = (value: unknown): value is PaywallReason =>
  typeof value === 'string' && Object.hasOwn(defaultReasonMessages, value)

/**
 * Server codes and words mapped to reasons, most specific first: "trial has ended" is a trial
 * even though it also says "ended", "outstanding balance" is an invoice even though it says "balance".
 * Patterns see lower-case words: `API_CREDITS_EXHAUSTED` and `apiCreditsExhausted` become `api credits exhausted`.
 */
export const reasonTable: readonly (readonly [RegExp, PaywallReason])[] = [
  [/\btrial/, 'trial_ended'],
  [/invoice|suspend|past due|overdue|unpaid|outstanding/, 'invoice_unpaid'],
  [
    /\bcard\b|declin|payment (failed|method)|charge|billing (issue|problem)|insufficient funds/,
    'payment_failed',
  ],
  [/credit|balance|top ?up|prepaid|wallet|funds/, 'insufficient_credits'],
  [/quota|\blimit|exceed|too many|usage|used (all|up)|\bseats?\b/, 'quota_exceeded'],
  [/expir|lapse|renew|cancel|inactive|ended/, 'subscription_expired'],
  [/upgrade|premium|\bplans?\b|\btier|\bpro\b|subscri|feature|entitle/, 'upgrade_required'],
]

const words = (text: string) =>
  text
    .slice(0, 500)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, ' ')

/**
 * The reason behind the texts, tried in order (codes before sentences): first the app's own
 * `custom` codes (exact, case-insensitive), then the default table. `payment_required` when nothing matches.
 */
export function reasonFor(texts: readonly unknown[], custom?: Record<string, PaywallReason>): PaywallReason {
  const strings = texts.filter((text): text is string => typeof text === 'string')
  if (custom) {
    for (const text of strings) {
      for (const [code, reason] of Object.entries(custom)) {
        if (isReason(reason) && code.toLowerCase() === text.trim().toLowerCase()) return reason
      }
    }
  }
  for (const text of strings) {
    const found = reasonTable.find(([pattern]) => pattern.test(words(text)))
    if (found) return found[1]
  }
  return 'payment_required'
}
