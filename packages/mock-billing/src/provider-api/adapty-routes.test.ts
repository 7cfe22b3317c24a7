import { describe, expect, it } from 'vitest'
import { createBillingApi, DEFAULT_API_KEY } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')
const BASE = 'https://api.adapty.io/api/v2/server-side-api'

interface ProfileBody {
  data: {
    profile_id: string
    customer_user_id: string | null
    total_revenue_usd: number
    custom_attributes: { key: string; value: string | number }[]
    access_levels: Record<string, unknown>[]
    subscriptions: Record<string, unknown>[]
    non_subscriptions: Record<string, unknown>[]
  }
}

/** Headers exactly as Adapty's documentation writes them, with the mock's key. */
const documentedHeaders = (customerUserId: string) => ({
  Authorization: `Api-Key ${DEFAULT_API_KEY}`,
  'adapty-customer-user-id': customerUserId,
  'Content-Type': 'application/json',
})

async function createProfile(api: ReturnType<typeof createBillingApi>, customerUserId: string) {
  const response = await api.fetch(`${BASE}/profile/`, {
    method: 'POST',
    headers: documentedHeaders(customerUserId),
    body: '{}',
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as ProfileBody).data
}

describe("given Adapty's documented example requests, sent unchanged", () => {
  it('should create the profile of the create-profile example', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    const body = {
      first_name: 'Jane',
      last_name: 'Doe',
      gender: 'f',
      email: 'jane.doe@example.com',
      phone_number: '+1234567890',
      birthday: '2000-12-31',
      ip_country: 'FR',
      store_country: 'US',
      store: 'app_store',
      analytics_disabled: true,
      custom_attributes: [{ key: 'favourite_sport', value: 'yoga' }],
      installation_meta: {
        device_id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        device: 'string',
        locale: 'en',
        os: 'string',
        platform: 'iOS',
        timezone: 'Europe/Rome',
        user_agent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
        idfa: 'EA7583CD-A667-48BC-B806-42ECB2B48333',
        idfv: 'E9D48DA5-3930-4B41-8521-D953AECD2F33',
        advertising_id: '',
        android_id: '',
        android_app_set_id: '',
      },
    }

    const response = await api.fetch(`${BASE}/profile/`, {
      method: 'POST',
      headers: documentedHeaders('jane.doe@example.com'),
      body: JSON.stringify(body),
    })

    expect(response.status).toBe(200)
    const { data } = (await response.json()) as ProfileBody
    expect(data.customer_user_id).toBe('jane.doe@example.com')
    expect(data.custom_attributes).toEqual([{ key: 'favourite_sport', value: 'yoga' }])
    expect(data.access_levels).toEqual([])
    expect(data.subscriptions).toEqual([])
    expect(data.non_subscriptions).toEqual([])
    expect(data.total_revenue_usd).toBe(0)
  })

  it('should record the set-transaction subscription example and grant premium until its expiry', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')

    const response = await api.fetch(`${BASE}/purchase/set/transaction/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: `{
  "purchase_type": "subscription",
  "store": "app_store",
  "environment": "Production",
  "store_product_id": "1year.premium",
  "store_transaction_id": "30002109551456",
  "store_original_transaction_id": "30002109551456",
  "is_family_shared": false,
  "price": {
    "country": "US",
    "currency": "USD",
    "value": 9.99
  },
  "purchased_at": "2022-10-12T09:42:50.000000+0000",
  "variation_id": "81109d24-ea95-4806-9ec7-b482bbd1a33d",
  "originally_purchased_at": "2022-10-12T09:42:50.000000+0000",
  "renew_status": true,
  "expires_at": "2026-10-12T09:42:50.000000+0000"
}`,
    })

    expect(response.status).toBe(200)
    expect(response.headers.get('Request-Id')).toMatch(/^[0-9a-f]{32}$/)
    const { data } = (await response.json()) as ProfileBody
    expect(data.total_revenue_usd).toBe(9.99)
    expect(data.access_levels).toEqual([
      {
        access_level_id: 'premium',
        store: 'app_store',
        store_product_id: '1year.premium',
        store_base_plan_id: null,
        store_transaction_id: '30002109551456',
        store_original_transaction_id: '30002109551456',
        offer: null,
        starts_at: null,
        purchased_at: '2022-10-12T09:42:50+00:00',
        originally_purchased_at: '2022-10-12T09:42:50+00:00',
        expires_at: '2026-10-12T09:42:50+00:00',
        renewal_cancelled_at: null,
        billing_issue_detected_at: null,
        is_in_grace_period: false,
        cancellation_reason: null,
      },
    ])
    expect(data.subscriptions).toEqual([
      expect.objectContaining({
        store_product_id: '1year.premium',
        environment: 'Production',
        expires_at: '2026-10-12T09:42:50+00:00',
      }),
    ])
  })

  it('should record the OpenAPI one-time purchase example as lifetime premium and a non-subscription', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')

    const response = await api.fetch(`${BASE}/purchase/set/transaction/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: JSON.stringify({
        purchase_type: 'one_time_purchase',
        store: 'app_store',
        environment: 'Production',
        store_product_id: 'premium_lifetime',
        store_transaction_id: '1000000123456789',
        store_original_transaction_id: '1000000123456789',
        is_family_shared: false,
        price: { country: 'US', currency: 'USD', value: 9.99 },
        purchased_at: '2024-01-15T10:30:00Z',
        variation_id: 'variation_123',
        offer: null,
        refunded_at: null,
        cancellation_reason: null,
      }),
    })

    expect(response.status).toBe(200)
    const { data } = (await response.json()) as ProfileBody
    expect(data.access_levels).toEqual([
      expect.objectContaining({ access_level_id: 'premium', expires_at: null }),
    ])
    expect(data.non_subscriptions).toEqual([
      {
        purchase_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        store: 'app_store',
        store_product_id: 'premium_lifetime',
        store_base_plan_id: null,
        store_transaction_id: '1000000123456789',
        store_original_transaction_id: '1000000123456789',
        purchased_at: '2024-01-15T10:30:00+00:00',
        environment: 'Production',
        is_refund: false,
        is_consumable: false,
      },
    ])
  })

  it('should grant the access level of the grant example', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')

    const response = await api.fetch(`${BASE}/purchase/profile/grant/access-level/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: JSON.stringify({
        access_level_id: 'premium',
        starts_at: '2022-10-12T09:42:50.000000+0000',
        expires_at: '2024-10-12T09:42:50.000000+0000',
      }),
    })

    expect(response.status).toBe(200)
    const { data } = (await response.json()) as ProfileBody
    expect(data.access_levels).toEqual([
      expect.objectContaining({
        access_level_id: 'premium',
        starts_at: '2022-10-12T09:42:50+00:00',
        expires_at: '2024-10-12T09:42:50+00:00',
      }),
    ])
  })

  it('should revoke immediately with the immediate-revoke example (no revoke_at)', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')
    await api.fetch(`${BASE}/purchase/profile/grant/access-level/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: JSON.stringify({ access_level_id: 'premium' }),
    })

    const response = await api.fetch(`${BASE}/purchase/profile/revoke/access-level/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: JSON.stringify({ access_level_id: 'premium' }),
    })

    expect(response.status).toBe(200)
    const { data } = (await response.json()) as ProfileBody
    expect(data.access_levels).toEqual([
      expect.objectContaining({
        expires_at: '2026-03-10T12:00:00+00:00',
        cancellation_reason: 'adapty_revoked',
      }),
    ])
  })

  it('should revoke immediately when revoke_at is null, as when it is omitted', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')
    await api.fetch(`${BASE}/purchase/profile/grant/access-level/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: JSON.stringify({ access_level_id: 'premium' }),
    })

    const response = await api.fetch(`${BASE}/purchase/profile/revoke/access-level/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: JSON.stringify({ access_level_id: 'premium', revoke_at: null }),
    })

    expect(response.status).toBe(200)
    const { data } = (await response.json()) as ProfileBody
    expect(data.access_levels).toEqual([
      expect.objectContaining({
        expires_at: '2026-03-10T12:00:00+00:00',
        cancellation_reason: 'adapty_revoked',
      }),
    ])
  })

  it('should refuse the OpenAPI subscription example, whose $4.99 free trial breaks the documented free_trial_price_error rule', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')

    const response = await api.fetch(`${BASE}/purchase/set/transaction/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: JSON.stringify({
        purchase_type: 'subscription',
        store: 'app_store',
        environment: 'Production',
        store_product_id: 'premium_monthly',
        store_transaction_id: '1000000123456789',
        store_original_transaction_id: '1000000123456789',
        is_family_shared: false,
        price: { country: 'US', currency: 'USD', value: 4.99 },
        purchased_at: '2024-01-15T10:30:00Z',
        originally_purchased_at: '2024-01-15T10:30:00Z',
        expires_at: '2024-02-15T10:30:00Z',
        renew_status: true,
        renew_status_changed_at: null,
        billing_issue_detected_at: null,
        grace_period_expires_at: null,
        variation_id: 'variation_123',
        offer: { category: 'introductory', type: 'free_trial', id: 'trial_offer_123' },
        refunded_at: null,
        cancellation_reason: null,
      }),
    })

    expect(response.status).toBe(400)
    expect(((await response.json()) as { error_code: string }).error_code).toBe('free_trial_price_error')
  })
})

