import { describe, expect, it } from 'vitest'
import { createBillingApi, DECLINED_CARD, type ScenarioName } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')

function setup(scenario: ScenarioName = 'active') {
  const api = createBillingApi({ now: () => NOW, scenario })
  const get = (path: string, headers: Record<string, string> = {}) => api.fetch(path, { headers })
  const post = (path: string, body: unknown = {}, headers: Record<string, string> = {}) =>
    api.fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const json = async <T = Record<string, unknown>>(response: Response | Promise<Response>) =>
    (await (await response).json()) as T
  return { api, get, post, json }
}

interface Account {
  user: string
  plan: { id: string; name: string }
  state: string
  entitled: boolean
  billingIssue: boolean
  credits: number
  paymentMethod?: { brand: string; last4: string }
  graceEndsAt?: string
  renewsAt?: string
  trialEndsAt?: string
  expiresAt?: string
  now: string
}

interface Paywall {
  reason: string
  feature: string
  usage?: { used: number; limit: number }
}

describe('given each scenario, GET /api/account', () => {
  it.each([
    ['active', 'pro', 'active', true, false],
    ['trialing', 'pro', 'trialing', true, false],
    ['grace_period', 'pro', 'grace_period', true, true],
    ['expired', 'pro', 'expired', false, false],
    ['quota_nearly_full', 'pro', 'active', true, false],
    ['quota_exhausted', 'pro', 'active', true, false],
    ['credits_exhausted', 'pro', 'active', true, false],
    ['invoice_unpaid', 'pro', 'invoice_unpaid', false, true],
    ['free', 'free', 'never_subscribed', false, false],
  ] as const)(
    'should describe %s as plan %s, state %s, entitled %s, billing issue %s',
    async (scenario, plan, state, entitled, billingIssue) => {
      const { get, json } = setup(scenario)

      const account = await json<Account>(get('/api/account'))

      expect(account).toMatchObject({ user: 'demo', plan: { id: plan }, state, entitled, billingIssue })
      expect(account.now).toBe('2026-03-10T12:00:00.000Z')
    },
  )

  it('should give the grace end three days out by default, and the renewal date when active', async () => {
    const grace = setup('grace_period')
    const active = setup('active')

    expect((await grace.json<Account>(grace.get('/api/account'))).graceEndsAt).toBe(
      '2026-03-13T12:00:00.000Z',
    )
    expect((await active.json<Account>(active.get('/api/account'))).renewsAt).toBe('2026-03-30T12:00:00.000Z')
  })
})

describe('given each scenario, GET /api/reports (premium)', () => {
  it.each([
    'active',
    'trialing',
    'grace_period',
    'quota_nearly_full',
    'quota_exhausted',
    'credits_exhausted',
  ] as const)('should answer %s with the reports', async (scenario) => {
    const { get, json } = setup(scenario)

    const response = await get('/api/reports')

    expect(response.status).toBe(200)
    const body = await json<{ reports: { id: string }[] }>(response)
    expect(body.reports.map((report) => report.id)).toEqual(['revenue', 'retention', 'funnel'])
  })

  it.each([
    ['expired', 'subscription_expired'],
    ['invoice_unpaid', 'invoice_unpaid'],
    ['free', 'upgrade_required'],
  ] as const)('should answer %s with a 402 %s for the reports feature', async (scenario, reason) => {
    const { get, json } = setup(scenario)

    const response = await get('/api/reports?dialect=flat')

    expect(response.status).toBe(402)
    expect(await json<Paywall>(response)).toMatchObject({ reason, feature: 'reports' })
  })

  it.each(['active', 'expired', 'invoice_unpaid', 'free'] as const)(
    'should answer GET /api/reports/basic in %s with the free data',
    async (scenario) => {
      const { get, json } = setup(scenario)

      const response = await get('/api/reports/basic')

      expect(response.status).toBe(200)
      expect((await json<{ reports: { id: string }[] }>(response)).reports[0]?.id).toBe('overview')
    },
  )
})

describe('given POST /api/exports (premium)', () => {
  it('should create an export for an entitled user, downloadable as CSV', async () => {
    const { get, post, json } = setup('active')

    const response = await post('/api/exports', { format: 'csv' })

    expect(response.status).toBe(201)
    const { export: created } = await json<{
      export: { id: string; format: string; url: string; createdAt: string }
    }>(response)
    expect(created).toMatchObject({ format: 'csv', createdAt: '2026-03-10T12:00:00.000Z' })
    const download = await get(created.url)
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(await download.text()).toMatch(/^report,label,value\nrevenue,Organic,\d+/)
  })

  it.each([
    ['expired', 'subscription_expired'],
    ['free', 'upgrade_required'],
    ['invoice_unpaid', 'invoice_unpaid'],
  ] as const)('should refuse %s with a 402 %s for the exports feature', async (scenario, reason) => {
    const { api, post, json } = setup(scenario)
    const before = api.store.snapshot()

    const response = await post('/api/exports?dialect=flat', { format: 'pdf' })

    expect(response.status).toBe(402)
    expect(await json<Paywall>(response)).toMatchObject({ reason, feature: 'exports' })
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should refuse an unknown format with a 400 that lists the formats', async () => {
    const { post, json } = setup('active')

    const response = await post('/api/exports', { format: 'docx' })

    expect(response.status).toBe(400)
    expect(await json(response)).toMatchObject({
      error: { status: 400, message: 'format must be one of: csv, pdf, xlsx.' },
    })
  })
})

