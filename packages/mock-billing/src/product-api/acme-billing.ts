import {
  CREDIT_PRICE,
  CREDITS_PRODUCT_ID,
  PERIOD_DAYS,
  type Plan,
  PREMIUM,
  planForProduct,
} from '../model/catalog.ts'
import type { WriteContext } from '../model/context.ts'
import type { DemoAccount } from '../model/store.ts'
import type { ProfileRecord } from '../model/types.ts'
import { recordTransaction } from '../provider-api/transactions.ts'
import { DAY } from '../shared/clock.ts'
import { fromEpochMs, toEpochMs } from '../shared/iso-date.ts'

/** The store Acme Analytics sells through (its transactions name it, as a custom store would). */
export const ACME_STORE = 'stripe'

/** Days between an invoice and its due date. */
export const PAYMENT_TERMS_DAYS = 14

/** A subscription charge to record, times in epoch milliseconds. */
export interface SubscriptionCharge {
  plan: Plan
  transactionId: string
  originalTransactionId: string
  purchasedAt: number
  originallyPurchasedAt?: number
  expiresAt: number
  /** @default true */
  renew?: boolean
  renewChangedAt?: number
  billingIssueAt?: number
  graceEndsAt?: number
  /** A free trial: price 0 with an introductory free-trial offer. */
  trial?: boolean
}

const iso = (ms: number) => new Date(ms).toISOString()

/** The Adapty `set/transaction` body a store would send for a subscription charge. */
export function subscriptionBody(charge: SubscriptionCharge): Record<string, unknown> {
  return {
    purchase_type: 'subscription',
    store: ACME_STORE,
    environment: 'Production',
    store_product_id: charge.plan.productId,
    store_transaction_id: charge.transactionId,
    store_original_transaction_id: charge.originalTransactionId,
    is_family_shared: false,
    price: { country: 'US', currency: 'USD', value: charge.trial ? 0 : charge.plan.amount },
    purchased_at: iso(charge.purchasedAt),
    originally_purchased_at: iso(charge.originallyPurchasedAt ?? charge.purchasedAt),
    expires_at: iso(charge.expiresAt),
    renew_status: charge.renew ?? true,
    renew_status_changed_at: charge.renewChangedAt === undefined ? null : iso(charge.renewChangedAt),
    billing_issue_detected_at: charge.billingIssueAt === undefined ? null : iso(charge.billingIssueAt),
    grace_period_expires_at: charge.graceEndsAt === undefined ? null : iso(charge.graceEndsAt),
    ...(charge.trial ? { offer: { category: 'introductory', type: 'free_trial' } } : {}),
  }
}

/** Adds an invoice to a demo account. */
export function addInvoice(
  context: WriteContext,
  account: DemoAccount,
  invoice: {
    at: number
    amount: number
    status: 'paid' | 'open' | 'void'
    description: string
    dueAt?: number
  },
): void {
  account.invoices.push({
    id: context.store.nextId('in_'),
    date: fromEpochMs(invoice.at),
    amount: invoice.amount,
    currency: 'USD',
    status: invoice.status,
    description: invoice.description,
    dueAt: fromEpochMs(invoice.dueAt ?? invoice.at + PAYMENT_TERMS_DAYS * DAY),
  })
}

/** Records a subscription charge through `set/transaction`'s validation and write path, without an invoice. */
export function recordSubscriptionCharge(
  context: WriteContext,
  profile: ProfileRecord,
  charge: SubscriptionCharge,
): void {
  recordTransaction(profile, subscriptionBody(charge), context.now)
}

/** Records a subscription charge and, unless it is a trial or was declined, its paid invoice. */
export function chargeSubscription(
  context: WriteContext,
  profile: ProfileRecord,
  account: DemoAccount,
  charge: SubscriptionCharge,
): void {
  recordSubscriptionCharge(context, profile, charge)
  if (!charge.trial && charge.billingIssueAt === undefined) {
    addInvoice(context, account, {
      at: charge.purchasedAt,
      amount: charge.plan.amount,
      status: 'paid',
      description: `${charge.plan.name} plan, ${PERIOD_DAYS} days`,
    })
  }
}

