import { readFile } from 'node:fs/promises'
import { parsePaymentRequired } from '@paywall-kit/core'
import { describe, expect, it } from 'vitest'
import { createBillingApi, type Dialect, paywallResponse } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')

interface PlanOffer {
  id: string
  name: string
  price: string
  amount: number
  currency: string
  interval: string
  current?: boolean
  recommended?: boolean
}

/** Where each dialect that lists plans puts them. */
function plansOf(dialect: Dialect, body: Record<string, unknown>): PlanOffer[] | undefined {
  const holder = dialect === 'nested' ? (body.error as Record<string, unknown>) : body
  return holder.plans as PlanOffer[] | undefined
}

const FREE = { id: 'free', name: 'Free', price: '$0/month', amount: 0, currency: 'USD', interval: 'month' }
const PRO = { id: 'pro', name: 'Pro', price: '$29/month', amount: 29, currency: 'USD', interval: 'month' }
const BUSINESS = {
  id: 'business',
  name: 'Business',
  price: '$99/month',
  amount: 99,
  currency: 'USD',
  interval: 'month',
}

describe('given a free account refused the premium reports', () => {
  it.each(['flat', 'nested', 'problem+json'] as const)(
    'should list every plan in the %s 402, Free as current and Pro at 29 USD a month as recommended',
    async (dialect) => {
      const api = createBillingApi({ now: () => NOW, scenario: 'free' })

      const response = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': dialect } })

      expect(response.status).toBe(402)
      expect(plansOf(dialect, await response.json())).toEqual([
        { ...FREE, current: true },
        { ...PRO, recommended: true },
        BUSINESS,
      ])
    },
  )
})

describe('given the plans example in the README', () => {
  it('should be what a free account’s 402 lists', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    const example = readme.match(/here a free account's\):\n\n```json\n([\s\S]*?)\n```/)?.[1]
    const api = createBillingApi({ now: () => NOW, scenario: 'free' })

    const response = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': 'flat' } })

    expect(example).toBeDefined()
    expect(plansOf('flat', await response.json())).toEqual(JSON.parse(example ?? 'null'))
  })
})

describe('given a Pro account out of API calls', () => {
  it('should list Pro as current and Business as recommended, and no downgrade to Free', async () => {
    const api = createBillingApi({ now: () => NOW, scenario: 'quota_exhausted' })

    const response = await api.fetch('/api/queries', {
      method: 'POST',
      headers: { 'x-paywall-dialect': 'nested' },
      body: '{}',
    })

    expect(response.status).toBe(402)
    expect(plansOf('nested', await response.json())).toEqual([
      { ...PRO, current: true },
      { ...BUSINESS, recommended: true },
    ])
  })
})

describe('given an expired Pro subscription', () => {
  it('should mark Free as current, since Pro no longer applies, and recommend renewing Pro', async () => {
    const api = createBillingApi({ now: () => NOW, scenario: 'expired' })

    const response = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': 'flat' } })

    const plans = plansOf('flat', await response.json()) ?? []
    expect(plans.filter((plan) => plan.current).map((plan) => plan.id)).toEqual(['free'])
    expect(plans.filter((plan) => plan.recommended).map((plan) => plan.id)).toEqual(['pro'])
  })
})

describe('given paywallResponse, which has no account behind it', () => {
  it('should list the paid plans, none as current, and recommend Pro', async () => {
    const body = await paywallResponse({ reason: 'upgrade_required', dialect: 'flat' }).json()

    expect(plansOf('flat', body)).toEqual([{ ...PRO, recommended: true }, BUSINESS])
  })

  it('should recommend nothing when told the account is on the top plan', async () => {
    const body = await paywallResponse({
      reason: 'quota_exceeded',
      dialect: 'flat',
      currentPlan: 'business',
    }).json()

    expect(plansOf('flat', body)).toEqual([{ ...BUSINESS, current: true }])
  })

  it('should list no plans for a reason that no plan fixes', async () => {
    const body = await paywallResponse({ reason: 'insufficient_credits', dialect: 'flat' }).json()

    expect(plansOf('flat', body)).toBeUndefined()
  })
})

describe('given the kit parsing the mock’s 402', () => {
  it.each(['flat', 'nested', 'problem+json'] as const)(
    'should read each plan of a free account’s %s 402 with its mark, amount, currency and interval',
    async (dialect) => {
      const api = createBillingApi({ now: () => NOW, scenario: 'free' })
      const response = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': dialect } })

      const paywall = parsePaymentRequired({
        status: response.status,
        headers: response.headers,
        body: await response.text(),
      })

      expect(paywall?.plans).toEqual([{ ...FREE, current: true }, { ...PRO, recommended: true }, BUSINESS])
    },
  )

  it('should read a Pro account’s quota 402 with Pro current and Business recommended', async () => {
    const api = createBillingApi({ now: () => NOW, scenario: 'quota_exhausted' })
    const response = await api.fetch('/api/queries', { method: 'POST', body: '{}' })

    const paywall = parsePaymentRequired({
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    })

    expect(paywall).toMatchObject({ reason: 'quota_exceeded' })
    expect(paywall?.plans).toEqual([
      { ...PRO, current: true },
      { ...BUSINESS, recommended: true },
    ])
  })
})
