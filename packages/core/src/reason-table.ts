import { defaultReasonMessages } from './reason-messages'
import type { PaywallReason } from './types'

/**
 * Server codes and words for each reason, most specific first: "trial has ended" is a trial even
 * though it also says "ended", "outstanding balance" is an invoice even though it says "balance".
 * Patterns see lower-case words: `API_CREDITS_EXHAUSTED` and `apiCreditsExhausted` become
 * `api credits exhausted`. `payment_required` has none: it is what is left when nothing matches.
 */
const patterns: readonly (readonly [PaywallReason, RegExp])[] = [
  ['trial_ended', /\btrial/],
  ['invoice_unpaid', /invoice|suspend|past due|overdue|unpaid|outstanding/],
  [
    'payment_failed',
    /\bcard\b|declin|payment (failed|method)|charge|billing (issue|problem)|insufficient funds/,
  ],
  ['insufficient_credits', /credit|balance|top ?up|prepaid|wallet|funds/],
  ['quota_exceeded', /quota|\blimit|exceed|too many|usage|used (all|up)|\bseats?\b/],
  ['subscription_expired', /expir|lapse|renew|cancel|inactive|ended/],
  ['upgrade_required', /upgrade|premium|\bplans?\b|\btier|\bpro\b|subscri|feature|entitle/],
]

/** Every reason, most specific first (the order `reasonFor` tries them), ending with `payment_required`. */
export const reasons: readonly PaywallReason[] = [...patterns.map(([reason]) => reason), 'payment_required']

/** Whether `value` is one of `reasons` (for values that come from servers, adapters or `classify`). */
export const isReason = (value: unknown): value is PaywallReason =>
  typeof value === 'string' && Object.hasOwn(defaultReasonMessages, value)

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
    const match = patterns.find(([, pattern]) => pattern.test(words))
    if (match) return match[0]
  }
  return 'payment_required'
}
