import { FREE_PLAN, type Plan, planForProduct } from '../model/catalog.ts'
import type { RequestContext, WriteContext } from '../model/context.ts'
import type { DemoAccount } from '../model/store.ts'
import { premiumStatus, type SubscriptionStatus } from '../model/subscription-state.ts'
import type { ProfileRecord } from '../model/types.ts'
import { formatIso } from '../shared/iso-date.ts'
import { renewDue } from './acme-billing.ts'
import { ApiError } from './api-error.ts'
import type { ScenarioName } from './scenario-names.ts'
import { applyScenario, emptyAccount, type ScenarioOptions } from './scenarios.ts'
import { rollUsagePeriod } from './usage.ts'

/** Longest `x-demo-user` accepted: user ids, not documents. */
const MAX_USER_ID_LENGTH = 200

/** The customer user id of the default demo user. */
export const DEMO_USER = 'demo'

/** A demo user: their Adapty profile and their Acme account. */
export interface DemoUser {
  profile: ProfileRecord
  account: DemoAccount
}

/** Whether the account has an open invoice past its due date. */
export function hasOverdueInvoice(account: DemoAccount | undefined, context: WriteContext): boolean {
  return (
    account?.invoices.some((invoice) => invoice.status === 'open' && invoice.dueAt <= context.now) ?? false
  )
}

/** Brings an account up to the current time: renewals the store would have made, usage periods that ended. */
export function syncAccount(context: WriteContext, profile: ProfileRecord, account: DemoAccount): void {
  renewDue(context, profile, account)
  rollUsagePeriod(account.usage, context.nowMs)
}

/** Brings the demo account of a profile up to date, if it has one (for provider API reads and writes). */
export function syncProfile(context: WriteContext, profile: ProfileRecord): void {
  const account = context.store.accounts.get(profile.profile_id)
  if (account) syncAccount(context, profile, account)
}

/**
 * The demo user named by a customer user id, created on first use in `scenario`. A profile
 * made through the provider API gets an empty account and keeps its own purchases.
 */
export function demoUser(
  context: WriteContext,
  userId: string,
  scenario: ScenarioName,
  options?: ScenarioOptions,
): DemoUser {
  const { store } = context
  let profile = store.findProfile({ customerUserId: userId })
  let account = profile ? store.accounts.get(profile.profile_id) : undefined
  if (!profile) {
    profile = store.createProfile(userId, context.now)
    account = emptyAccount(context.nowMs)
    applyScenario(context, profile, account, scenario, options)
  } else if (!account) {
    account = emptyAccount(context.nowMs)
  }
  store.accounts.set(profile.profile_id, account as DemoAccount)
  syncAccount(context, profile, account as DemoAccount)
  return { profile, account: account as DemoAccount }
}

/** The demo user of a product-API request (`x-demo-user`, default `demo`). */
export function requestUser(context: RequestContext): DemoUser {
  const header = context.request.headers.get('x-demo-user')?.trim()
  if (header && header.length > MAX_USER_ID_LENGTH) {
    throw ApiError.invalid(`x-demo-user must be at most ${MAX_USER_ID_LENGTH} characters.`)
  }
  return demoUser(context, header || DEMO_USER, context.defaultScenario)
}

/** The subscription status of a demo user now. */
export function statusOf(context: WriteContext, user: DemoUser): SubscriptionStatus {
  return premiumStatus(user.profile, context.now, hasOverdueInvoice(user.account, context))
}

/** The plan the user is (or was last) subscribed to; free when never subscribed. */
export function subscribedPlan(status: SubscriptionStatus): Plan {
  return status.level ? planForProduct(status.level.store_product_id) : FREE_PLAN
}

/** The plan whose limits apply: the subscribed plan while entitled, else free. */
export function effectivePlan(status: SubscriptionStatus): Plan {
  return status.entitled ? subscribedPlan(status) : FREE_PLAN
}

/** `GET /api/account`. */
export function accountSummary(context: RequestContext, user: DemoUser) {
  const status = statusOf(context, user)
  const plan = subscribedPlan(status)
  const optional = (key: string, value: string | undefined) => (value ? { [key]: formatIso(value) } : {})
  return {
    user: user.profile.customer_user_id,
    profileId: user.profile.profile_id,
    plan: { id: plan.id, name: plan.name },
    state: status.state,
    entitled: status.entitled,
    ...optional('renewsAt', status.renewsAt),
    ...optional('expiresAt', status.expiresAt),
    ...optional('graceEndsAt', status.graceEndsAt),
    ...optional('trialEndsAt', status.trialEndsAt),
    billingIssue: status.billingIssue,
    credits: user.account.credits,
    ...(user.account.paymentMethod ? { paymentMethod: { ...user.account.paymentMethod } } : {}),
    scenario: user.account.scenario,
    now: new Date(context.nowMs).toISOString(),
  }
}
