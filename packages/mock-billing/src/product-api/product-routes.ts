import { CREDIT_PRICE, PLANS, planById } from '../model/catalog.ts'
import type { RequestContext } from '../model/context.ts'
import { formatIso, toEpochMs } from '../shared/iso-date.ts'
import { jsonResponse } from '../shared/json.ts'
import type { RouteHandler, RouteTable } from '../shared/router.ts'
import { buyCredits, checkout, recoverPayment } from './acme-billing.ts'
import { ApiError } from './api-error.ts'
import {
  accountSummary,
  type DemoUser,
  effectivePlan,
  requestUser,
  statusOf,
  subscribedPlan,
} from './demo-accounts.ts'
import { objectBody } from './object-body.ts'
import { chooseDialect, paymentRequired } from './paywall.ts'
import type { ProductRequest } from './product-request.ts'
import { meters, periodEnd, recordApiCall, usageHistory } from './usage.ts'

/** The card number that is always declined (Stripe's test card for a generic decline). */
export const DECLINED_CARD = '4000000000000002'

const EXPORT_FORMATS = ['csv', 'pdf', 'xlsx'] as const

/** A 402 when the user is not entitled to the premium features, else `undefined`. */
function premiumGate(context: RequestContext, user: DemoUser, feature: string): Response | undefined {
  const status = statusOf(context, user)
  if (status.entitled) return undefined
  const date = (value: string | undefined) => (value ? new Date(toEpochMs(value)).toUTCString() : 'recently')
  const overdue = user.account.invoices.find((invoice) => invoice.status === 'open')
  const details: Record<string, string> = {
    never_subscribed: 'You are on the Free plan.',
    expired: `Your subscription ended on ${date(status.expiresAt)}.`,
    billing_retry: `The renewal on ${date(status.expiresAt)} was declined.`,
    invoice_unpaid: overdue
      ? `Invoice ${overdue.id} of $${overdue.amount.toFixed(2)} was due on ${date(overdue.dueAt)}.`
      : 'An invoice is overdue.',
    refunded: 'Your last payment was refunded.',
    revoked: 'Your access was revoked.',
  }
  return paymentRequired(context, user.account, status.reason ?? 'upgrade_required', feature, {
    currentPlan: effectivePlan(status).id,
    details: details[status.state] ?? 'Premium access is not active.',
    ...(status.graceEndsAt ? { graceEndsAt: formatIso(status.graceEndsAt) } : {}),
  })
}

function reports(user: DemoUser) {
  const seed = [...(user.profile.customer_user_id ?? '')].reduce((sum, char) => sum + char.charCodeAt(0), 0)
  return [
    {
      id: 'revenue',
      title: 'Revenue by channel',
      rows: [
        { label: 'Organic', value: 12_400 + (seed % 500) },
        { label: 'Paid search', value: 8_150 + (seed % 300) },
        { label: 'Referral', value: 3_920 + (seed % 200) },
      ],
    },
    {
      id: 'retention',
      title: 'Cohort retention',
      rows: [
        { label: 'Week 1', value: 0.62 },
        { label: 'Week 4', value: 0.41 },
        { label: 'Week 12', value: 0.28 },
      ],
    },
    {
      id: 'funnel',
      title: 'Signup funnel',
      rows: [
        { label: 'Visited', value: 48_000 },
        { label: 'Signed up', value: 3_100 },
        { label: 'Activated', value: 1_450 },
      ],
    },
  ]
}

function readCardNumber(body: Record<string, unknown>): string | undefined {
  if (body.number === undefined) return undefined
  if (typeof body.number !== 'string') throw ApiError.invalid('number must be a string of digits.')
  const digits = body.number.replace(/[\s-]/g, '')
  if (!/^\d{12,19}$/.test(digits)) throw ApiError.invalid('number must have 12 to 19 digits.')
  let sum = 0
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  if (sum % 10 !== 0) throw ApiError.invalid('number is not a valid card number.')
  return digits
}