describe('given POST /api/queries (metered API calls)', () => {
  it('should count a call against the quota when there is room', async () => {
    const { post, json } = setup('quota_nearly_full')

    const response = await post('/api/queries')

    expect(response.status).toBe(200)
    expect((await json<{ usage: { used: number; limit: number } }>(response)).usage).toMatchObject({
      used: 8501,
      limit: 10_000,
    })
  })

  it('should refuse with quota_exceeded and the usage once the quota is used up, counting nothing', async () => {
    const { get, post, json } = setup('quota_exhausted')

    const response = await post('/api/queries?dialect=flat')

    expect(response.status).toBe(402)
    expect(await json<Paywall>(response)).toMatchObject({
      reason: 'quota_exceeded',
      feature: 'api_calls',
      usage: { used: 10_000, limit: 10_000 },
    })
    const usage = await json<{ meters: { id: string; used: number }[] }>(get('/api/usage'))
    expect(usage.meters.find((meter) => meter.id === 'api_calls')?.used).toBe(10_000)
  })

  it('should let the quota go unlimited after upgrading to Business', async () => {
    const { post } = setup('quota_exhausted')

    await post('/api/checkout', { planId: 'business' })

    expect((await post('/api/queries')).status).toBe(200)
  })

  it('should reset the count when the usage period ends', async () => {
    const { api, get, post, json } = setup('quota_exhausted')

    api.clock.advance({ days: 30 })

    expect((await post('/api/queries')).status).toBe(200)
    const usage = await json<{ meters: { id: string; used: number }[] }>(get('/api/usage'))
    expect(usage.meters.find((meter) => meter.id === 'api_calls')?.used).toBe(1)
  })
})

describe('given GET /api/usage', () => {
  it('should show the three meters against the Pro limits, with a daily history of the period', async () => {
    const { get, json } = setup('quota_nearly_full')

    const usage = await json<{
      periodStart: string
      periodEnd: string
      meters: { id: string; used: number; limit: number | null; unit: string; resetsAt: string }[]
      history: { date: string; used: number }[]
    }>(get('/api/usage'))

    expect(usage.periodStart).toBe('2026-02-26T00:00:00.000Z')
    expect(usage.periodEnd).toBe('2026-03-28T00:00:00.000Z')
    expect(usage.meters.map(({ id, used, limit, unit }) => ({ id, used, limit, unit }))).toEqual([
      { id: 'api_calls', used: 8500, limit: 10_000, unit: 'requests' },
      { id: 'seats', used: 4, limit: 5, unit: 'seats' },
      { id: 'storage', used: 31, limit: 50, unit: 'GB' },
    ])
    expect(usage.history).toHaveLength(13)
    expect(usage.history.reduce((sum, day) => sum + day.used, 0)).toBe(8500)
  })

  it('should apply the free limits when the subscription has lapsed', async () => {
    const { get, json } = setup('expired')

    const usage = await json<{ meters: { id: string; limit: number | null }[] }>(get('/api/usage'))

    expect(usage.meters.find((meter) => meter.id === 'api_calls')?.limit).toBe(1000)
  })
})

describe('given POST /api/ai/summaries (credits)', () => {
  it('should summarize and spend one credit', async () => {
    const { post, json } = setup('active')

    const response = await post('/api/ai/summaries', { text: 'Signups doubled this week. Churn is flat.' })

    expect(response.status).toBe(200)
    expect(await json(response)).toEqual({ summary: 'In short: Signups doubled this week.', creditsLeft: 49 })
  })

  it('should refuse with insufficient_credits when no credits are left, then work after buying credits', async () => {
    const { post, json } = setup('credits_exhausted')

    const refused = await post('/api/ai/summaries?dialect=flat', {})
    expect(refused.status).toBe(402)
    expect(await json<Paywall>(refused)).toMatchObject({
      reason: 'insufficient_credits',
      feature: 'ai_summaries',
    })

    const bought = await json<Account>(post('/api/credits', { amount: 100 }))
    expect(bought.credits).toBe(100)
    expect((await post('/api/ai/summaries', {})).status).toBe(200)
  })

  it('should refuse a text that is not a string', async () => {
    const { post } = setup('active')

    expect((await post('/api/ai/summaries', { text: 42 })).status).toBe(400)
  })
})

