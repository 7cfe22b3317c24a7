import { getResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBillingApi, DEFAULT_API_KEY } from '../index.ts'
import { createHandlers } from './msw.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')
const api = createBillingApi({ now: () => NOW })
const server = setupServer(...createHandlers(api))
const external = createBillingApi({ now: () => NOW, scenario: 'free' })
const externalServer = setupServer(...createHandlers(external, { baseUrl: 'http://billing.test:4402/' }))

describe('given MSW handlers for any origin, in Node', () => {
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => api.reset())
  afterAll(() => server.close())

  it('should answer the product API through global fetch', async () => {
    const response = await fetch('http://app.test/api/account')

    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ user: 'demo', state: 'active' })
  })

  it('should answer the provider API, and keep both faces on one store', async () => {
    await fetch('http://app.test/api/checkout', {
      method: 'POST',
      body: JSON.stringify({ planId: 'business' }),
    })

    const response = await fetch('http://app.test/api/v2/server-side-api/profile/', {
      headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}`, 'adapty-customer-user-id': 'demo' },
    })

    const { data } = (await response.json()) as { data: { access_levels: { store_product_id: string }[] } }
    expect(data.access_levels[0]?.store_product_id).toBe('acme_business_monthly')
  })

  it('should pass a 402 through with its headers', async () => {
    await fetch('http://app.test/api/demo/scenario', {
      method: 'POST',
      body: JSON.stringify({ scenario: 'expired' }),
    })

    const response = await fetch('http://app.test/api/reports?dialect=x402')

    expect(response.status).toBe(402)
    expect(response.headers.get('PAYMENT-REQUIRED')).toBeTruthy()
    expect(response.headers.get('Request-Id')).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('given MSW handlers bound to one base URL', () => {
  beforeAll(() => externalServer.listen({ onUnhandledFrame: 'bypass' }))
  afterAll(() => externalServer.close())

  it('should answer requests to that origin', async () => {
    const response = await fetch('http://billing.test:4402/api/account')

    expect(((await response.json()) as { plan: { id: string } }).plan.id).toBe('free')
  })

  it('should leave other origins and paths outside /api alone', async () => {
    const handlers = createHandlers(external, { baseUrl: 'http://billing.test:4402' })

    expect(await getResponse(handlers, new Request('http://billing.test:4402/api/plans'))).toBeInstanceOf(
      Response,
    )
    expect(await getResponse(handlers, new Request('http://elsewhere.test:4402/api/account'))).toBeUndefined()
    expect(await getResponse(handlers, new Request('http://billing.test:4402/health'))).toBeUndefined()
  })
})

describe('given MSW handlers for any origin, and requests whose path only contains /api/', () => {
  it('should leave a third-party script and the app’s own modules alone', async () => {
    const handlers = createHandlers(createBillingApi({ now: () => NOW }))

    expect(await getResponse(handlers, new Request('http://app.test/api/plans'))).toBeInstanceOf(Response)
    expect(
      await getResponse(handlers, new Request('https://maps.googleapis.com/maps/api/js')),
    ).toBeUndefined()
    expect(
      await getResponse(handlers, new Request('http://localhost:5173/src/api/queries.ts')),
    ).toBeUndefined()
  })
})

describe('given MSW handlers bound to a base URL with a path prefix', () => {
  const baseUrl = 'http://billing.test/v1'

  it('should answer the product API under the prefix', async () => {
    const handlers = createHandlers(createBillingApi({ now: () => NOW, scenario: 'free' }), { baseUrl })

    const response = await getResponse(handlers, new Request(`${baseUrl}/api/account`))

    expect(response?.status).toBe(200)
    expect(((await (response as Response).json()) as { plan: { id: string } }).plan.id).toBe('free')
  })

  it('should pass a POST body through to the API', async () => {
    const billing = createBillingApi({ now: () => NOW, scenario: 'free' })
    const handlers = createHandlers(billing, { baseUrl })

    const response = await getResponse(
      handlers,
      new Request(`${baseUrl}/api/checkout`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ planId: 'business' }),
      }),
    )

    expect(response?.status).toBe(200)
    const account = await (await billing.fetch('/api/account')).json()
    expect((account as { plan: { id: string } }).plan.id).toBe('business')
  })

  it('should leave the same paths without the prefix, or on another origin, alone', async () => {
    const handlers = createHandlers(createBillingApi({ now: () => NOW }), { baseUrl })

    expect(await getResponse(handlers, new Request('http://billing.test/api/account'))).toBeUndefined()
    expect(await getResponse(handlers, new Request('http://elsewhere.test/v1/api/account'))).toBeUndefined()
    expect(await getResponse(handlers, new Request('http://billing.test/v1/health'))).toBeUndefined()
  })
})

describe('given MSW handlers bound to a path prefix alone', () => {
  it('should answer that prefix on any origin, and nothing outside it', async () => {
    const handlers = createHandlers(createBillingApi({ now: () => NOW }), { baseUrl: '/billing/' })

    const response = await getResponse(handlers, new Request('http://app.test/billing/api/account'))

    expect(response?.status).toBe(200)
    expect(await getResponse(handlers, new Request('http://app.test/api/account'))).toBeUndefined()
  })
})
