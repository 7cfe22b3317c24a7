import { accessLevelForProduct } from '../model/catalog.ts'
import type { BillingStore } from '../model/store.ts'
import type { AccessLevelRecord, NonSubscriptionRecord, ProfileRecord, Transaction } from '../model/types.ts'
import type { IsoDate } from '../shared/iso-date.ts'
import { uuid } from '../shared/uuid.ts'
import { adaptyErrors } from './adapty-errors.ts'
import { type GrantRequest, type RevokeRequest, validateTransaction } from './validation.ts'

/** Whether a level still gives access at `now` (ignoring grace, which only extends a billing issue). */
function isLive(level: AccessLevelRecord, now: IsoDate): boolean {
  if (level.revoked_at !== null && level.revoked_at <= now) return false
  if (level.refunded_at !== null && level.refunded_at <= now) return false
  const graceEnd = level.billing_issue_detected_at !== null ? level.grace_period_expires_at : null
  const end =
    graceEnd !== null && level.expires_at !== null && graceEnd > level.expires_at
      ? graceEnd
      : level.expires_at
  return end === null || end > now
}

/** Whether `candidate` should replace the level the profile holds: same chain, a later end, or a dead level. */
function supersedes(
  current: AccessLevelRecord | undefined,
  candidate: AccessLevelRecord,
  now: IsoDate,
): boolean {
  if (!current) return true
  if (current.store_original_transaction_id === candidate.store_original_transaction_id) {
    return candidate.purchased_at >= current.purchased_at
  }
  if (!isLive(current, now)) return true
  if (candidate.expires_at === null)
    return current.expires_at !== null || candidate.purchased_at >= current.purchased_at
  return current.expires_at !== null && candidate.expires_at >= current.expires_at
}

function setAccessLevel(profile: ProfileRecord, level: AccessLevelRecord, now: IsoDate): void {
  const index = profile.access_levels.findIndex((item) => item.access_level_id === level.access_level_id)
  if (!supersedes(profile.access_levels[index], level, now)) return
  if (index === -1) profile.access_levels.push(level)
  else profile.access_levels[index] = level
}

function upsert<T>(items: T[], item: T, matches: (existing: T) => boolean): boolean {
  const index = items.findIndex(matches)
  if (index === -1) items.push(item)
  else items[index] = item
  return index === -1
}

/**
 * Writes a validated transaction: the subscription chain or one-time purchase, the access
 * level its product unlocks, and revenue. Re-sending a transaction id updates it in place
 * (Adapty's way to report a billing issue or a renewal change) without counting revenue twice.
 */
export function applyTransaction(
  profile: ProfileRecord,
  transaction: Transaction,
  now: IsoDate,
  purchaseId: string,
): void {
  const seen = [...profile.subscriptions, ...profile.non_subscriptions].some(
    (item) => item.store_transaction_id === transaction.store_transaction_id,
  )
  const refunded = transaction.refunded_at !== null
  const accessLevelId = accessLevelForProduct(transaction.store_product_id)
  const common = {
    store: transaction.store,
    store_product_id: transaction.store_product_id,
    store_base_plan_id: transaction.store_base_plan_id,
    store_transaction_id: transaction.store_transaction_id,
    store_original_transaction_id: transaction.store_original_transaction_id,
    offer: transaction.offer,
    starts_at: null,
    purchased_at: transaction.purchased_at,
    cancellation_reason: transaction.cancellation_reason,
    refunded_at: transaction.refunded_at,
    revoked_at: null,
  }
  if (transaction.purchase_type === 'subscription') {
    const { purchase_type: _subscription, ...record } = transaction
    const existing = profile.subscriptions.find(
      (item) => item.store_original_transaction_id === record.store_original_transaction_id,
    )
    if (!existing || existing.purchased_at <= record.purchased_at) {
      upsert(profile.subscriptions, record, (item) => item === existing)
    }
    if (accessLevelId) {
      setAccessLevel(
        profile,
        {
          ...common,
          access_level_id: accessLevelId,
          source: 'subscription',
          originally_purchased_at: transaction.originally_purchased_at,
          expires_at: transaction.expires_at,
          renewal_cancelled_at: transaction.renew_status
            ? null
            : (transaction.renew_status_changed_at ?? transaction.purchased_at),
          billing_issue_detected_at: transaction.billing_issue_detected_at,
          grace_period_expires_at: transaction.grace_period_expires_at,
        },
        now,
      )
    }
  } else {
    const existing = profile.non_subscriptions.find(
      (item) => item.store_transaction_id === transaction.store_transaction_id,
    )
    const { purchase_type: _oneTime, ...fields } = transaction
    const record: NonSubscriptionRecord = {
      ...fields,
      purchase_id: existing?.purchase_id ?? purchaseId,
      is_consumable: accessLevelId === null,
    }
    upsert(profile.non_subscriptions, record, (item) => item === existing)
    if (accessLevelId) {
      setAccessLevel(
        profile,
        {
          ...common,
          access_level_id: accessLevelId,
          source: 'one_time_purchase',
          originally_purchased_at: transaction.purchased_at,
          expires_at: null,
          renewal_cancelled_at: null,
          billing_issue_detected_at: null,
          grace_period_expires_at: null,
        },
        now,
      )
    }
  }
  if (!seen && !refunded && transaction.price.currency.toUpperCase() === 'USD') {
    profile.total_revenue_usd = Math.round((profile.total_revenue_usd + transaction.price.value) * 100) / 100
  }
}

