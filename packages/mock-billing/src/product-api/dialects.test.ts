import { describe, expect, it } from 'vitest'
import { createBillingApi, type Dialect, dialects } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')
const ACTION = '/billing?upgrade=reports&reason=subscription_expired'

/** A 402 for the reports of an expired subscriber, in a dialect. */
async function refused(dialect: Dialect) {
  const api = createBillingApi({ now: () => NOW, scenario: 'expired' })
  const response = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': dialect } })
  expect(response.status).toBe(402)
  const requestId = response.headers.get('Request-Id')
  expect(requestId).toMatch(/^[0-9a-f]{32}$/)
  return { response, requestId: requestId as string, text: await response.text() }
}

describe('given an expired subscriber asking for the premium reports', () => {
  it('should answer flat with error, reason, message, feature, upgrade_url, plans, request id and timestamp', async () => {
    const { response, requestId, text } = await refused('flat')

    expect(response.headers.get('content-type')).toBe('application/json')
    expect(JSON.parse(text)).toEqual({
      error: 'subscription_expired',
      code: 'subscription_expired',
      reason: 'subscription_expired',
      message: 'Your Pro subscription has expired. Renew it to use Premium reports again.',
      feature: 'reports',
      upgrade_url: ACTION,
      plans: [
        { id: 'pro', name: 'Pro', price: '$29/month' },
        { id: 'business', name: 'Business', price: '$99/month' },
      ],
      request_id: requestId,
      timestamp: '2026-03-10T12:00:00Z',
    })
  })

  it('should answer nested with error.{status, code, message, details, action} and a request id', async () => {
    const { requestId, text } = await refused('nested')

    expect(JSON.parse(text)).toMatchObject({
      error: {
        status: 402,
        code: 'SUBSCRIPTION_EXPIRED',
        reason: 'subscription_expired',
        message: 'Your Pro subscription has expired. Renew it to use Premium reports again.',
        details: 'Your subscription ended on Thu, 05 Mar 2026 12:00:00 GMT.',
        feature: 'reports',
        action: { type: 'link', url: ACTION, text: 'Renew subscription' },
      },
      request_id: requestId,
      timestamp: '2026-03-10T12:00:00Z',
    })
  })

  it('should answer envelope with success false, retry_after, doc_url, request id and timestamp', async () => {
    const { requestId, text } = await refused('envelope')

    expect(JSON.parse(text)).toMatchObject({
      success: false,
      error: 'subscription_expired',
      message: 'Your Pro subscription has expired. Renew it to use Premium reports again.',
      feature: 'reports',
      upgrade_url: ACTION,
      retry_after: null,
      doc_url: 'https://docs.acme-analytics.example/errors/subscription_expired',
      request_id: requestId,
      timestamp: '2026-03-10T12:00:00Z',
    })
  })

  it('should answer problem+json with RFC 9457 members plus code and feature', async () => {
    const { response, requestId, text } = await refused('problem+json')

    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(JSON.parse(text)).toMatchObject({
      type: 'https://docs.acme-analytics.example/errors/subscription_expired',
      title: 'Your subscription has expired',
      status: 402,
      detail: 'Your Pro subscription has expired. Renew it to use Premium reports again.',
      instance: `/api/reports?request_id=${requestId}`,
      code: 'subscription_expired',
      feature: 'reports',
      action: { url: ACTION, text: 'Renew subscription' },
    })
  })

  it('should answer stripe with an invalid_request_error carrying the code, message and doc_url', async () => {
    const { text } = await refused('stripe')

    expect(JSON.parse(text)).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'subscription_expired',
        message: 'Your Pro subscription has expired. Renew it to use Premium reports again.',
        param: 'reports',
        feature: 'reports',
        doc_url: 'https://stripe.com/docs/error-codes/subscription-expired',
        upgrade_url: ACTION,
      },
    })
  })

  it('should answer x402 with a v1 body and a base64 v2 PAYMENT-REQUIRED header', async () => {
    const { response, requestId, text } = await refused('x402')

    const body = JSON.parse(text)
    expect(body).toMatchObject({
      x402Version: 1,
      error: 'subscription_expired',
      accepts: [
        {
          scheme: 'exact',
          network: 'base-sepolia',
          maxAmountRequired: '29000000',
          resource: 'http://localhost/api/reports',
          mimeType: 'application/json',
          maxTimeoutSeconds: 60,
          extra: { reason: 'subscription_expired' },
        },
      ],
      request_id: requestId,
    })
    expect(body).not.toHaveProperty('feature')
    const header = JSON.parse(atob(response.headers.get('PAYMENT-REQUIRED') ?? ''))
    expect(header).toMatchObject({
      x402Version: 2,
      error: 'subscription_expired',
      resource: { url: 'http://localhost/api/reports' },
      accepts: [{ scheme: 'exact', network: 'eip155:84532', amount: '29000000' }],
    })
  })

  it('should answer html with a page whose heading, link and request id a person can read', async () => {
    const { response, requestId, text } = await refused('html')

    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(text).toContain('<h1>Your subscription has expired</h1>')
    expect(text).toContain(`<a href="${ACTION.replace('&', '&#38;')}">Renew subscription</a>`)
    expect(text).toContain(`Request ID: ${requestId}`)
  })

  it('should answer text with the message first, then the action, reason, request id and time', async () => {
    const { response, requestId, text } = await refused('text')

    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(text).toBe(
      [
        'Your Pro subscription has expired. Renew it to use Premium reports again.',
        `Renew subscription: ${ACTION}`,
        `reason=subscription_expired request_id=${requestId} time=2026-03-10T12:00:00Z`,
        '',
      ].join('\n'),
    )
  })

  it('should answer empty with no body, only the Request-Id and Paywall-Feature headers', async () => {
    const { response, text } = await refused('empty')

    expect(text).toBe('')
    expect(response.headers.get('content-type')).toBeNull()
    expect(response.headers.get('Paywall-Feature')).toBe('reports')
  })

  it.each(dialects)(
    'should name the locked feature in the Paywall-Feature header of a %s 402',
    async (dialect) => {
      const { response } = await refused(dialect)

      expect(response.headers.get('Paywall-Feature')).toBe('reports')
    },
  )

  it.each(['x402', 'html', 'text'] as const)(
    'should not name the feature in a %s body, where no general convention carries it',
    async (dialect) => {
      const { text } = await refused(dialect)

      expect(text).not.toMatch(/paywall-feature|data-feature|feature=|"feature"/)
    },
  )
})

describe('given a declined card in the stripe dialect', () => {
  it('should answer a card_error with decline_code', async () => {
    const api = createBillingApi({ now: () => NOW, scenario: 'grace_period', dialect: 'stripe' })

    const response = await api.fetch('/api/payment-method', {
      method: 'POST',
      body: JSON.stringify({ number: '4000 0000 0000 0002' }),
    })

    expect(response.status).toBe(402)
    expect(await response.json()).toMatchObject({
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        param: 'payment_method',
      },
    })
  })
})

describe('given a grace period in the nested dialect, after it ends', () => {
  it('should say payment failed, with the date the renewal was declined', async () => {
    const api = createBillingApi({ now: () => NOW, scenario: 'grace_period' })
    api.clock.advance({ days: 4 })

    const response = await api.fetch('/api/exports', { method: 'POST', body: '{}' })

    expect(await response.json()).toMatchObject({
      error: {
        code: 'PAYMENT_FAILED',
        feature: 'exports',
        details: 'The renewal on Fri, 06 Mar 2026 12:00:00 GMT was declined.',
        action: { text: 'Update payment method' },
      },
    })
  })
})
