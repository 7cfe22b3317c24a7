import type { SubscriptionState } from './api/types'

const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' })
const shortDateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })
const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
const numberFormat = new Intl.NumberFormat()

function toDate(value: string | number | Date | undefined): Date | undefined {
  if (value === undefined) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** "Nov 21, 2026", or an em dash for a missing or invalid date. */
export function formatDate(value: string | number | Date | undefined): string {
  const date = toDate(value)
  return date ? dateFormat.format(date) : '—'
}

/** "Nov 21". */
export function formatShortDate(value: string | number | Date | undefined): string {
  const date = toDate(value)
  return date ? shortDateFormat.format(date) : '—'
}

/** "14:03:27". */
export function formatTime(value: string | number | Date | undefined): string {
  const date = toDate(value)
  return date ? timeFormat.format(date) : '—'
}

/** "1,284" in the user's locale. */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** An amount in major units (dollars, euros) in the given currency. */
export function formatMoney(amount: number, currency = 'USD'): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount)
  } catch {
    return `${formatNumber(amount)} ${currency}`
  }
}

/** The plan's state, in words a customer understands. */
export const stateLabels: Record<SubscriptionState, string> = {
  never_subscribed: 'Free plan',
  trialing: 'Trial',
  active: 'Active',
  non_renewing: 'Cancels at period end',
  grace_period: 'Payment issue',
  billing_retry: 'Payment issue',
  expired: 'Expired',
  refunded: 'Refunded',
  revoked: 'Access revoked',
  lifetime: 'Lifetime',
  invoice_unpaid: 'Invoice unpaid',
}

/** Visual tone of a state badge. */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

/** Badge tone per state: warnings for recoverable states, danger once access is lost. */
export const stateTones: Record<SubscriptionState, Tone> = {
  never_subscribed: 'neutral',
  trialing: 'info',
  active: 'success',
  non_renewing: 'warning',
  grace_period: 'warning',
  billing_retry: 'danger',
  expired: 'danger',
  refunded: 'neutral',
  revoked: 'danger',
  lifetime: 'success',
  invoice_unpaid: 'danger',
}

/** A label for a state the API may add later: readable rather than blank. */
export function stateLabel(state: string): string {
  return stateLabels[state as SubscriptionState] ?? state.replace(/_/g, ' ')
}

/** The tone of a state's badge; neutral for states the API may add later. */
export function stateTone(state: string): Tone {
  return stateTones[state as SubscriptionState] ?? 'neutral'
}

/** Human names of the features the paywall can lock. */
export const featureNames: Record<string, string> = {
  reports: 'Premium reports',
  exports: 'Exports',
  ai_summaries: 'AI summaries',
  api_calls: 'API calls',
}

/** A feature's name for people, e.g. `reports` → "Premium reports". */
export function featureName(feature: string | undefined): string | undefined {
  if (!feature) return undefined
  return featureNames[feature] ?? feature.replace(/_/g, ' ')
}

const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
}

/** "Visa •••• 4242". */
export function formatCard(card: { brand: string; last4: string }): string {
  const brand =
    brandNames[card.brand.toLowerCase()] ?? card.brand.charAt(0).toUpperCase() + card.brand.slice(1)
  return `${brand} •••• ${card.last4}`
}
