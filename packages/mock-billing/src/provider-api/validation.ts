import {
  CANCELLATION_REASONS,
  type CustomAttribute,
  ENVIRONMENTS,
  OFFER_CATEGORIES,
  OFFER_TYPES,
  type Offer,
  type Transaction,
} from '../model/types.ts'
import { type IsoDate, parseIsoDate } from '../shared/iso-date.ts'
import { isRecord } from '../shared/json.ts'
import { adaptyErrors } from './adapty-errors.ts'
import { FieldReader } from './field-reader.ts'

/** Adapty's limit on `store_transaction_id`. */
const TRANSACTION_ID_MAX_LENGTH = 50

function asObject(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw adaptyErrors.parse('Expected a JSON object')
  return body
}

function readOffer(reader: FieldReader, nullable: boolean): Offer | null {
  const offer = reader.nested('offer', { nullable })
  if (!offer) return null
  const category = offer.oneOf('category', OFFER_CATEGORIES, { required: true })
  const type = offer.oneOf('type', OFFER_TYPES, { required: true })
  const id = offer.string('id', { nullable: true })
  if (!category || !type) return null
  return offer.has('id') ? { category, type, id: id ?? null } : { category, type }
}

/**
 * Validates a `set/transaction` body completely (field types, then every documented rule)
 * and returns it with defaults filled in. Throws an `AdaptyError` with the documented
 * `error_code`, `source` and message; nothing is written before this returns.
 */
export function validateTransaction(body: unknown): Transaction {
  const reader = new FieldReader(asObject(body))
  const purchaseType = reader.oneOf('purchase_type', ['subscription', 'one_time_purchase'] as const, {
    required: true,
  })
  const isSubscription = purchaseType === 'subscription'
  const store = reader.string('store', { required: true })
  const environment = reader.oneOf('environment', ENVIRONMENTS) ?? 'Production'
  const storeProductId = reader.string('store_product_id', { required: true })
  const storeBasePlanId = reader.string('store_base_plan_id', { nullable: true }) ?? null
  const storeTransactionId = reader.string('store_transaction_id', {
    required: true,
    maxLength: TRANSACTION_ID_MAX_LENGTH,
  })
  const storeOriginalTransactionId = reader.string('store_original_transaction_id', { required: true })
  const offer = readOffer(reader, true)
  const isFamilyShared = reader.boolean('is_family_shared') ?? false
  const priceReader = reader.nested('price', { required: true })
  const country = priceReader?.string('country', { required: true })
  const currency = priceReader?.string('currency', { required: true })
  const value = priceReader?.number('value', { required: true, min: 0 })
  const purchasedAt = reader.date('purchased_at', { required: true })
  const refundedAt = reader.date('refunded_at', { nullable: true }) ?? null
  const cancellationReason =
    reader.oneOf('cancellation_reason', CANCELLATION_REASONS, { nullable: true }) ?? null
  const variationId = reader.string('variation_id', { nullable: true }) ?? null
  const subscription = isSubscription
    ? {
        originallyPurchasedAt: reader.date('originally_purchased_at', { required: true }),
        expiresAt: reader.date('expires_at', { required: true, nullable: true }),
        renewStatus: reader.boolean('renew_status', { required: true }),
        renewStatusChangedAt: reader.date('renew_status_changed_at', { nullable: true }) ?? null,
        billingIssueDetectedAt: reader.date('billing_issue_detected_at', { nullable: true }) ?? null,
        gracePeriodExpiresAt: reader.date('grace_period_expires_at', { nullable: true }) ?? null,
      }
    : null
  reader.throwIfInvalid()

  // Everything below is present: the reader threw otherwise.
  const base = {
    store: store as string,
    environment,
    store_product_id: storeProductId as string,
    store_base_plan_id: storeBasePlanId,
    store_transaction_id: storeTransactionId as string,
    store_original_transaction_id: storeOriginalTransactionId as string,
    offer,
    is_family_shared: isFamilyShared,
    price: { country: country as string, currency: currency as string, value: value as number },
    purchased_at: purchasedAt as IsoDate,
    refunded_at: refundedAt,
    cancellation_reason: cancellationReason,
    variation_id: variationId,
  }
  const transaction: Transaction = subscription
    ? {
        purchase_type: 'subscription',
        ...base,
        originally_purchased_at: subscription.originallyPurchasedAt as IsoDate,
        expires_at: subscription.expiresAt ?? null,
        renew_status: subscription.renewStatus as boolean,
        renew_status_changed_at: subscription.renewStatusChangedAt,
        billing_issue_detected_at: subscription.billingIssueDetectedAt,
        grace_period_expires_at: subscription.gracePeriodExpiresAt,
      }
    : { purchase_type: 'one_time_purchase', ...base }
  checkTransactionRules(transaction)
  return transaction
}

