import { isInGracePeriod } from '../model/subscription-state.ts'
import type { Offer, ProfileRecord } from '../model/types.ts'
import { formatAdaptyDate, type IsoDate } from '../shared/iso-date.ts'

/** The mock app's id, as Adapty's `app_id`. */
export const MOCK_APP_ID = '7a3c0f52-5b1e-4d2a-9c61-0acbde000001'

const date = (value: IsoDate | null) => (value === null ? null : formatAdaptyDate(value))

const offerJson = (offer: Offer | null) =>
  offer === null ? null : { category: offer.category, type: offer.type, id: offer.id ?? null }

/** A short stable hash of the profile's purchases, standing in for Adapty's internal `segment_hash`. */
function segmentHash(profile: ProfileRecord): string {
  const text = JSON.stringify([
    profile.access_levels,
    profile.subscriptions.length,
    profile.non_subscriptions.length,
  ])
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0').repeat(2)
}

/** A profile as Adapty's server-side API returns it (`data` of the response), at time `now`. */
export function profileJson(profile: ProfileRecord, now: IsoDate, nowMs: number) {
  return {
    app_id: MOCK_APP_ID,
    profile_id: profile.profile_id,
    customer_user_id: profile.customer_user_id,
    total_revenue_usd: profile.total_revenue_usd,
    segment_hash: segmentHash(profile),
    timestamp: nowMs,
    custom_attributes: profile.custom_attributes.map((attribute) => ({ ...attribute })),
    access_levels: profile.access_levels.map((level) => ({
      access_level_id: level.access_level_id,
      store: level.store,
      store_product_id: level.store_product_id,
      store_base_plan_id: level.store_base_plan_id,
      store_transaction_id: level.store_transaction_id,
      store_original_transaction_id: level.store_original_transaction_id,
      offer: offerJson(level.offer),
      starts_at: date(level.starts_at),
      purchased_at: formatAdaptyDate(level.purchased_at),
      originally_purchased_at: formatAdaptyDate(level.originally_purchased_at),
      expires_at: date(level.expires_at),
      renewal_cancelled_at: date(level.renewal_cancelled_at),
      billing_issue_detected_at: date(level.billing_issue_detected_at),
      is_in_grace_period: isInGracePeriod(level, now),
      cancellation_reason: level.cancellation_reason,
    })),
    subscriptions: profile.subscriptions.map((subscription) => ({
      store: subscription.store,
      store_product_id: subscription.store_product_id,
      store_base_plan_id: subscription.store_base_plan_id,
      store_transaction_id: subscription.store_transaction_id,
      store_original_transaction_id: subscription.store_original_transaction_id,
      offer: offerJson(subscription.offer),
      environment: subscription.environment,
      purchased_at: formatAdaptyDate(subscription.purchased_at),
      originally_purchased_at: formatAdaptyDate(subscription.originally_purchased_at),
      expires_at: date(subscription.expires_at),
      renewal_cancelled_at: subscription.renew_status
        ? null
        : date(subscription.renew_status_changed_at ?? subscription.purchased_at),
      billing_issue_detected_at: date(subscription.billing_issue_detected_at),
      is_in_grace_period:
        subscription.billing_issue_detected_at !== null &&
        subscription.grace_period_expires_at !== null &&
        now < subscription.grace_period_expires_at,
      cancellation_reason: subscription.cancellation_reason,
    })),
    non_subscriptions: profile.non_subscriptions.map((purchase) => ({
      purchase_id: purchase.purchase_id,
      store: purchase.store,
      store_product_id: purchase.store_product_id,
      store_base_plan_id: purchase.store_base_plan_id,
      store_transaction_id: purchase.store_transaction_id,
      store_original_transaction_id: purchase.store_original_transaction_id,
      purchased_at: formatAdaptyDate(purchase.purchased_at),
      environment: purchase.environment,
      is_refund: purchase.refunded_at !== null,
      is_consumable: purchase.is_consumable,
    })),
  }
}

/** The JSON shape of a profile. */
export type ProfileJson = ReturnType<typeof profileJson>
