import { PERIOD_DAYS, type Plan, planById } from '../model/catalog.ts'
import type { WriteContext } from '../model/context.ts'
import type { DemoAccount, PaymentMethod } from '../model/store.ts'
import type { ProfileRecord } from '../model/types.ts'
import { DAY } from '../shared/clock.ts'
import {
  addInvoice,
  chargeSubscription,
  PAYMENT_TERMS_DAYS,
  recordSubscriptionCharge,
} from './acme-billing.ts'
import type { ScenarioName } from './scenario-names.ts'
import { createUsage } from './usage.ts'

/** Options of a scenario. */
export interface ScenarioOptions {
  /** Days left in the grace period (`grace_period` only). @default 3 */
  daysLeft?: number
}

/** Grace period granted after a failed renewal, in days (DESIGN.md's default). */
export const GRACE_PERIOD_DAYS = 7

const PRO = planById('pro') as Plan
const CARD: PaymentMethod = { brand: 'visa', last4: '4242' }
const EXPIRED_CARD: PaymentMethod = { brand: 'visa', last4: '0341' }

/** An account with nothing in it yet. */
export function emptyAccount(nowMs: number): DemoAccount {
  return {
    scenario: null,
    dialect: null,
    credits: 0,
    paymentMethod: null,
    usage: createUsage(nowMs, 0, 1, 0),
    invoices: [],
    exports: [],
  }
}

/** A Pro subscription renewed `daysIntoPeriod` days ago, after one earlier period. */
function activePro(
  context: WriteContext,
  profile: ProfileRecord,
  account: DemoAccount,
  daysIntoPeriod = 10,
): void {
  const chain = context.store.nextId('acme_sub_')
  const renewedAt = context.nowMs - daysIntoPeriod * DAY
  const firstAt = renewedAt - PERIOD_DAYS * DAY
  chargeSubscription(context, profile, account, {
    plan: PRO,
    transactionId: chain,
    originalTransactionId: chain,
    purchasedAt: firstAt,
    expiresAt: renewedAt,
  })
  chargeSubscription(context, profile, account, {
    plan: PRO,
    transactionId: context.store.nextId('acme_sub_'),
    originalTransactionId: chain,
    purchasedAt: renewedAt,
    originallyPurchasedAt: firstAt,
    expiresAt: renewedAt + PERIOD_DAYS * DAY,
  })
}

/** A Pro subscription whose renewal at `failedAt` was declined, grace ending at `graceEndsAt`. */
function failedRenewal(
  context: WriteContext,
  profile: ProfileRecord,
  account: DemoAccount,
  failedAt: number,
  graceEndsAt: number,
  dueAt: number,
): void {
  const chain = context.store.nextId('acme_sub_')
  const periodStart = failedAt - PERIOD_DAYS * DAY
  chargeSubscription(context, profile, account, {
    plan: PRO,
    transactionId: chain,
    originalTransactionId: chain,
    purchasedAt: periodStart - PERIOD_DAYS * DAY,
    expiresAt: periodStart,
  })
  recordSubscriptionCharge(context, profile, {
    plan: PRO,
    transactionId: context.store.nextId('acme_sub_'),
    originalTransactionId: chain,
    purchasedAt: periodStart,
    originallyPurchasedAt: periodStart - PERIOD_DAYS * DAY,
    expiresAt: failedAt,
    billingIssueAt: failedAt,
    graceEndsAt,
  })
  addInvoice(context, account, {
    at: periodStart,
    amount: PRO.amount,
    status: 'paid',
    description: 'Pro plan, 30 days',
  })
  addInvoice(context, account, {
    at: failedAt,
    amount: PRO.amount,
    status: 'open',
    description: 'Pro plan, 30 days',
    dueAt,
  })
}

/**
 * Puts a demo user in a scenario: forgets their purchases and usage, then writes the
 * transactions (through the same validation as `set/transaction`) and account data that
 * make the scenario true at the current time. Keeps the profile id and the chosen dialect.
 */
export function applyScenario(
  context: WriteContext,
  profile: ProfileRecord,
  account: DemoAccount,
  name: ScenarioName,
  options: ScenarioOptions = {},
): void {
  const { nowMs } = context
  profile.access_levels = []
  profile.subscriptions = []
  profile.non_subscriptions = []
  profile.total_revenue_usd = 0
  Object.assign(account, { ...emptyAccount(nowMs), dialect: account.dialect, scenario: name })
  account.credits = 50
  account.paymentMethod = CARD
  account.usage = createUsage(nowMs, 3240, 3, 12)
  switch (name) {
    case 'active':
      activePro(context, profile, account)
      break
    case 'trialing': {
      const chain = context.store.nextId('acme_sub_')
      chargeSubscription(context, profile, account, {
        plan: PRO,
        transactionId: chain,
        originalTransactionId: chain,
        purchasedAt: nowMs - 4 * DAY,
        expiresAt: nowMs + 3 * DAY,
        trial: true,
      })
      account.paymentMethod = null
      account.credits = 10
      account.usage = createUsage(nowMs, 420, 1, 2, 4)
      break
    }
    case 'grace_period': {
      const daysLeft = options.daysLeft ?? 3
      const graceEndsAt = nowMs + daysLeft * DAY
      const failedAt = Math.min(nowMs - 1, graceEndsAt - GRACE_PERIOD_DAYS * DAY)
      failedRenewal(context, profile, account, failedAt, graceEndsAt, graceEndsAt + PAYMENT_TERMS_DAYS * DAY)
      account.paymentMethod = EXPIRED_CARD
      account.usage = createUsage(nowMs, 5100, 3, 14)
      break
    }
    case 'expired': {
      const chain = context.store.nextId('acme_sub_')
      const purchasedAt = nowMs - (PERIOD_DAYS + 5) * DAY
      chargeSubscription(context, profile, account, {
        plan: PRO,
        transactionId: chain,
        originalTransactionId: chain,
        purchasedAt,
        expiresAt: nowMs - 5 * DAY,
        renew: false,
        renewChangedAt: purchasedAt + 20 * DAY,
      })
      account.credits = 20
      account.usage = createUsage(nowMs, 140, 1, 0.6, 4)
      break
    }
    case 'quota_nearly_full':
      activePro(context, profile, account)
      account.usage = createUsage(nowMs, 8500, 4, 31)
      break
    case 'quota_exhausted':
      activePro(context, profile, account)
      account.usage = createUsage(nowMs, 10_000, 5, 47)
      break
    case 'credits_exhausted':
      activePro(context, profile, account)
      account.credits = 0
      break
    case 'invoice_unpaid': {
      const failedAt = nowMs - (GRACE_PERIOD_DAYS + 17) * DAY
      const graceEndsAt = failedAt + GRACE_PERIOD_DAYS * DAY
      failedRenewal(context, profile, account, failedAt, graceEndsAt, graceEndsAt)
      account.paymentMethod = EXPIRED_CARD
      account.usage = createUsage(nowMs, 610, 3, 14, 17)
      break
    }
    case 'free':
      account.paymentMethod = null
      account.credits = 5
      account.usage = createUsage(nowMs, 140, 1, 0.4)
      break
  }
}
