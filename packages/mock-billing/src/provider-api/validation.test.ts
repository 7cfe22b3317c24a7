import { describe, expect, it } from 'vitest'
import { seedValidationErrors } from '../../../../fixtures/seed-fixtures'
import { type BillingApiOptions, createBillingApi } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')

/** The documented response of an error code, verbatim from seed-400. */
function documented(code: string): unknown {
  const entry = seedValidationErrors.find((error) => error.error_code === code)
  if (!entry) throw new Error(`seed-400 has no ${code}`)
  return entry.response
}

/** A fresh API with one profile, `ada`, and a way to call the provider API as her. */
async function setup(options: BillingApiOptions = {}, profileHeaders: Record<string, string> = {}) {
  const api = createBillingApi({ now: () => NOW, seed: [], ...options })
  const call = (path: string, body?: unknown, method = 'POST', headers: Record<string, string> = {}) =>
    api.fetch(`/api/v2/server-side-api/${path}`, {
      method,
      headers: {
        Authorization: `Api-Key ${api.apiKey}`,
        'Content-Type': 'application/json',
        ...(Object.keys(profileHeaders).length ? profileHeaders : { 'adapty-customer-user-id': 'ada' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
  const created = await call('profile/', {})
  expect(created.status).toBe(200)
  const profile = async () => (await (await call('profile/', undefined, 'GET')).json()) as { data: unknown }
  return { api, call, profile }
}

/** Adapty's documented subscription example (ss-set-transaction), with overrides. */
const subscription = (overrides: Record<string, unknown> = {}) => ({
  purchase_type: 'subscription',
  store: 'app_store',
  environment: 'Production',
  store_product_id: '1year.premium',
  store_transaction_id: '30002109551456',
  store_original_transaction_id: '30002109551456',
  is_family_shared: false,
  price: { country: 'US', currency: 'USD', value: 9.99 },
  purchased_at: '2022-10-12T09:42:50.000000+0000',
  variation_id: '81109d24-ea95-4806-9ec7-b482bbd1a33d',
  originally_purchased_at: '2022-10-12T09:42:50.000000+0000',
  renew_status: true,
  expires_at: '2026-10-12T09:42:50.000000+0000',
  ...overrides,
})

/** Adapty's documented one-time purchase example (OpenAPI), with overrides. */
const oneTime = (overrides: Record<string, unknown> = {}) => ({
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
  ...overrides,
})

const PURCHASED = '2022-10-12T09:42:50.000000+0000'
const ONE_MICROSECOND_LATER = '2022-10-12T09:42:50.000001+0000'
const ONE_MICROSECOND_EARLIER = '2022-10-12T09:42:49.999999+0000'
const EXPIRES = '2026-10-12T09:42:50.000000+0000'

describe('given a set/transaction body that breaks one documented rule', () => {
  const rejected: [string, Record<string, unknown>][] = [
    [
      'billing_issue_detected_at_date_comparison_error',
      subscription({ billing_issue_detected_at: PURCHASED }),
    ],
    ['expires_date_error', subscription({ expires_at: PURCHASED })],
    ['family_share_price_error', subscription({ is_family_shared: true })],
    [
      'free_trial_price_error',
      subscription({
        offer: { category: 'introductory', type: 'free_trial' },
        price: { country: 'US', currency: 'USD', value: 0.01 },
      }),
    ],
    [
      'grace_period_expires_date_error',
      subscription({
        billing_issue_detected_at: '2026-10-12T09:42:50Z',
        grace_period_expires_at: '2026-10-12T09:42:49.999999Z',
      }),
    ],
    ['grace_period_billing_error', subscription({ grace_period_expires_at: '2026-10-19T09:42:50Z' })],
    ['missing_offer_id', subscription({ offer: { category: 'promotional', type: 'pay_as_you_go' } })],
    [
      'one_time_purchase_trial_error',
      oneTime({
        offer: { category: 'introductory', type: 'free_trial' },
        price: { country: 'US', currency: 'USD', value: 0 },
      }),
    ],
    ['originally_purchased_date_error', subscription({ originally_purchased_at: ONE_MICROSECOND_LATER })],
    ['refund_date_error', subscription({ refunded_at: PURCHASED, cancellation_reason: 'refund' })],
    ['refund_fields_error', subscription({ refunded_at: '2023-01-01T00:00:00Z' })],
    [
      'renew_status_changed_date_error',
      subscription({ renew_status: false, renew_status_changed_at: PURCHASED }),
    ],
    ['store_transaction_id_error', oneTime({ store_original_transaction_id: '1000000000000001' })],
  ]

  it.each(rejected)(
    'should answer %s with its documented 400 and leave the profile unchanged',
    async (code, body) => {
      const { api, call, profile } = await setup()
      const before = { store: api.store.snapshot(), profile: await profile() }

      const response = await call('purchase/set/transaction/', body)

      expect(response.status).toBe(400)
      expect(await response.json()).toEqual(documented(code))
      expect(api.store.snapshot()).toEqual(before.store)
      expect(await profile()).toEqual(before.profile)
    },
  )
})

describe('given a set/transaction body on the accepted side of each boundary', () => {
  const accepted: [string, Record<string, unknown>][] = [
    [
      'billing issue one microsecond after purchase',
      subscription({ billing_issue_detected_at: ONE_MICROSECOND_LATER }),
    ],
    ['expiry one microsecond after purchase', subscription({ expires_at: ONE_MICROSECOND_LATER })],
    [
      'family sharing at price 0',
      subscription({ is_family_shared: true, price: { country: 'US', currency: 'USD', value: 0 } }),
    ],
    [
      'a free trial at price 0 with an offer id',
      subscription({
        offer: { category: 'introductory', type: 'free_trial', id: 'trial_7d' },
        price: { country: 'US', currency: 'USD', value: 0 },
      }),
    ],
    [
      'a free trial at price 0 without offer id',
      subscription({
        offer: { category: 'introductory', type: 'free_trial' },
        price: { country: 'US', currency: 'USD', value: 0 },
      }),
    ],
    [
      'a grace period ending exactly at expiry',
      subscription({ billing_issue_detected_at: EXPIRES, grace_period_expires_at: EXPIRES }),
    ],
    [
      'an introductory offer without id',
      subscription({ offer: { category: 'introductory', type: 'pay_up_front' } }),
    ],
    [
      'a promotional offer with an id',
      subscription({ offer: { category: 'promotional', type: 'pay_as_you_go', id: 'spring' } }),
    ],
    ['original purchase equal to purchase', subscription({ originally_purchased_at: PURCHASED })],
    ['original purchase before purchase', subscription({ originally_purchased_at: ONE_MICROSECOND_EARLIER })],
    [
      'a refund one microsecond after purchase',
      subscription({ refunded_at: ONE_MICROSECOND_LATER, cancellation_reason: 'refund' }),
    ],
    [
      'a renewal change one microsecond after purchase',
      subscription({ renew_status: false, renew_status_changed_at: ONE_MICROSECOND_LATER }),
    ],
    ['a one-time purchase with equal transaction ids', oneTime()],
  ]

  it.each(accepted)('should accept %s', async (_, body) => {
    const { call } = await setup()

    const response = await call('purchase/set/transaction/', body)

    expect(response.status).toBe(200)
    const { data } = (await response.json()) as { data: { access_levels: { access_level_id: string }[] } }
    expect(data.access_levels.map((level) => level.access_level_id)).toEqual(['premium'])
  })
})

describe('given a free-trial offer whose id is an explicit null', () => {
  it('should answer free_trial_price_error even at price 0', async () => {
    const { call } = await setup()

    const response = await call(
      'purchase/set/transaction/',
      subscription({
        offer: { category: 'introductory', type: 'free_trial', id: null },
        price: { country: 'US', currency: 'USD', value: 0 },
      }),
    )

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(documented('free_trial_price_error'))
  })
})

describe('given a non-introductory offer whose id is an explicit null', () => {
  it('should answer missing_offer_id', async () => {
    const { call } = await setup()

    const response = await call(
      'purchase/set/transaction/',
      subscription({ offer: { category: 'win_back', type: 'pay_up_front', id: null } }),
    )

    expect(await response.json()).toEqual(documented('missing_offer_id'))
  })
})

describe('given refunded_at without cancellation_reason refund, and the reverse', () => {
  it('should answer refund_fields_error both ways', async () => {
    const { call } = await setup()

    const withoutReason = await call(
      'purchase/set/transaction/',
      subscription({ refunded_at: '2023-01-01T00:00:00Z' }),
    )
    const withoutDate = await call(
      'purchase/set/transaction/',
      subscription({ cancellation_reason: 'refund' }),
    )

    expect(await withoutReason.json()).toEqual(documented('refund_fields_error'))
    expect(await withoutDate.json()).toEqual(documented('refund_fields_error'))
  })
})

describe('given a write for a profile that does not exist', () => {
  it.each([
    ['purchase/set/transaction/', subscription()],
    ['purchase/profile/grant/access-level/', { access_level_id: 'premium' }],
    ['purchase/profile/revoke/access-level/', { access_level_id: 'premium' }],
  ])('should answer %s with profile_does_not_exist and create nothing', async (path, body) => {
    const { api, call } = await setup()
    const before = api.store.snapshot()

    const response = await call(path, body, 'POST', { 'adapty-customer-user-id': 'nobody' })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(documented('profile_does_not_exist'))
    expect(api.store.snapshot()).toEqual(before)
  })
})

describe('given an access level that is not configured in the app', () => {
  it('should answer paid_access_level_does_not_exist on grant and change nothing', async () => {
    const { api, call, profile } = await setup({ accessLevels: ['gold'] })
    const before = await profile()

    const response = await call('purchase/profile/grant/access-level/', { access_level_id: 'premium' })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(documented('paid_access_level_does_not_exist'))
    expect(await profile()).toEqual(before)
    expect(api.store.profiles.size).toBe(1)
  })
})

describe('given a revoke of a level the profile does not have', () => {
  it('should answer profile_paid_access_level_does_not_exist naming the profile', async () => {
    const profileId = '478b2e7f-d557-4b8b-9c5f-cbd46fc2dee2'
    const { call, profile } = await setup({}, { 'adapty-profile-id': profileId })
    const before = await profile()

    const response = await call('purchase/profile/revoke/access-level/', { access_level_id: 'premium' })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(documented('profile_paid_access_level_does_not_exist'))
    expect(await profile()).toEqual(before)
  })
})

describe('given a premium level that expires on 2028-08-29 09:33:42', () => {
  async function granted() {
    const context = await setup()
    const grant = await context.call('purchase/profile/grant/access-level/', {
      access_level_id: 'premium',
      expires_at: '2028-08-29T09:33:42+00:00',
    })
    expect(grant.status).toBe(200)
    return context
  }

  it('should refuse a revocation a year after expiry with the documented message, changing nothing', async () => {
    const { api, call, profile } = await granted()
    const before = { store: api.store.snapshot(), profile: await profile() }

    const response = await call('purchase/profile/revoke/access-level/', {
      access_level_id: 'premium',
      revoke_at: '2029-08-29T09:33:42+00:00',
    })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(documented('revocation_date_more_than_expiration_date'))
    expect(api.store.snapshot()).toEqual(before.store)
    expect(await profile()).toEqual(before.profile)
  })

  it('should accept a revocation exactly at expiry', async () => {
    const { call } = await granted()

    const response = await call('purchase/profile/revoke/access-level/', {
      access_level_id: 'premium',
      revoke_at: '2028-08-29T09:33:42Z',
    })

    expect(response.status).toBe(200)
  })

  it('should refuse revoke_at equal to the current time with value_error, changing nothing', async () => {
    const { api, call } = await granted()
    const before = api.store.snapshot()

    const response = await call('purchase/profile/revoke/access-level/', {
      access_level_id: 'premium',
      revoke_at: new Date(NOW).toISOString(),
    })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(documented('value_error'))
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should accept revoke_at one second in the future', async () => {
    const { call } = await granted()

    const response = await call('purchase/profile/revoke/access-level/', {
      access_level_id: 'premium',
      revoke_at: new Date(NOW + 1000).toISOString(),
    })

    expect(response.status).toBe(200)
  })
})

describe('given bodies that are not what the API expects', () => {
  it('should answer malformed JSON with parse_error and source null', async () => {
    const { api, call } = await setup()
    const before = api.store.snapshot()

    const response = await call('purchase/set/transaction/', '{"purchase_type": "subscription",')
    const body = (await response.json()) as {
      errors: { source: null; errors: string[] }[]
      error_code: string
    }

    expect(response.status).toBe(400)
    expect(body.error_code).toBe('parse_error')
    expect(body.errors[0]?.source).toBeNull()
    expect(body.errors[0]?.errors[0]).toMatch(/^JSON parse error - /)
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should answer a JSON array with parse_error, changing nothing', async () => {
    const { api, call } = await setup()
    const before = api.store.snapshot()

    const response = await call('purchase/set/transaction/', [subscription()])

    expect(response.status).toBe(400)
    expect(((await response.json()) as { error_code: string }).error_code).toBe('parse_error')
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should name every missing required field, changing nothing', async () => {
    const { api, call } = await setup()
    const before = api.store.snapshot()
    const { store_product_id: _, purchased_at: __, ...body } = subscription()

    const response = await call('purchase/set/transaction/', body)

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [
        { source: 'store_product_id', errors: ['field required'] },
        { source: 'purchased_at', errors: ['field required'] },
      ],
      error_code: 'parse_error',
      status_code: 400,
    })
    expect(api.store.snapshot()).toEqual(before)
  })

  it.each([
    ['store', 5, 'str', 'str type expected'],
    ['renew_status', 'yes', 'bool', 'value could not be parsed to a boolean'],
    ['price', 9.99, 'dict', 'value is not a valid dict'],
    ['is_family_shared', 0, 'bool', 'value could not be parsed to a boolean'],
    ['store_original_transaction_id', null, 'none_not_allowed', 'none is not an allowed value'],
  ])('should refuse %s = %j with error_code %s', async (field, value, code, message) => {
    const { api, call } = await setup()
    const before = api.store.snapshot()

    const response = await call('purchase/set/transaction/', subscription({ [field]: value }))

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [{ source: field, errors: [message] }],
      error_code: code,
      status_code: 400,
    })
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should refuse a price value that is not a number, naming price.value, changing nothing', async () => {
    const { api, call } = await setup()
    const before = api.store.snapshot()

    const response = await call(
      'purchase/set/transaction/',
      subscription({ price: { country: 'US', currency: 'USD', value: '9.99' } }),
    )

    expect(await response.json()).toEqual({
      errors: [{ source: 'price.value', errors: ['value is not a valid float'] }],
      error_code: 'float',
      status_code: 400,
    })
    expect(api.store.snapshot()).toEqual(before)
  })

  it.each(['2022-02-30T10:00:00Z', 'yesterday', '2022-10-12', '2022-10-12T25:00:00Z', 1665567770])(
    'should refuse the unparseable date %j with error_code datetime, changing nothing',
    async (value) => {
      const { api, call } = await setup()
      const before = api.store.snapshot()

      const response = await call('purchase/set/transaction/', subscription({ purchased_at: value }))

      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        errors: [{ source: 'purchased_at', errors: ['invalid datetime format'] }],
        error_code: 'datetime',
        status_code: 400,
      })
      expect(api.store.snapshot()).toEqual(before)
    },
  )

  it.each([
    ['purchase_type', 'rental', "'subscription', 'one_time_purchase'"],
    ['environment', 'Staging', "'Production', 'Sandbox'"],
  ])(
    'should refuse the unknown %s %j with error_code enum, changing nothing',
    async (field, value, permitted) => {
      const { api, call } = await setup()
      const before = api.store.snapshot()

      const response = await call('purchase/set/transaction/', subscription({ [field]: value }))

      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        errors: [
          { source: field, errors: [`value is not a valid enumeration member; permitted: ${permitted}`] },
        ],
        error_code: 'enum',
        status_code: 400,
      })
      expect(api.store.snapshot()).toEqual(before)
    },
  )

  it('should refuse an unknown offer category and cancellation reason, naming both, changing nothing', async () => {
    const { api, call } = await setup()
    const before = api.store.snapshot()

    const response = await call(
      'purchase/set/transaction/',
      subscription({ offer: { category: 'seasonal', type: 'free_trial' }, cancellation_reason: 'bored' }),
    )
    const body = (await response.json()) as { errors: { source: string }[]; error_code: string }

    expect(response.status).toBe(400)
    expect(body.error_code).toBe('enum')
    expect(body.errors.map((error) => error.source)).toEqual(['offer.category', 'cancellation_reason'])
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should refuse a store_transaction_id over 50 characters, changing nothing', async () => {
    const { api, call } = await setup()
    const before = api.store.snapshot()
    const id = '9'.repeat(51)

    const response = await call(
      'purchase/set/transaction/',
      subscription({ store_transaction_id: id, store_original_transaction_id: id }),
    )

    expect(response.status).toBe(400)
    expect(((await response.json()) as { error_code: string }).error_code).toBe('max_length')
    expect(api.store.snapshot()).toEqual(before)
  })

  it('should refuse a grant with a date that cannot be parsed, changing nothing', async () => {
    const { api, call } = await setup()
    const before = api.store.snapshot()

    const response = await call('purchase/profile/grant/access-level/', {
      access_level_id: 'premium',
      expires_at: 'next year',
    })

    expect(await response.json()).toEqual({
      errors: [{ source: 'expires_at', errors: ['invalid datetime format'] }],
      error_code: 'datetime',
      status_code: 400,
    })
    expect(api.store.snapshot()).toEqual(before)
  })
})

describe('given a create-profile request without a body, or with the body null', () => {
  /** Creates `ada` on a fresh API and returns the status and body, without the random profile id. */
  async function create(body?: string) {
    const api = createBillingApi({ now: () => NOW, seed: [] })
    const response = await api.fetch('/api/v2/server-side-api/profile/', {
      method: 'POST',
      headers: {
        Authorization: `Api-Key ${api.apiKey}`,
        'Content-Type': 'application/json',
        'adapty-customer-user-id': 'ada',
      },
      ...(body === undefined ? {} : { body }),
    })
    const json = (await response.json()) as { data: Record<string, unknown> }
    const { profile_id: _id, ...data } = json.data ?? json
    return { status: response.status, data, profiles: api.store.profiles.size }
  }

  it('should create the profile exactly as an empty object does', async () => {
    const empty = await create('{}')
    expect(empty.status).toBe(200)
    expect(empty.data.customer_user_id).toBe('ada')
    expect(empty.profiles).toBe(1)

    expect(await create()).toEqual(empty)
    expect(await create('null')).toEqual(empty)
  })
})
