import { PLANS, type PlanId, planById } from '../model/catalog.ts'
import type { RequestContext } from '../model/context.ts'
import type { DemoAccount } from '../model/store.ts'
import type { PaywallReasonCode } from '../model/subscription-state.ts'
import { ApiError } from './api-error.ts'
import { type Dialect, isDialect } from './dialect-names.ts'
import { type PaywallPlanOffer, type PaywallProblem, renderPaymentRequired } from './dialects.ts'
import { inLanguage } from './paywall-language.ts'

/** Where the docs of each reason live (a reserved example domain: nothing is fetched). */
export const DOCS_BASE = 'https://docs.acme-analytics.example/errors/'

const FEATURE_NAMES: Record<string, string> = {
  reports: 'Premium reports',
  exports: 'Exports',
  api_calls: 'API calls',
  ai_summaries: 'AI summaries',
  payment_method: 'Payment',
}

const COPY: Record<
  PaywallReasonCode,
  { title: string; message: (feature: string) => string; action: string }
> = {
  subscription_expired: {
    title: 'Your subscription has expired',
    message: (feature) => `Your Pro subscription has expired. Renew it to use ${feature} again.`,
    action: 'Renew subscription',
  },
  payment_failed: {
    title: 'Your payment failed',
    message: () => 'We could not charge your card. Update your payment method to restore access.',
    action: 'Update payment method',
  },
  invoice_unpaid: {
    title: 'Your account is suspended',
    message: () =>
      'Your account is suspended due to an unpaid invoice. Pay the open invoice to restore access.',
    action: 'Pay invoice',
  },
  trial_ended: {
    title: 'Your free trial has ended',
    message: (feature) => `Your free trial of Pro has ended. Choose a plan to keep using ${feature}.`,
    action: 'Choose a plan',
  },
  quota_exceeded: {
    title: 'Monthly API limit reached',
    message: () =>
      "You have reached your plan's monthly limit of API calls. Upgrade for more, or wait for the reset.",
    action: 'Upgrade plan',
  },
  insufficient_credits: {
    title: 'Out of AI credits',
    message: () => 'You have no AI-summary credits left. Buy more credits to keep summarizing.',
    action: 'Buy credits',
  },
  upgrade_required: {
    title: 'Upgrade to unlock this feature',
    message: (feature) => `${feature} are part of the Pro plan. Upgrade to unlock them.`,
    action: 'See plans',
  },
  payment_required: {
    title: 'Payment needed',
    message: () => 'This request needs a paid plan.',
    action: 'See plans',
  },
}

const PLAN_REASONS: PaywallReasonCode[] = [
  'subscription_expired',
  'trial_ended',
  'upgrade_required',
  'quota_exceeded',
]

/** Extra facts a 402 carries. */
export interface PaywallDetails {
  details?: string
  usage?: PaywallProblem['usage']
  graceEndsAt?: string
  /** What paying would cost, US dollars. @default 29 */
  priceUsd?: number
  /**
   * The plan the account is on, for the reasons that offer plans: listed with the plans above it,
   * marked `current`, and the next paid plan up `recommended`. Unknown (no account behind the
   * refusal): the paid plans, none current, Pro recommended.
   * @default unknown
   */
  currentPlan?: PlanId
}

/**
 * The plans a 402 offers, as a billing backend lists them: money the kit can format in the user's
 * locale, the display price beside it, the account's plan marked current and the cheapest paid plan
 * above it recommended (none above the top plan). A paywall offers a way up, never a downgrade: the
 * account's own plan and those above it, or every paid plan when the account is unknown.
 */
function planOffers(currentPlan: PlanId | undefined): PaywallPlanOffer[] {
  const current = currentPlan === undefined ? undefined : planById(currentPlan)
  const offered = PLANS.filter((plan) => (current ? plan.amount >= current.amount : plan.amount > 0))
  const recommended = offered.find((plan) => plan.amount > (current?.amount ?? 0))
  return offered.map((plan) => ({
    id: plan.id,
    name: plan.name,
    price: plan.price,
    amount: plan.amount,
    currency: 'USD',
    interval: 'month',
    ...(plan === current ? { current: true } : {}),
    ...(plan === recommended ? { recommended: true } : {}),
  }))
}

/** The 402 dialect of a request: `x-paywall-dialect` header, `?dialect=`, the user's choice, the default. */
export function chooseDialect(context: RequestContext, account: DemoAccount | undefined): Dialect {
  const asked = context.request.headers.get('x-paywall-dialect') ?? context.url.searchParams.get('dialect')
  if (asked !== null && asked !== '') {
    if (!isDialect(asked)) throw ApiError.unknownDialect(asked)
    return asked
  }
  return account?.dialect ?? context.defaultDialect
}

/** The facts of one refused request, before they are written in a dialect. */
export interface PaywallProblemInput {
  reason: PaywallReasonCode
  feature: string
  details?: PaywallDetails
  requestId: string
  /** When the request was refused, epoch ms. */
  nowMs: number
  /** Absolute URL of the refused request. */
  url: string
}

/** Everything a 402 says about `reason` on `feature`: copy, action, plans, docs; no dialect yet. */
export function paywallProblem({
  reason,
  feature,
  details = {},
  requestId,
  nowMs,
  url,
}: PaywallProblemInput): PaywallProblem {
  const copy = COPY[reason]
  const featureName = FEATURE_NAMES[feature] ?? feature
  const query = new URLSearchParams({ upgrade: feature, reason })
  return {
    reason,
    feature,
    title: copy.title,
    message: copy.message(featureName),
    ...(details.details ? { details: details.details } : {}),
    action: { url: `/billing?${query}`, text: copy.action },
    ...(PLAN_REASONS.includes(reason) ? { plans: planOffers(details.currentPlan) } : {}),
    ...(details.usage ? { usage: details.usage } : {}),
    ...(details.graceEndsAt ? { graceEndsAt: details.graceEndsAt } : {}),
    requestId,
    timestamp: new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    docUrl: `${DOCS_BASE}${reason}`,
    url,
    priceUsd: details.priceUsd ?? 29,
  }
}

/** A 402 for `feature` with `reason`, in the request's dialect. */
export function paymentRequired(
  context: RequestContext,
  account: DemoAccount | undefined,
  reason: PaywallReasonCode,
  feature: string,
  details: PaywallDetails = {},
): Response {
  const problem = paywallProblem({
    reason,
    feature,
    details,
    requestId: context.requestId,
    nowMs: context.nowMs,
    url: context.url.href,
  })
  return renderPaymentRequired(inLanguage(problem, context.language), chooseDialect(context, account))
}