describe('given GET /api/plans', () => {
  it('should list free, pro and business with prices and features, and the current plan', async () => {
    const { get, json } = setup('free')

    const body = await json<{ current: string; plans: { id: string; price: string; features: string[] }[] }>(
      get('/api/plans'),
    )

    expect(body.current).toBe('free')
    expect(body.plans.map((plan) => [plan.id, plan.price])).toEqual([
      ['free', '$0/month'],
      ['pro', '$29/month'],
      ['business', '$99/month'],
    ])
    expect(body.plans.every((plan) => plan.features.length > 0)).toBe(true)
  })
})

describe('given POST /api/checkout', () => {
  it.each(['free', 'expired', 'trialing', 'invoice_unpaid'] as const)(
    'should make the %s user an active, entitled subscriber',
    async (scenario) => {
      const { get, post, json } = setup(scenario)

      const account = await json<Account>(post('/api/checkout', { planId: 'pro' }))

      expect(account).toMatchObject({
        plan: { id: 'pro' },
        state: 'active',
        entitled: true,
        renewsAt: '2026-04-09T12:00:00.000Z',
      })
      expect((await get('/api/reports')).status).toBe(200)
    },
  )

  it('should write the purchase as an Adapty transaction on the profile', async () => {
    const { api, post } = setup('free')

    await post('/api/checkout', { planId: 'business' })

    const response = await api.fetch('/api/v2/server-side-api/profile/', {
      headers: { Authorization: `Api-Key ${api.apiKey}`, 'adapty-customer-user-id': 'demo' },
    })
    const { data } = (await response.json()) as {
      data: { subscriptions: { store_product_id: string }[]; total_revenue_usd: number }
    }
    expect(data.subscriptions.map((subscription) => subscription.store_product_id)).toEqual([
      'acme_business_monthly',
    ])
    expect(data.total_revenue_usd).toBe(99)
  })

  it.each([{}, { planId: 'free' }, { planId: 'gold' }, { planId: 7 }])(
    'should refuse %j with a 400',
    async (body) => {
      const { api, post } = setup('free')
      const before = api.store.snapshot()

      const response = await post('/api/checkout', body)

      expect(response.status).toBe(400)
      expect(api.store.snapshot()).toEqual(before)
    },
  )
})

describe('given POST /api/payment-method', () => {
  it.each(['grace_period', 'invoice_unpaid'] as const)(
    'should clear the billing issue of %s and make the user active again',
    async (scenario) => {
      const { get, post, json } = setup(scenario)

      const account = await json<Account>(post('/api/payment-method', { number: '4242 4242 4242 4242' }))

      expect(account).toMatchObject({
        state: 'active',
        entitled: true,
        billingIssue: false,
        paymentMethod: { brand: 'visa', last4: '4242' },
      })
      const invoices = await json<{ invoices: { status: string }[] }>(get('/api/invoices'))
      expect(invoices.invoices.some((invoice) => invoice.status === 'open')).toBe(false)
    },
  )

  it('should decline the test card 4000000000000002 with a 402 payment_failed and change nothing', async () => {
    const { api, post, json } = setup('grace_period')
    const before = api.store.snapshot()

    const response = await post('/api/payment-method?dialect=flat', { number: DECLINED_CARD })

    expect(response.status).toBe(402)
    expect(await json<Paywall>(response)).toMatchObject({
      reason: 'payment_failed',
      feature: 'payment_method',
    })
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should accept a brand and last 4 digits', async () => {
    const { post, json } = setup('free')

    const account = await json<Account>(post('/api/payment-method', { brand: 'Mastercard', last4: '4444' }))

    expect(account.paymentMethod).toEqual({ brand: 'mastercard', last4: '4444' })
  })

  it.each([
    {},
    { number: '1234' },
    { number: '4242424242424241' },
    { brand: 'visa', last4: '42' },
    '{"number":',
  ])('should refuse %j with a 400', async (body) => {
    const { post } = setup('grace_period')

    expect((await post('/api/payment-method', body)).status).toBe(400)
  })
})

describe('given POST /api/credits', () => {
  it('should add credits and an invoice for them', async () => {
    const { get, post, json } = setup('active')

    const account = await json<Account>(post('/api/credits', { amount: 25 }))

    expect(account.credits).toBe(75)
    const { invoices } = await json<{ invoices: { amount: number; description: string }[] }>(
      get('/api/invoices'),
    )
    expect(invoices[0]).toMatchObject({ amount: 2.5, description: '25 AI credits' })
  })

  it.each([{ amount: 0 }, { amount: 1.5 }, { amount: '10' }, { amount: 10_001 }])(
    'should refuse %j',
    async (body) => {
      const { post } = setup('active')

      expect((await post('/api/credits', body)).status).toBe(400)
    },
  )
})

