import { getResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBillingApi, DEFAULT_API_KEY } from './index.ts'
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
