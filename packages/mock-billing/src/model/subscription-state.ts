import { DAY } from '../shared/clock.ts'
import { type IsoDate, toEpochMs } from '../shared/iso-date.ts'
import { PREMIUM } from './catalog.ts'
import type { AccessLevelRecord, ProfileRecord } from './types.ts'

/** Where a subscription stands at a given time. */
export type SubscriptionState =
  | 'never_subscribed'
  | 'trialing'
  | 'active'
  | 'non_renewing'
  | 'grace_period'
  | 'billing_retry'
  | 'expired'
  | 'refunded'
  | 'revoked'
  | 'lifetime'
  | 'invoice_unpaid'

/** The reasons the product API gives in its 402s. */
export type PaywallReasonCode =
  | 'subscription_expired'
  | 'payment_failed'
  | 'invoice_unpaid'
  | 'trial_ended'
  | 'quota_exceeded'
  | 'insufficient_credits'
  | 'upgrade_required'
  | 'payment_required'

/** A subscription state with what it implies. */
export interface SubscriptionStatus {
  state: SubscriptionState
  /** Whether the premium features are open. */
  entitled: boolean
  /** Why a premium request gets a 402, when it does. */
  reason?: PaywallReasonCode
  /** A renewal was declined and not yet fixed. */
  billingIssue: boolean
  renewsAt?: IsoDate
  expiresAt?: IsoDate
  graceEndsAt?: IsoDate
  trialEndsAt?: IsoDate
  /** The level the status was derived from. */
  level?: AccessLevelRecord
}

/** How long the store keeps retrying a declined renewal after the grace period (Apple: 60 days). */
export const BILLING_RETRY_DAYS = 60

/** Whether an access level is in its grace period at `now`: billing issue found, grace not over. */
export function isInGracePeriod(level: AccessLevelRecord, now: IsoDate): boolean {
  return (
    level.billing_issue_detected_at !== null &&
    level.grace_period_expires_at !== null &&
    now < level.grace_period_expires_at &&
    (level.revoked_at === null || level.revoked_at > now) &&
    (level.refunded_at === null || level.refunded_at > now)
  )
}

/**
 * Derives the state of an access level at `now`. The same record yields different states as
 * the clock moves: a trial ends, a grace period runs out, a scheduled revocation takes effect.
 * `hasUnpaidInvoice` (from the demo SaaS) turns a lapsed subscription into `invoice_unpaid`.
 */
export function deriveStatus(
  level: AccessLevelRecord | undefined,
  now: IsoDate,
  hasUnpaidInvoice = false,
): SubscriptionStatus {
  if (!level)
    return { state: 'never_subscribed', entitled: false, reason: 'upgrade_required', billingIssue: false }
  const expiresAt = level.expires_at ?? undefined
  const billingIssue = level.billing_issue_detected_at !== null
  const base = { level, billingIssue, ...(expiresAt ? { expiresAt } : {}) }
  const lapsed = (): SubscriptionStatus => {
    if (hasUnpaidInvoice)
      return { ...base, state: 'invoice_unpaid', entitled: false, reason: 'invoice_unpaid' }
    if (billingIssue && level.renewal_cancelled_at === null && expiresAt) {
      const retryEnds = toEpochMs(expiresAt) + BILLING_RETRY_DAYS * DAY
      if (toEpochMs(now) < retryEnds) {
        return { ...base, state: 'billing_retry', entitled: false, reason: 'payment_failed' }
      }
    }
    const reason = level.offer?.type === 'free_trial' ? 'trial_ended' : 'subscription_expired'
    return { ...base, state: 'expired', entitled: false, reason }
  }
  if (level.starts_at !== null && level.starts_at > now) {
    return { ...base, state: 'never_subscribed', entitled: false, reason: 'upgrade_required' }
  }
  if (level.revoked_at !== null && level.revoked_at <= now) {
    return { ...base, state: 'revoked', entitled: false, reason: 'subscription_expired' }
  }
  if (level.refunded_at !== null && level.refunded_at <= now) {
    return { ...base, state: 'refunded', entitled: false, reason: 'subscription_expired' }
  }
  if (isInGracePeriod(level, now)) {
    return {
      ...base,
      state: 'grace_period',
      entitled: true,
      graceEndsAt: level.grace_period_expires_at as IsoDate,
    }
  }
  if (level.expires_at === null) return { ...base, state: 'lifetime', entitled: true }
  if (now >= level.expires_at) return lapsed()
  if (level.offer?.type === 'free_trial') {
    return { ...base, state: 'trialing', entitled: true, trialEndsAt: level.expires_at }
  }
  if (level.renewal_cancelled_at !== null || level.source !== 'subscription') {
    return { ...base, state: 'non_renewing', entitled: true }
  }
  return { ...base, state: 'active', entitled: true, renewsAt: level.expires_at }
}

/** The status of a profile's premium access level. */
export function premiumStatus(
  profile: ProfileRecord,
  now: IsoDate,
  hasUnpaidInvoice = false,
): SubscriptionStatus {
  const level = profile.access_levels.find((item) => item.access_level_id === PREMIUM)
  return deriveStatus(level, now, hasUnpaidInvoice)
}