/** A new subscription to `plan` starting now, paid; open invoices are voided (the new charge replaces them). */
export function checkout(
  context: WriteContext,
  profile: ProfileRecord,
  account: DemoAccount,
  plan: Plan,
): void {
  const transactionId = context.store.nextId('acme_sub_')
  for (const invoice of account.invoices) if (invoice.status === 'open') invoice.status = 'void'
  chargeSubscription(context, profile, account, {
    plan,
    transactionId,
    originalTransactionId: transactionId,
    purchasedAt: context.nowMs,
    expiresAt: context.nowMs + PERIOD_DAYS * DAY,
  })
}

function premiumLevel(profile: ProfileRecord) {
  return profile.access_levels.find((level) => level.access_level_id === PREMIUM)
}

/**
 * What the store does while time passes for a demo user with a card on file: renews each
 * period that has ended (a trial converts to paid), as a store sends renewal transactions.
 * Subscriptions that are cancelled, revoked, refunded or have a billing issue do not renew.
 */
export function renewDue(context: WriteContext, profile: ProfileRecord, account: DemoAccount): void {
  if (!account.paymentMethod) return
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const level = premiumLevel(profile)
    if (
      level?.source !== 'subscription' ||
      level.expires_at === null ||
      level.expires_at > context.now ||
      level.renewal_cancelled_at !== null ||
      level.billing_issue_detected_at !== null ||
      level.revoked_at !== null ||
      level.refunded_at !== null
    ) {
      return
    }
    const chain = profile.subscriptions.find(
      (subscription) => subscription.store_original_transaction_id === level.store_original_transaction_id,
    )
    const start = toEpochMs(level.expires_at)
    chargeSubscription(context, profile, account, {
      plan: planForProduct(level.store_product_id),
      transactionId: context.store.nextId('acme_sub_'),
      originalTransactionId: level.store_original_transaction_id,
      purchasedAt: start,
      originallyPurchasedAt: toEpochMs(chain?.originally_purchased_at ?? level.originally_purchased_at),
      expiresAt: start + PERIOD_DAYS * DAY,
    })
  }
}

/**
 * After a working card is added: a subscription with a billing issue is charged again now
 * (a new period, billing issue cleared) and open invoices are paid.
 */
export function recoverPayment(context: WriteContext, profile: ProfileRecord, account: DemoAccount): void {
  const level = premiumLevel(profile)
  const open = account.invoices.filter((invoice) => invoice.status === 'open')
  const payOpenInvoices = () => {
    for (const invoice of open) invoice.status = 'paid'
  }
  if (
    level?.source !== 'subscription' ||
    level.billing_issue_detected_at === null ||
    level.revoked_at !== null ||
    level.refunded_at !== null
  ) {
    payOpenInvoices()
    return
  }
  const chain = profile.subscriptions.find(
    (subscription) => subscription.store_original_transaction_id === level.store_original_transaction_id,
  )
  const plan = planForProduct(level.store_product_id)
  // The open invoices just paid cover this charge, so it gets no invoice of its own.
  recordSubscriptionCharge(context, profile, {
    plan,
    transactionId: context.store.nextId('acme_sub_'),
    originalTransactionId: level.store_original_transaction_id,
    purchasedAt: context.nowMs,
    originallyPurchasedAt: toEpochMs(chain?.originally_purchased_at ?? level.originally_purchased_at),
    expiresAt: context.nowMs + PERIOD_DAYS * DAY,
  })
  payOpenInvoices()
  if (open.length === 0) {
    addInvoice(context, account, {
      at: context.nowMs,
      amount: plan.amount,
      status: 'paid',
      description: `${plan.name} plan, ${PERIOD_DAYS} days`,
    })
  }
}

/** Sells `amount` AI-summary credits as a consumable one-time purchase. */
export function buyCredits(
  context: WriteContext,
  profile: ProfileRecord,
  account: DemoAccount,
  amount: number,
): void {
  const transactionId = context.store.nextId('acme_credits_')
  const price = Math.round(amount * CREDIT_PRICE * 100) / 100
  recordTransaction(
    profile,
    {
      purchase_type: 'one_time_purchase',
      store: ACME_STORE,
      environment: 'Production',
      store_product_id: CREDITS_PRODUCT_ID,
      store_transaction_id: transactionId,
      store_original_transaction_id: transactionId,
      price: { country: 'US', currency: 'USD', value: price },
      purchased_at: iso(context.nowMs),
    },
    context.now,
  )
  account.credits += amount
  addInvoice(context, account, {
    at: context.nowMs,
    amount: price,
    status: 'paid',
    description: `${amount} AI credits`,
  })
}
