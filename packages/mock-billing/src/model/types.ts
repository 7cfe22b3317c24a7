import type { IsoDate } from '../shared/iso-date.ts'

/** Offer categories Adapty accepts. */
export const OFFER_CATEGORIES = ['introductory', 'promotional', 'offer_code', 'win_back'] as const
/** Offer types Adapty accepts. */
export const OFFER_TYPES = ['free_trial', 'pay_as_you_go', 'pay_up_front'] as const
/** Transaction environments. */
export const ENVIRONMENTS = ['Production', 'Sandbox'] as const
/** Cancellation reasons Adapty accepts. */
export const CANCELLATION_REASONS = [
  'billing_error',
  'cancelled_by_developer',
  'new_subscription_replace',
  'price_increase',
  'product_was_not_available',
  'refund',
  'unknown',
  'upgraded',
  'voluntarily_cancelled',
  'adapty_revoked',
] as const

/** An offer category. */
export type OfferCategory = (typeof OFFER_CATEGORIES)[number]
/** An offer type. */
export type OfferType = (typeof OFFER_TYPES)[number]
/** A transaction environment. */
export type Environment = (typeof ENVIRONMENTS)[number]
/** A cancellation reason. */
export type CancellationReason = (typeof CANCELLATION_REASONS)[number]

/** The offer a purchase used. `id: null` is kept apart from an absent id: Adapty rejects the former. */
export interface Offer {
  category: OfferCategory
  type: OfferType
  id?: string | null
}

/** What a purchase cost. */
export interface Price {
  country: string
  currency: string
  value: number
}

/** Fields shared by both kinds of transaction, as validated. */
interface TransactionBase {
  store: string
  environment: Environment
  store_product_id: string
  store_base_plan_id: string | null
  store_transaction_id: string
  store_original_transaction_id: string
  offer: Offer | null
  is_family_shared: boolean
  price: Price
  purchased_at: IsoDate
  refunded_at: IsoDate | null
  cancellation_reason: CancellationReason | null
  variation_id: string | null
}

/** A validated `set/transaction` body for a subscription. */
export interface SubscriptionTransaction extends TransactionBase {
  purchase_type: 'subscription'
  originally_purchased_at: IsoDate
  /** `null` for a subscription without end. */
  expires_at: IsoDate | null
  renew_status: boolean
  renew_status_changed_at: IsoDate | null
  billing_issue_detected_at: IsoDate | null
  grace_period_expires_at: IsoDate | null
}

/** A validated `set/transaction` body for a one-time purchase. */
export interface OneTimeTransaction extends TransactionBase {
  purchase_type: 'one_time_purchase'
}

/** A validated `set/transaction` body. */
export type Transaction = SubscriptionTransaction | OneTimeTransaction

/** One subscription chain (keyed by its original transaction id), as its latest transaction left it. */
export type SubscriptionRecord = Omit<SubscriptionTransaction, 'purchase_type'>

/** A one-time purchase. */
export interface NonSubscriptionRecord extends Omit<OneTimeTransaction, 'purchase_type'> {
  purchase_id: string
  is_consumable: boolean
}

/** Where an access level came from. */
export type AccessLevelSource = 'subscription' | 'one_time_purchase' | 'grant'

/** An access level a profile holds (or held: levels stay after they expire). */
export interface AccessLevelRecord {
  access_level_id: string
  source: AccessLevelSource
  store: string
  store_product_id: string
  store_base_plan_id: string | null
  store_transaction_id: string
  store_original_transaction_id: string
  offer: Offer | null
  starts_at: IsoDate | null
  purchased_at: IsoDate
  originally_purchased_at: IsoDate
  /** `null` is lifetime access. */
  expires_at: IsoDate | null
  renewal_cancelled_at: IsoDate | null
  billing_issue_detected_at: IsoDate | null
  grace_period_expires_at: IsoDate | null
  cancellation_reason: CancellationReason | null
  refunded_at: IsoDate | null
  /** When a revoke request ended (or will end) the level. */
  revoked_at: IsoDate | null
}

/** A profile attribute pair. */
export interface CustomAttribute {
  key: string
  value: string | number
}

/** An Adapty profile. */
export interface ProfileRecord {
  profile_id: string
  customer_user_id: string | null
  created_at: IsoDate
  /** Profile fields from the create request (first_name, email, …), kept as given. */
  fields: Record<string, unknown>
  custom_attributes: CustomAttribute[]
  total_revenue_usd: number
  access_levels: AccessLevelRecord[]
  subscriptions: SubscriptionRecord[]
  non_subscriptions: NonSubscriptionRecord[]
}
