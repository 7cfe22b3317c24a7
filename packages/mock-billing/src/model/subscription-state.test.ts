import { describe, expect, it } from 'vitest'
import { createBillingApi, DEFAULT_API_KEY } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')
const DAY = 86_400_000
const at = (offsetDays: number) => new Date(NOW + offsetDays * DAY).toISOString()

/** An API whose profile `ada` exists only through the provider API (no card on file, so no auto-renewal). */
async function setup() {
  const api = createBillingApi({ now: () => NOW, seed: [] })
  const headers = {
    Authorization: `Api-Key ${DEFAULT_API_KEY}`,
    'adapty-customer-user-id': 'ada',
    'Content-Type': 'application/json',
  }
  const adapty = (path: string, body: unknown) =>
    api.fetch(`/api/v2/server-side-api/${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
  expect((await adapty('profile/', {})).status).toBe(200)
  const account = async () =>
    (await (await api.fetch('/api/account', { headers: { 'x-demo-user': 'ada' } })).json()) as {
      state: string
      entitled: boolean
      graceEndsAt?: string
      trialEndsAt?: string
      renewsAt?: string
      expiresAt?: string
      billingIssue: boolean
    }
  const reports = () => api.fetch('/api/reports?dialect=flat', { headers: { 'x-demo-user': 'ada' } })
  const subscription = (overrides: Record<string, unknown>) =>
    adapty('purchase/set/transaction/', {
      purchase_type: 'subscription',
      store: 'app_store',
      store_product_id: 'acme_pro_monthly',
      store_transaction_id: 'tx-1',
      store_original_transaction_id: 'tx-1',
      price: { country: 'US', currency: 'USD', value: 29 },
      purchased_at: at(-20),
      originally_purchased_at: at(-20),
      expires_at: at(10),
      renew_status: true,
      ...overrides,
    })
  return { api, adapty, account, reports, subscription }
}

const reasonOf = async (response: Response) => ((await response.json()) as { reason: string }).reason

describe('given a profile that never bought anything', () => {
  it('should be never_subscribed and get upgrade_required on premium requests', async () => {
    const { account, reports } = await setup()

    expect(await account()).toMatchObject({ state: 'never_subscribed', entitled: false })
    const response = await reports()
    expect(response.status).toBe(402)
    expect(await reasonOf(response)).toBe('upgrade_required')
  })
})

describe('given a renewing subscription', () => {
  it('should be active until expires_at, then expired with subscription_expired', async () => {
    const { api, account, reports, subscription } = await setup()
    await subscription({})

    expect(await account()).toMatchObject({ state: 'active', entitled: true, renewsAt: at(10) })
    expect((await reports()).status).toBe(200)

    api.clock.advance({ days: 10 })

    expect(await account()).toMatchObject({ state: 'expired', entitled: false })
    const response = await reports()
    expect(response.status).toBe(402)
    expect(await reasonOf(response)).toBe('subscription_expired')
  })
})

describe('given a subscription whose renewal was turned off', () => {
  it('should be non_renewing while paid, then expired', async () => {
    const { api, account, subscription } = await setup()
    await subscription({ renew_status: false, renew_status_changed_at: at(-5) })

    expect(await account()).toMatchObject({ state: 'non_renewing', entitled: true, expiresAt: at(10) })

    api.clock.advance({ days: 11 })

    expect(await account()).toMatchObject({ state: 'expired', entitled: false })
  })
})

describe('given a free trial', () => {
  it('should be trialing, then expired with trial_ended once the trial is over', async () => {
    const { api, account, reports, subscription } = await setup()
    await subscription({
      price: { country: 'US', currency: 'USD', value: 0 },
      offer: { category: 'introductory', type: 'free_trial' },
      purchased_at: at(-4),
      originally_purchased_at: at(-4),
      expires_at: at(3),
    })

    expect(await account()).toMatchObject({ state: 'trialing', entitled: true, trialEndsAt: at(3) })

    api.clock.advance({ days: 3 })

    expect(await account()).toMatchObject({ state: 'expired', entitled: false })
    expect(await reasonOf(await reports())).toBe('trial_ended')
  })
})

describe('given a renewal that failed with a grace period', () => {
  it('should stay entitled in the grace period, then refuse with payment_failed, then lapse to expired', async () => {
    const { api, account, reports, subscription } = await setup()
    await subscription({
      purchased_at: at(-32),
      originally_purchased_at: at(-32),
      expires_at: at(-2),
      billing_issue_detected_at: at(-2),
      grace_period_expires_at: at(5),
    })

    expect(await account()).toMatchObject({
      state: 'grace_period',
      entitled: true,
      graceEndsAt: at(5),
      billingIssue: true,
    })
    expect((await reports()).status).toBe(200)

    api.clock.advance({ days: 5 })

    expect(await account()).toMatchObject({ state: 'billing_retry', entitled: false, billingIssue: true })
    const refused = await reports()
    expect(refused.status).toBe(402)
    expect(await reasonOf(refused)).toBe('payment_failed')

    api.clock.advance({ days: 60 })

    expect(await account()).toMatchObject({ state: 'expired', entitled: false })
  })

  it('should report is_in_grace_period in the Adapty profile until the grace period ends', async () => {
    const { api, subscription } = await setup()
    await subscription({
      purchased_at: at(-32),
      originally_purchased_at: at(-32),
      expires_at: at(-2),
      billing_issue_detected_at: at(-2),
      grace_period_expires_at: at(1),
    })
    const inGrace = async () => {
      const response = await api.fetch('/api/v2/server-side-api/profile/', {
        headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}`, 'adapty-customer-user-id': 'ada' },
      })
      const { data } = (await response.json()) as {
        data: { access_levels: { is_in_grace_period: boolean }[] }
      }
      return data.access_levels[0]?.is_in_grace_period
    }

    expect(await inGrace()).toBe(true)
    api.clock.advance({ days: 1 })
    expect(await inGrace()).toBe(false)
  })
})