describe('given GET /api/invoices', () => {
  it('should list paid invoices newest first for an active user', async () => {
    const { get, json } = setup('active')

    const { invoices } = await json<{
      invoices: { date: string; status: string; amount: number; currency: string }[]
    }>(get('/api/invoices'))

    expect(
      invoices.map((invoice) => [invoice.date, invoice.status, invoice.amount, invoice.currency]),
    ).toEqual([
      ['2026-02-28T12:00:00.000Z', 'paid', 29, 'USD'],
      ['2026-01-29T12:00:00.000Z', 'paid', 29, 'USD'],
    ])
  })

  it('should show the open invoice of an unpaid account, and void it when a new plan is bought', async () => {
    const { get, post, json } = setup('invoice_unpaid')
    const statuses = async () =>
      (await json<{ invoices: { status: string }[] }>(get('/api/invoices'))).invoices.map(
        (invoice) => invoice.status,
      )

    expect(await statuses()).toContain('open')

    await post('/api/checkout', { planId: 'pro' })

    expect(await statuses()).toEqual(expect.arrayContaining(['void', 'paid']))
    expect(await statuses()).not.toContain('open')
  })
})

describe('given the clock moving for a demo user with a card on file', () => {
  it('should renew an active subscription each period and invoice it', async () => {
    const { api, get, json } = setup('active')

    api.clock.advance({ days: 45 })

    expect(await json<Account>(get('/api/account'))).toMatchObject({
      state: 'active',
      renewsAt: '2026-04-29T12:00:00.000Z',
    })
    const { invoices } = await json<{ invoices: unknown[] }>(get('/api/invoices'))
    expect(invoices).toHaveLength(3)
  })

  it('should let a trial without a card end in trial_ended, and convert one with a card', async () => {
    const lapsed = setup('trialing')
    const converted = setup('trialing')
    await converted.post('/api/payment-method', { number: '4242424242424242' })

    lapsed.api.clock.advance({ days: 4 })
    converted.api.clock.advance({ days: 4 })

    const refused = await lapsed.get('/api/reports?dialect=flat')
    expect(await lapsed.json<Paywall>(refused)).toMatchObject({ reason: 'trial_ended' })
    expect(await converted.json<Account>(converted.get('/api/account'))).toMatchObject({
      state: 'active',
      entitled: true,
    })
  })

  it('should turn the grace period into a 402 payment_failed once it ends, then invoice_unpaid when the invoice is overdue', async () => {
    const { api, get, json } = setup('grace_period')

    expect((await get('/api/reports')).status).toBe(200)

    api.clock.advance({ days: 3 })
    const refused = await get('/api/reports?dialect=flat')
    expect(refused.status).toBe(402)
    expect(await json<Paywall>(refused)).toMatchObject({ reason: 'payment_failed' })

    api.clock.advance({ days: 14 })
    expect(await json<Paywall>(get('/api/reports?dialect=flat'))).toMatchObject({ reason: 'invoice_unpaid' })
  })
})

describe('given two demo users', () => {
  it('should keep their accounts apart', async () => {
    const { post, get, json } = setup('active')

    await post('/api/demo/scenario', { scenario: 'free' }, { 'x-demo-user': 'bob' })

    expect((await json<Account>(get('/api/account'))).plan.id).toBe('pro')
    expect((await json<Account>(get('/api/account', { 'x-demo-user': 'bob' }))).plan.id).toBe('free')
  })
})

describe('given product-API requests the API cannot use', () => {
  it('should answer an unknown path with a 404 JSON error', async () => {
    const { get, json } = setup()

    const response = await get('/api/nothing-here')

    expect(response.status).toBe(404)
    expect(await json(response)).toMatchObject({ error: { status: 404, code: 'not_found' } })
  })

  it('should answer a wrong method with a 405 and an Allow header', async () => {
    const { post } = setup()

    const response = await post('/api/account')

    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toBe('GET')
  })

  it('should reject, as fetch does, a URL that is neither absolute nor starts with a slash', async () => {
    const { api } = setup()

    await expect(api.fetch('api/account')).rejects.toThrow(TypeError)
  })

  it('should refuse an x-demo-user longer than 200 characters without creating anyone', async () => {
    const { api, get } = setup()

    const response = await get('/api/account', { 'x-demo-user': 'x'.repeat(201) })

    expect(response.status).toBe(400)
    expect(api.store.profiles.size).toBe(1)
  })

  it('should answer malformed JSON with a 400', async () => {
    const { post } = setup()

    expect((await post('/api/exports', '{"format":')).status).toBe(400)
  })
})
