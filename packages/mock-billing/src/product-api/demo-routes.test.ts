import { describe, expect, it } from 'vitest'
import { createBillingApi, dialects, scenarios } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')

function setup() {
  const api = createBillingApi({ now: () => NOW })
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    api.fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  return { api, post }
}

interface DemoState {
  user: string
  scenario: string
  dialect: string
  now: string
  scenarios: { name: string; description: string }[]
  dialects: string[]
  account: { state: string; graceEndsAt?: string }
}

describe('given GET /api/demo', () => {
  it('should describe the demo user, every scenario and every dialect', async () => {
    const { api } = setup()

    const state = (await (await api.fetch('/api/demo')).json()) as DemoState

    expect(state).toMatchObject({
      user: 'demo',
      scenario: 'active',
      dialect: 'nested',
      now: '2026-03-10T12:00:00.000Z',
    })
    expect(state.scenarios.map((scenario) => scenario.name)).toEqual(
      scenarios.map((scenario) => scenario.name),
    )
    expect(state.scenarios.every((scenario) => scenario.description.length > 10)).toBe(true)
    expect(state.dialects).toEqual([...dialects])
  })
})

describe('given POST /api/demo/scenario', () => {
  it.each(scenarios.map((scenario) => scenario.name))('should switch the demo user to %s', async (name) => {
    const { post } = setup()

    const response = await post('/api/demo/scenario', { scenario: name })

    expect(response.status).toBe(200)
    expect(((await response.json()) as DemoState).scenario).toBe(name)
  })

  it('should put the grace period end daysLeft days out', async () => {
    const { post } = setup()

    const state = (await (
      await post('/api/demo/scenario', { scenario: 'grace_period', daysLeft: 1 })
    ).json()) as DemoState

    expect(state.account).toMatchObject({ state: 'grace_period', graceEndsAt: '2026-03-11T12:00:00.000Z' })
  })

  it.each([
    { scenario: 'bankrupt' },
    { scenario: 'grace_period', daysLeft: 0 },
    { scenario: 'grace_period', daysLeft: '3' },
    {},
  ])('should refuse %j with a 400 and change nothing', async (body) => {
    const { api, post } = setup()
    const before = api.store.snapshot()

    const response = await post('/api/demo/scenario', body)

    expect(response.status).toBe(400)
    expect(api.store.snapshot()).toEqual(before)
  })
})

describe('given POST /api/demo/dialect', () => {
  it('should make the user’s 402s use that dialect until a request asks for another', async () => {
    const { api, post } = setup()
    await post('/api/demo/scenario', { scenario: 'free' })

    await post('/api/demo/dialect', { dialect: 'problem+json' })

    const configured = await api.fetch('/api/reports')
    const asked = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': 'stripe' } })
    const queried = await api.fetch('/api/reports?dialect=envelope')
    expect(configured.headers.get('content-type')).toBe('application/problem+json')
    expect(((await asked.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error')
    expect(((await queried.json()) as { success: boolean }).success).toBe(false)
  })

  it('should refuse an unknown dialect, in the body or in a request, with a 400', async () => {
    const { api, post } = setup()

    const configured = await post('/api/demo/dialect', { dialect: 'klingon' })
    const asked = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': 'klingon' } })

    expect(configured.status).toBe(400)
    expect(asked.status).toBe(400)
    expect(((await asked.json()) as { error: { message: string } }).error.message).toContain('flat, nested')
  })
})

describe('given POST /api/demo/clock', () => {
  it('should move the clock forward by the days given, for every route', async () => {
    const { api, post } = setup()

    const state = (await (await post('/api/demo/clock', { days: 2.5 })).json()) as DemoState

    expect(state.now).toBe('2026-03-13T00:00:00.000Z')
    expect(api.clock.now().toISOString()).toBe('2026-03-13T00:00:00.000Z')
  })

  it.each([{ days: -1 }, { days: 0 }, { days: 'soon' }, { days: 5000 }])('should refuse %j', async (body) => {
    const { api, post } = setup()

    expect((await post('/api/demo/clock', body)).status).toBe(400)
    expect(api.clock.now().getTime()).toBe(NOW)
  })
})

describe('given POST /api/demo/reset', () => {
  it('should forget every change and bring the clock back', async () => {
    const { api, post } = setup()
    const initial = (await (await api.fetch('/api/account')).json()) as { profileId: string }
    await post('/api/demo/scenario', { scenario: 'expired' }, { 'x-demo-user': 'bob' })
    await post('/api/demo/clock', { days: 40 })

    const state = (await (await post('/api/demo/reset', {})).json()) as DemoState

    expect(state).toMatchObject({
      scenario: 'active',
      now: '2026-03-10T12:00:00.000Z',
      account: { state: 'active' },
    })
    expect(api.store.profiles.size).toBe(1)
    const after = (await (await api.fetch('/api/account')).json()) as { profileId: string }
    expect(after.profileId).not.toBe(initial.profileId)
  })
})

describe('given GET /api/demo/fail/:status', () => {
  it.each([400, 401, 403, 404, 409, 429, 500, 503])(
    'should answer %i with a JSON error body',
    async (status) => {
      const { api } = setup()

      const response = await api.fetch(`/api/demo/fail/${status}`)

      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toBe('application/json')
      expect(await response.json()).toMatchObject({
        error: { status, message: `Simulated ${status} error.` },
      })
    },
  )

  it('should tell a client to retry a 429 after 30 seconds', async () => {
    const { api } = setup()

    expect((await api.fetch('/api/demo/fail/429')).headers.get('Retry-After')).toBe('30')
  })

  it.each(['402', '200', '600', 'teapot'])('should refuse %s with a 400', async (status) => {
    const { api } = setup()

    expect((await api.fetch(`/api/demo/fail/${status}`)).status).toBe(400)
  })
})