/** The documented business rules of `set/transaction`, in a fixed order; the first broken one is reported. */
function checkTransactionRules(transaction: Transaction): void {
  const { offer, price, purchased_at: purchasedAt } = transaction
  if (transaction.purchase_type === 'one_time_purchase') {
    if (transaction.store_transaction_id !== transaction.store_original_transaction_id) {
      throw adaptyErrors.storeTransactionId()
    }
    if (offer?.type === 'free_trial') throw adaptyErrors.oneTimePurchaseTrial()
  }
  if (offer && offer.category !== 'introductory' && (offer.id === undefined || offer.id === null)) {
    throw adaptyErrors.missingOfferId()
  }
  if (offer?.type === 'free_trial' && (price.value !== 0 || offer.id === null)) {
    throw adaptyErrors.freeTrialPrice()
  }
  if (transaction.is_family_shared && price.value !== 0) throw adaptyErrors.familySharePrice()
  if (transaction.purchase_type === 'subscription') {
    const { expires_at: expiresAt, billing_issue_detected_at: billingIssueAt } = transaction
    const graceEndsAt = transaction.grace_period_expires_at
    if (expiresAt !== null && expiresAt <= purchasedAt) throw adaptyErrors.expiresDate()
    if (transaction.originally_purchased_at > purchasedAt) throw adaptyErrors.originallyPurchasedDate()
    const renewChangedAt = transaction.renew_status_changed_at
    if (renewChangedAt !== null && renewChangedAt <= purchasedAt) throw adaptyErrors.renewStatusChangedDate()
    if (billingIssueAt !== null && billingIssueAt <= purchasedAt) throw adaptyErrors.billingIssueDate()
    if (graceEndsAt !== null && billingIssueAt === null) throw adaptyErrors.gracePeriodBilling()
    if (graceEndsAt !== null && (expiresAt === null || graceEndsAt < expiresAt)) {
      throw adaptyErrors.gracePeriodExpiresDate()
    }
  }
  if ((transaction.refunded_at !== null) !== (transaction.cancellation_reason === 'refund')) {
    throw adaptyErrors.refundFields()
  }
  if (transaction.refunded_at !== null && transaction.refunded_at <= purchasedAt)
    throw adaptyErrors.refundDate()
}

/** A validated `grant/access-level` body. */
export interface GrantRequest {
  access_level_id: string
  starts_at: IsoDate | null
  expires_at: IsoDate | null
}

/** Validates a `grant/access-level` body (field types only; the access level is checked by the route). */
export function validateGrant(body: unknown): GrantRequest {
  const reader = new FieldReader(asObject(body))
  const accessLevelId = reader.string('access_level_id', { required: true })
  const startsAt = reader.date('starts_at', { nullable: true }) ?? null
  const expiresAt = reader.date('expires_at', { nullable: true }) ?? null
  reader.throwIfInvalid()
  return { access_level_id: accessLevelId as string, starts_at: startsAt, expires_at: expiresAt }
}

/** A validated `revoke/access-level` body. */
export interface RevokeRequest {
  access_level_id: string
  /** `null` (or omitted) revokes now. */
  revoke_at: IsoDate | null
}

/** Validates a `revoke/access-level` body (field types only). */
export function validateRevoke(body: unknown): RevokeRequest {
  const reader = new FieldReader(asObject(body))
  const accessLevelId = reader.string('access_level_id', { required: true })
  const revokeAt = reader.date('revoke_at', { nullable: true }) ?? null
  reader.throwIfInvalid()
  return { access_level_id: accessLevelId as string, revoke_at: revokeAt }
}

/** A validated create-profile body. */
export interface CreateProfileRequest {
  fields: Record<string, unknown>
  custom_attributes: CustomAttribute[]
}

const PROFILE_STRINGS = [
  'first_name',
  'last_name',
  'email',
  'phone_number',
  'ip_country',
  'store_country',
] as const
const ATTRIBUTE_KEY = /^[A-Za-z0-9._-]{1,30}$/

/** Validates a create-profile body: known fields must have Adapty's types; unknown ones are ignored. */
export function validateCreateProfile(body: unknown): CreateProfileRequest {
  // No body (or `null`) creates a profile without fields; every field is read from this object.
  const object = asObject(body ?? {})
  const reader = new FieldReader(object)
  const fields: Record<string, unknown> = {}
  for (const field of PROFILE_STRINGS) {
    const value = reader.string(field, { nullable: true })
    if (value !== undefined) fields[field] = value
  }
  const gender = reader.oneOf('gender', ['f', 'm', 'o'] as const, { nullable: true })
  if (gender !== undefined) fields.gender = gender
  const store = reader.oneOf('store', ['app_store', 'play_store', 'stripe', 'adapty', 'paddle'] as const, {
    nullable: true,
  })
  if (store !== undefined) fields.store = store
  const birthday = reader.string('birthday', { nullable: true })
  if (typeof birthday === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(birthday) && parseIsoDate(`${birthday}T00:00:00Z`))
      fields.birthday = birthday
    else reader.fail('birthday', 'date', 'invalid date format')
  }
  const analyticsDisabled = reader.boolean('analytics_disabled', { nullable: true })
  if (analyticsDisabled !== undefined) fields.analytics_disabled = analyticsDisabled
  const installationMeta = reader.nested('installation_meta', { nullable: true })
  if (installationMeta) fields.installation_meta = object.installation_meta
  const customAttributes = readCustomAttributes(reader, object.custom_attributes)
  reader.throwIfInvalid()
  return { fields, custom_attributes: customAttributes }
}

function readCustomAttributes(reader: FieldReader, value: unknown): CustomAttribute[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    reader.fail('custom_attributes', 'list', 'value is not a valid list')
    return []
  }
  if (value.length > 30)
    reader.fail('custom_attributes', 'max_items', 'ensure this value has at most 30 items')
  const attributes: CustomAttribute[] = []
  value.forEach((item, index) => {
    const key = isRecord(item) ? item.key : undefined
    const attributeValue = isRecord(item) ? item.value : undefined
    if (typeof key !== 'string' || !ATTRIBUTE_KEY.test(key)) {
      reader.fail(`custom_attributes.${index}.key`, 'value_error', 'invalid attribute key')
    } else if (
      !(typeof attributeValue === 'string' && attributeValue.length <= 50) &&
      !(typeof attributeValue === 'number' && Number.isFinite(attributeValue))
    ) {
      reader.fail(`custom_attributes.${index}.value`, 'value_error', 'invalid attribute value')
    } else {
      attributes.push({ key, value: attributeValue })
    }
  })
  return attributes
}