describe('given requests without a valid Authorization header', () => {
  it.each([
    ['no header', undefined, 'not_authenticated', 'Authentication credentials were not provided.'],
    [
      'another scheme',
      `Bearer ${DEFAULT_API_KEY}`,
      'not_authenticated',
      'Authentication credentials were not provided.',
    ],
    [
      'a wrong key',
      'Api-Key secret_live_wrong',
      'authentication_failed',
      'Incorrect authentication credentials.',
    ],
  ])('should answer %s with a 401 JSON error', async (_, authorization, code, message) => {
    const api = createBillingApi({ now: () => NOW })

    const response = await api.fetch(`${BASE}/profile/`, {
      headers: {
        'adapty-customer-user-id': 'demo',
        ...(authorization ? { Authorization: authorization } : {}),
      },
    })

    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({
      errors: [{ source: 'non_field_errors', errors: [message] }],
      error_code: code,
      status_code: 401,
    })
  })

  it('should accept the key the API was created with, and refuse the default one then', async () => {
    const api = createBillingApi({ now: () => NOW, apiKey: 'secret_live_custom' })

    const custom = await api.fetch(`${BASE}/profile/`, {
      headers: { Authorization: 'Api-Key secret_live_custom', 'adapty-customer-user-id': 'demo' },
    })
    const fallback = await api.fetch(`${BASE}/profile/`, {
      headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}`, 'adapty-customer-user-id': 'demo' },
    })

    expect(custom.status).toBe(200)
    expect(fallback.status).toBe(401)
  })

  it('should not write anything for an unauthenticated transaction', async () => {
    const api = createBillingApi({ now: () => NOW })
    const before = api.store.snapshot()

    const response = await api.fetch(`${BASE}/purchase/profile/grant/access-level/`, {
      method: 'POST',
      headers: { 'adapty-customer-user-id': 'demo', 'Content-Type': 'application/json' },
      body: JSON.stringify({ access_level_id: 'premium' }),
    })

    expect(response.status).toBe(401)
    expect(api.store.snapshot()).toEqual(before)
  })
})

describe('given profile lookups', () => {
  it('should find a profile by adapty-profile-id as well as by customer user id', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    const created = await createProfile(api, 'ada')

    const response = await api.fetch(`${BASE}/profile/`, {
      headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}`, 'adapty-profile-id': created.profile_id },
    })

    expect(response.status).toBe(200)
    expect(((await response.json()) as ProfileBody).data.customer_user_id).toBe('ada')
  })

  it('should answer GET for an unknown profile with 404 profile_does_not_exist', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })

    const response = await api.fetch(`${BASE}/profile/`, { headers: documentedHeaders('nobody') })

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      errors: [{ source: 'non_field_errors', errors: ['Profile not found'] }],
      error_code: 'profile_does_not_exist',
      status_code: 404,
    })
  })

  it('should answer a request naming no profile with a 400 that says which header is missing', async () => {
    const api = createBillingApi({ now: () => NOW })

    const response = await api.fetch(`${BASE}/profile/`, {
      headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}` },
    })

    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('adapty-profile-id')
  })

  it('should refuse to create a second profile with the same customer user id', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')

    const response = await api.fetch(`${BASE}/profile/`, {
      method: 'POST',
      headers: documentedHeaders('ada'),
      body: '{}',
    })

    expect(response.status).toBe(400)
    expect(((await response.json()) as { error_code: string }).error_code).toBe('profile_already_exists')
    expect(api.store.profiles.size).toBe(1)
  })

  it('should see the demo user created by the product API as an Adapty profile', async () => {
    const api = createBillingApi({ now: () => NOW })

    const response = await api.fetch(`${BASE}/profile/`, { headers: documentedHeaders('demo') })

    expect(response.status).toBe(200)
    const { data } = (await response.json()) as ProfileBody
    expect(data.access_levels).toEqual([
      expect.objectContaining({ access_level_id: 'premium', store_product_id: 'acme_pro_monthly' }),
    ])
  })
})

describe('given repeated and unusual transactions', () => {
  const subscriptionBody = (overrides: Record<string, unknown>) =>
    JSON.stringify({
      purchase_type: 'subscription',
      store: 'play_store',
      store_product_id: 'monthly',
      store_transaction_id: 'GPA.1',
      store_original_transaction_id: 'GPA.1',
      price: { country: 'DE', currency: 'USD', value: 5 },
      purchased_at: '2026-03-01T00:00:00Z',
      originally_purchased_at: '2026-03-01T00:00:00Z',
      expires_at: '2026-04-01T00:00:00Z',
      renew_status: true,
      ...overrides,
    })

  it('should update a re-sent transaction in place, without counting its revenue twice', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')
    const send = (overrides: Record<string, unknown>) =>
      api.fetch(`${BASE}/purchase/set/transaction/`, {
        method: 'POST',
        headers: documentedHeaders('ada'),
        body: subscriptionBody(overrides),
      })

    await send({})
    const response = await send({
      billing_issue_detected_at: '2026-03-09T00:00:00Z',
      grace_period_expires_at: '2026-04-08T00:00:00Z',
    })

    const { data } = (await response.json()) as ProfileBody
    expect(data.total_revenue_usd).toBe(5)
    expect(data.subscriptions).toHaveLength(1)
    expect(data.access_levels).toEqual([
      expect.objectContaining({
        billing_issue_detected_at: '2026-03-09T00:00:00+00:00',
        is_in_grace_period: true,
      }),
    ])
  })

  it('should keep the later access level when an older renewal of another chain arrives', async () => {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    await createProfile(api, 'ada')
    const send = (overrides: Record<string, unknown>) =>
      api.fetch(`${BASE}/purchase/set/transaction/`, {
        method: 'POST',
        headers: documentedHeaders('ada'),
        body: subscriptionBody(overrides),
      })

    await send({})
    const response = await send({
      store_transaction_id: 'GPA.2',
      store_original_transaction_id: 'GPA.2',
      purchased_at: '2026-02-01T00:00:00Z',
      originally_purchased_at: '2026-02-01T00:00:00Z',
      expires_at: '2026-03-20T00:00:00Z',
    })

    const { data } = (await response.json()) as ProfileBody
    expect(data.subscriptions).toHaveLength(2)
    expect(data.access_levels).toEqual([
      expect.objectContaining({ store_transaction_id: 'GPA.1', expires_at: '2026-04-01T00:00:00+00:00' }),
    ])
  })

  it('should answer unknown paths with 404 and wrong methods with 405, in the Adapty envelope', async () => {
    const api = createBillingApi({ now: () => NOW })

    const missing = await api.fetch(`${BASE}/purchase/unknown/`, { headers: documentedHeaders('demo') })
    const wrongMethod = await api.fetch(`${BASE}/purchase/set/transaction/`, {
      headers: documentedHeaders('demo'),
    })

    expect(missing.status).toBe(404)
    expect(((await missing.json()) as { status_code: number }).status_code).toBe(404)
    expect(wrongMethod.status).toBe(405)
    expect(((await wrongMethod.json()) as { error_code: string }).error_code).toBe('method_not_allowed')
  })

  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__'])(
    'should answer the method %s, a name every object inherits, with the 405 of any unknown method',
    async (method) => {
      const api = createBillingApi({ now: () => NOW })
      const send = (name: string) =>
        api.fetch(`${BASE}/profile/`, { method: name, headers: documentedHeaders('demo') })

      const response = await send(method)
      const patch = await send('PATCH')

      expect(response.status).toBe(405)
      expect(await response.json()).toEqual({
        ...((await patch.json()) as object),
        errors: [{ source: null, errors: [`Method "${method}" not allowed.`] }],
      })
    },
  )
})