describe('given a refunded subscription', () => {
  it('should be refunded and not entitled', async () => {
    const { account, reports, subscription } = await setup()
    await subscription({ refunded_at: at(-1), cancellation_reason: 'refund' })

    expect(await account()).toMatchObject({ state: 'refunded', entitled: false })
    expect((await reports()).status).toBe(402)
  })

  it('should stay entitled until a refund dated in the future', async () => {
    const { api, account, subscription } = await setup()
    await subscription({ refunded_at: at(2), cancellation_reason: 'refund' })

    expect(await account()).toMatchObject({ entitled: true })
    api.clock.advance({ days: 2 })
    expect(await account()).toMatchObject({ state: 'refunded', entitled: false })
  })
})

describe('given a revocation scheduled in three days', () => {
  it('should keep access until then and be revoked afterwards', async () => {
    const { api, adapty, account, subscription } = await setup()
    await subscription({})
    const revoke = await adapty('purchase/profile/revoke/access-level/', {
      access_level_id: 'premium',
      revoke_at: at(3),
    })
    expect(revoke.status).toBe(200)

    expect(await account()).toMatchObject({ entitled: true, expiresAt: at(3) })

    api.clock.advance({ days: 3 })

    expect(await account()).toMatchObject({ state: 'revoked', entitled: false })
  })
})

describe('given a one-time lifetime purchase', () => {
  it('should be lifetime, whatever the clock says', async () => {
    const { api, adapty, account } = await setup()
    await adapty('purchase/set/transaction/', {
      purchase_type: 'one_time_purchase',
      store: 'app_store',
      store_product_id: 'premium_lifetime',
      store_transaction_id: 'life-1',
      store_original_transaction_id: 'life-1',
      price: { country: 'US', currency: 'USD', value: 199 },
      purchased_at: at(-1),
    })

    expect(await account()).toMatchObject({ state: 'lifetime', entitled: true })
    api.clock.advance({ days: 3650 })
    expect(await account()).toMatchObject({ state: 'lifetime', entitled: true })
  })
})

describe('given an access level granted to start in the future', () => {
  it('should give access only once it starts', async () => {
    const { api, adapty, account } = await setup()
    await adapty('purchase/profile/grant/access-level/', {
      access_level_id: 'premium',
      starts_at: at(2),
      expires_at: at(30),
    })

    expect(await account()).toMatchObject({ entitled: false })
    api.clock.advance({ days: 2 })
    expect(await account()).toMatchObject({ state: 'non_renewing', entitled: true })
  })
})
