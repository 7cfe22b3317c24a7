import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { isPaymentRequired, PaymentRequiredError } from './payment-required-error'
import { createPaywallFetch, paywallFetch } from './paywall-fetch'

const api = 'https://api.example.com'
let requests = 0

const server = setupServer(
  http.all(`${api}/*`, () => {
    requests += 1
  }),
  http.get(`${api}/reports`, () => HttpResponse.json([{ id: 1 }])),
  http.get(`${api}/premium`, () =>
    HttpResponse.json(
      {
        error: {
          code: 'PREMIUM_ACCESS_REQUIRED',
          message: 'Reports need the Pro plan.',
          action: { url: 'https://billing.example.com/upgrade', text: 'Go Pro' },
        },
      },
      { status: 402, headers: { 'x-request-id': 'req_msw' } },
    ),
  ),
  http.get(`${api}/forbidden`, () => HttpResponse.json({ code: 'out_of_credit' }, { status: 403 })),
  http.get(`${api}/down`, () => HttpResponse.text('Service Unavailable', { status: 503 })),
  http.get(`${api}/unauthorized`, () => HttpResponse.json({ message: 'Sign in' }, { status: 401 })),
  http.post(`${api}/echo`, async ({ request }) =>
    HttpResponse.json({
      method: request.method,
      body: await request.text(),
      auth: request.headers.get('authorization'),
    }),
  ),
)

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests = 0
})
afterAll(() => server.close())

describe('given a 402 response', () => {
  it('should drop an action on another origin unless it is listed in allowedOrigins', async () => {
    const error = await paywallFetch(`${api}/premium`).catch((caught: unknown) => caught)
    expect((error as PaymentRequiredError).paywall.action).toBeUndefined()
  })

  it('should reject with a PaymentRequiredError that explains it', async () => {
    const apiFetch = createPaywallFetch({ allowedOrigins: ['https://billing.example.com'] })
    const error = await apiFetch(`${api}/premium`).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PaymentRequiredError)
    expect(isPaymentRequired(error)).toBe(true)
    const { paywall, response } = error as PaymentRequiredError
    expect(paywall).toMatchObject({
      status: 402,
      reason: 'upgrade_required',
      code: 'PREMIUM_ACCESS_REQUIRED',
      message: 'Reports need the Pro plan.',
      action: { url: 'https://billing.example.com/upgrade', label: 'Go Pro' },
      requestId: 'req_msw',
    })
    expect(response?.status).toBe(402)
    expect(await response?.json()).toMatchObject({ error: { code: 'PREMIUM_ACCESS_REQUIRED' } })
  })

  it('should make exactly one request', async () => {
    await paywallFetch(`${api}/premium`).catch(() => {})
    expect(requests).toBe(1)
  })
})

describe('given any other response', () => {
  it('should pass a success through untouched, body unread', async () => {
    const response = await paywallFetch(`${api}/reports`)
    expect(response.status).toBe(200)
    expect(response.bodyUsed).toBe(false)
    expect(await response.json()).toEqual([{ id: 1 }])
  })

  it.each(['forbidden', 'down', 'unauthorized'])(
    'should resolve with the /%s error response as fetch does',
    async (path) => {
      const response = await paywallFetch(`${api}/${path}`)
      expect(response.ok).toBe(false)
      expect(response.bodyUsed).toBe(false)
    },
  )

  it('should forward the request init', async () => {
    const response = await paywallFetch(`${api}/echo`, {
      method: 'POST',
      body: 'hello',
      headers: { authorization: 'Bearer t' },
    })
    expect(await response.json()).toEqual({ method: 'POST', body: 'hello', auth: 'Bearer t' })
  })

  it('should reject with the network error when the request fails, as fetch does', async () => {
    server.use(http.get(`${api}/offline`, () => HttpResponse.error()))
    await expect(paywallFetch(`${api}/offline`)).rejects.toThrow(TypeError)
  })
})

describe('given createPaywallFetch with options', () => {
  it('should let classify turn a 403 into a paywall', async () => {
    const apiFetch = createPaywallFetch({
      classify: ({ status, body }) => status === 403 && (body as { code?: string }).code === 'out_of_credit',
    })
    await expect(apiFetch(`${api}/forbidden`)).rejects.toMatchObject({
      paywall: { status: 403, reason: 'insufficient_credits' },
    })
    const down = await apiFetch(`${api}/down`)
    expect(down.status).toBe(503)
    expect(await down.text()).toBe('Service Unavailable')
  })

  it('should keep only action URLs on the allowed origins', async () => {
    const apiFetch = createPaywallFetch({ allowedOrigins: ['https://pay.example.com'] })
    const error = await apiFetch(`${api}/premium`).catch((caught: unknown) => caught)
    expect(isPaymentRequired(error)).toBe(true)
    expect((error as PaymentRequiredError).paywall.reason).toBe('upgrade_required')
    expect((error as PaymentRequiredError).paywall.action).toBeUndefined()
  })

  it('should wrap the fetch it is given', async () => {
    const seen: string[] = []
    const apiFetch = createPaywallFetch({
      fetch: (input, init) => {
        seen.push(String(input))
        return fetch(input, init)
      },
    })
    await expect(apiFetch(`${api}/premium`)).rejects.toBeInstanceOf(PaymentRequiredError)
    expect(seen).toEqual([`${api}/premium`])
  })
})