function brandOf(digits: string): string {
  if (digits.startsWith('4')) return 'visa'
  if (/^5[1-5]/.test(digits) || /^2[2-7]/.test(digits)) return 'mastercard'
  if (/^3[47]/.test(digits)) return 'amex'
  return 'card'
}

type UserHandler = (
  context: RequestContext,
  user: DemoUser,
  params: Readonly<Record<string, string>>,
) => Promise<Response> | Response

/** A product route answers for the request's demo user, in the request's 402 dialect. */
function forUser(handle: UserHandler): RouteHandler<ProductRequest> {
  return ({ context }, params) => {
    const user = requestUser(context)
    // An unknown dialect is a 400 whether or not this request would have been refused.
    chooseDialect(context, user.account)
    return handle(context, user, params)
  }
}

/** The product API of Acme Analytics: account, usage, premium features, checkout, billing. */
export const productRoutes: RouteTable<ProductRequest> = {
  '/api/account': {
    GET: forUser((context, user) => jsonResponse(accountSummary(context, user))),
  },
  '/api/usage': {
    GET: forUser((context, user) => {
      const status = statusOf(context, user)
      const plan = effectivePlan(status)
      const { usage } = user.account
      return jsonResponse({
        plan: { id: plan.id, name: plan.name },
        periodStart: new Date(usage.periodStart).toISOString(),
        periodEnd: new Date(periodEnd(usage)).toISOString(),
        meters: meters(usage, plan),
        history: usageHistory(usage, context.nowMs),
      })
    }),
  },
  '/api/reports': {
    GET: forUser(
      (context, user) => premiumGate(context, user, 'reports') ?? jsonResponse({ reports: reports(user) }),
    ),
  },
  '/api/reports/basic': {
    GET: forUser((_context, user) =>
      jsonResponse({
        reports: [
          {
            id: 'overview',
            title: 'Overview',
            rows: [
              { label: 'Visitors today', value: 1_284 },
              { label: 'Signups today', value: 37 },
              { label: 'API calls this period', value: user.account.usage.apiCalls },
            ],
          },
        ],
      }),
    ),
  },
  '/api/exports': {
    POST: forUser(async (context, user) => {
      const body = await objectBody(context)
      const format = body.format ?? 'csv'
      if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
        throw ApiError.invalid(`format must be one of: ${EXPORT_FORMATS.join(', ')}.`)
      }
      const gate = premiumGate(context, user, 'exports')
      if (gate) return gate
      const record = { id: context.store.nextId('exp_'), format, createdAt: context.now }
      user.account.exports.push(record)
      return jsonResponse(
        {
          export: {
            id: record.id,
            format,
            url: `/api/exports/${record.id}`,
            createdAt: formatIso(record.createdAt),
          },
        },
        201,
      )
    }),
  },
  '/api/exports/:id': {
    GET: forUser((context, user, { id }) => {
      const record = user.account.exports.find((item) => item.id === id)
      if (!record) throw new ApiError(404, 'not_found', `No export ${id}.`)
      const gate = premiumGate(context, user, 'exports')
      if (gate) return gate
      const csv = [
        'report,label,value',
        ...reports(user).flatMap((report) =>
          report.rows.map((row) => `${report.id},${row.label},${row.value}`),
        ),
      ]
      return new Response(`${csv.join('\n')}\n`, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${record.id}.${record.format}"`,
        },
      })
    }),
  },
  '/api/queries': {
    POST: forUser(async (context, user) => {
      await objectBody(context)
      const plan = effectivePlan(statusOf(context, user))
      const { usage } = user.account
      const limit = plan.limits.api_calls
      if (limit !== null && usage.apiCalls >= limit) {
        return paymentRequired(context, user.account, 'quota_exceeded', 'api_calls', {
          currentPlan: plan.id,
          details: `The ${plan.name} plan includes ${limit.toLocaleString('en-US')} API calls a month.`,
          usage: {
            used: usage.apiCalls,
            limit,
            unit: 'requests',
            resetsAt: new Date(periodEnd(usage)).toISOString(),
          },
        })
      }
      recordApiCall(usage, context.nowMs)
      const meter = meters(usage, plan)[0]
      return jsonResponse({
        result: { rows: [{ day: formatIso(context.now).slice(0, 10), visitors: 1_284 }] },
        usage: meter,
      })
    }),
  },
  '/api/ai/summaries': {
    POST: forUser(async (context, user) => {
      const body = await objectBody(context)
      if (body.text !== undefined && (typeof body.text !== 'string' || body.text.length > 10_000)) {
        throw ApiError.invalid('text must be a string of at most 10,000 characters.')
      }
      if (user.account.credits <= 0) {
        return paymentRequired(context, user.account, 'insufficient_credits', 'ai_summaries', {
          details: `A summary costs 1 credit and you have ${user.account.credits}.`,
          priceUsd: CREDIT_PRICE,
        })
      }
      user.account.credits -= 1
      const text = typeof body.text === 'string' ? body.text.trim() : ''
      const firstSentence = text.split(/(?<=[.!?])\s/)[0]?.slice(0, 160) ?? ''
      const summary = firstSentence
        ? `In short: ${firstSentence}`
        : 'In short: traffic is up 12 % on last week, driven by organic search; signups follow.'
      return jsonResponse({ summary, creditsLeft: user.account.credits })
    }),
  },
  '/api/plans': {
    GET: forUser((context, user) => {
      const current = subscribedPlan(statusOf(context, user))
      return jsonResponse({
        current: current.id,
        plans: PLANS.map(({ id, name, price, amount, features, limits }) => ({
          id,
          name,
          price,
          amount,
          features,
          limits,
        })),
      })
    }),
  },
  '/api/checkout': {
    POST: forUser(async (context, user) => {
      const body = await objectBody(context)
      const plan = typeof body.planId === 'string' ? planById(body.planId) : undefined
      if (!plan || plan.id === 'free') {
        throw ApiError.invalid('planId must be "pro" or "business".')
      }
      user.account.paymentMethod ??= { brand: 'visa', last4: '4242' }
      checkout(context, user.profile, user.account, plan)
      return jsonResponse(accountSummary(context, user))
    }),
  },
  '/api/payment-method': {
    POST: forUser(async (context, user) => {
      const body = await objectBody(context)
      const number = readCardNumber(body)
      if (number === DECLINED_CARD) {
        return paymentRequired(context, user.account, 'payment_failed', 'payment_method', {
          details: 'Your card was declined.',
        })
      }
      const brand = number ? brandOf(number) : body.brand
      const last4 = number ? number.slice(-4) : body.last4
      if (
        typeof brand !== 'string' ||
        brand.trim() === '' ||
        typeof last4 !== 'string' ||
        !/^\d{4}$/.test(last4)
      ) {
        throw ApiError.invalid('Send a card number, or a brand and the last 4 digits.')
      }
      user.account.paymentMethod = { brand: brand.trim().toLowerCase(), last4 }
      recoverPayment(context, user.profile, user.account)
      return jsonResponse(accountSummary(context, user))
    }),
  },
  '/api/credits': {
    POST: forUser(async (context, user) => {
      const body = await objectBody(context)
      const amount = body.amount
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > 10_000) {
        throw ApiError.invalid('amount must be a whole number from 1 to 10,000.')
      }
      buyCredits(context, user.profile, user.account, amount)
      return jsonResponse(accountSummary(context, user))
    }),
  },
  '/api/invoices': {
    GET: forUser((_context, user) =>
      jsonResponse({
        invoices: [...user.account.invoices]
          .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
          .map((invoice) => ({ ...invoice, date: formatIso(invoice.date), dueAt: formatIso(invoice.dueAt) })),
      }),
    ),
  },
}