/**
 * The one write path for transactions, used by `set/transaction` and by everything the demo
 * SaaS charges (checkout, renewals, credits, scenarios): validate the Adapty-shaped body
 * completely, then write it. Throws an `AdaptyError` (and writes nothing) when it is invalid.
 */
export function recordTransaction(profile: ProfileRecord, body: unknown, now: IsoDate): Transaction {
  const transaction = validateTransaction(body)
  applyTransaction(profile, transaction, now, uuid())
  return transaction
}

/** Checks that an access level is configured in the mock app. */
export function assertAccessLevelExists(store: BillingStore, accessLevelId: string): void {
  if (!store.accessLevels.includes(accessLevelId))
    throw adaptyErrors.paidAccessLevelDoesNotExist(accessLevelId)
}

/** Grants an access level without a transaction (Adapty's `grant/access-level`). Validate first. */
export function grantAccessLevel(
  profile: ProfileRecord,
  grant: GrantRequest,
  now: IsoDate,
  transactionId: string,
): void {
  const level: AccessLevelRecord = {
    access_level_id: grant.access_level_id,
    source: 'grant',
    store: 'adapty',
    store_product_id: `adapty_granted_${grant.access_level_id}`,
    store_base_plan_id: null,
    store_transaction_id: transactionId,
    store_original_transaction_id: transactionId,
    offer: null,
    starts_at: grant.starts_at,
    purchased_at: now,
    originally_purchased_at: now,
    expires_at: grant.expires_at,
    renewal_cancelled_at: null,
    billing_issue_detected_at: null,
    grace_period_expires_at: null,
    cancellation_reason: null,
    refunded_at: null,
    revoked_at: null,
  }
  const index = profile.access_levels.findIndex((item) => item.access_level_id === grant.access_level_id)
  if (index === -1) profile.access_levels.push(level)
  else profile.access_levels[index] = level
}

/**
 * Checks a revoke request against the profile and the clock (the documented `value_error`,
 * `profile_paid_access_level_does_not_exist` and `revocation_date_more_than_expiration_date`)
 * and returns the level and the time it ends.
 */
export function checkRevoke(
  profile: ProfileRecord,
  revoke: RevokeRequest,
  now: IsoDate,
): { level: AccessLevelRecord; revokeAt: IsoDate } {
  if (revoke.revoke_at !== null && revoke.revoke_at <= now) throw adaptyErrors.revokeInPast()
  const level = profile.access_levels.find((item) => item.access_level_id === revoke.access_level_id)
  if (!level)
    throw adaptyErrors.profilePaidAccessLevelDoesNotExist(profile.profile_id, revoke.access_level_id)
  const revokeAt = revoke.revoke_at ?? now
  if (level.expires_at !== null && revokeAt > level.expires_at) {
    throw adaptyErrors.revocationAfterExpiration(revokeAt, level.expires_at)
  }
  return { level, revokeAt }
}

/** Ends an access level at `revokeAt` (after `checkRevoke`). */
export function revokeAccessLevel(level: AccessLevelRecord, revokeAt: IsoDate, now: IsoDate): void {
  level.expires_at = revokeAt
  level.revoked_at = revokeAt
  level.renewal_cancelled_at = level.renewal_cancelled_at ?? now
  level.cancellation_reason = 'adapty_revoked'
}
