import { describe, expect, it } from 'vitest'
import { createBillingApi, type Dialect, dialectStatus, dialects } from '../index.ts'

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
      // The lapsed Pro subscription leaves the account on Free: renewing Pro is the suggestion.
      plans: [
        {
          id: 'free',
          name: 'Free',
          price: '$0/month',
          amount: 0,
          currency: 'USD',
          interval: 'month',
          current: true,
        },
        {
          id: 'pro',
          name: 'Pro',
          price: '$29/month',
          amount: 29,
          currency: 'USD',
          interval: 'month',
          recommended: true,
        },
        {
          id: 'business',
          name: 'Business',
          price: '$99/month',
          amount: 99,
          currency: 'USD',
          interval: 'month',
        },
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
    'should name the locked feature in the Paywall-Feature header of a %s refusal',
    async (dialect) => {
      const { response } = await refusedWith(dialect)

      expect(response.status).toBe(dialectStatus(dialect))
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

const EXPIRED_MESSAGE = 'Your Pro subscription has expired. Renew it to use Premium reports again.'

/** A refusal of the reports of an expired subscriber, in a dialect, whatever its status. */
async function refusedWith(dialect: Dialect) {
  const api = createBillingApi({ now: () => NOW, scenario: 'expired' })
  const response = await api.fetch('/api/reports', { headers: { 'x-paywall-dialect': dialect } })
  return { response, requestId: response.headers.get('Request-Id') ?? '', text: await response.text() }
}

/** The quoted parameters of a `WWW-Authenticate` challenge. */
const challengeParameters = (header: string) =>
  Object.fromEntries(Array.from(header.matchAll(/(\w+)="([^"]*)"/g), ([, name, value]) => [name, value]))

describe('given an expired subscriber asking for the reports, in the machine-payment and AI dialects', () => {
  it('should answer l402 with a macaroon and a Lightning testnet invoice for $29 at 1,000 sats a dollar', async () => {
    const { response, requestId, text } = await refusedWith('l402')
    const { macaroon = '', invoice = '' } = challengeParameters(
      response.headers.get('WWW-Authenticate') ?? '',
    )
    const bytes = Buffer.from(macaroon, 'base64')

    expect(response.status).toBe(402)
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^L402 macaroon="/)
    expect(invoice).toMatch(/^lntb290u1/)
    expect(invoice).toBe(invoice.toLowerCase())
    expect(isValidBech32(invoice)).toBe(true)
    // A version 2 binary macaroon: version byte, then the location field (type 1).
    expect([bytes[0], bytes[1]]).toEqual([2, 1])
    expect(bytes.toString('latin1')).toContain(requestId)
    expect(bytes.toString('latin1')).toContain('services=reports:0')
    expect(text).toBe(
      `${EXPIRED_MESSAGE}\nreason=subscription_expired request_id=${requestId} time=2026-03-10T12:00:00Z\n`,
    )
  })

  it('should answer mpp with a Payment challenge whose request is base64url JSON, beside a problem+json body', async () => {
    const { response, requestId, text } = await refusedWith('mpp')
    const header = response.headers.get('WWW-Authenticate') ?? ''
    const parameters = challengeParameters(header)

    expect(response.status).toBe(402)
    expect(header).toMatch(/^Payment id="/)
    expect(parameters).toMatchObject({
      id: Buffer.from(requestId, 'hex').toString('base64url'),
      realm: 'localhost',
      method: 'stripe',
      intent: 'charge',
      expires: '2026-03-10T12:10:00Z',
      description: EXPIRED_MESSAGE,
    })
    expect(JSON.parse(Buffer.from(parameters.request ?? '', 'base64url').toString('utf8'))).toEqual({
      amount: '2900',
      currency: 'usd',
      recipient: 'acct_acme_analytics',
      description: EXPIRED_MESSAGE,
    })
    expect(JSON.parse(text)).toEqual({
      type: 'https://paymentauth.org/problems/payment-required',
      title: 'Your subscription has expired',
      status: 402,
      detail: EXPIRED_MESSAGE,
      challengeId: parameters.id,
      reason: 'subscription_expired',
      feature: 'reports',
      request_id: requestId,
    })
  })

  it('should answer openai with a 429 insufficient_quota error and an x-request-id', async () => {
    const { response, requestId, text } = await refusedWith('openai')

    expect(response.status).toBe(429)
    expect(response.headers.get('x-request-id')).toBe(`req_${requestId}`)
    expect(response.headers.get('Paywall-Feature')).toBe('reports')
    expect(JSON.parse(text)).toEqual({
      error: {
        message: EXPIRED_MESSAGE,
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    })
  })

  it('should answer ai-sdk with a 402 in the AI Gateway error shape, the reason as its code', async () => {
    const { response, requestId, text } = await refusedWith('ai-sdk')

    expect(response.status).toBe(402)
    expect(JSON.parse(text)).toEqual({
      error: {
        message: EXPIRED_MESSAGE,
        type: 'payment_required',
        param: { feature: 'reports' },
        code: 'subscription_expired',
      },
      generationId: `gen_${requestId}`,
    })
  })

  it('should answer graphql with a 200 whose data is null and whose error says PAYMENT_REQUIRED', async () => {
    const { response, requestId, text } = await refusedWith('graphql')

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(JSON.parse(text)).toEqual({
      data: null,
      errors: [
        {
          message: EXPIRED_MESSAGE,
          locations: [{ line: 1, column: 3 }],
          path: ['reports'],
          extensions: {
            code: 'PAYMENT_REQUIRED',
            reason: 'subscription_expired',
            feature: 'reports',
            requestId,
            action: { url: ACTION, text: 'Renew subscription' },
          },
        },
      ],
    })
  })

  it('should keep an invoice valid bech32 whatever the message length, cut at BOLT 11’s 639-byte description', async () => {
    const { lightningInvoice } = await import('./lightning.ts')

    const invoice = lightningInvoice({
      sats: 5,
      description: 'é'.repeat(1_000),
      requestId: '0'.repeat(32),
      createdAtMs: NOW,
    })

    expect(invoice).toMatch(/^lntb50n1[02-9ac-hj-np-z]+$/)
    expect(isValidBech32(invoice)).toBe(true)
    expect(isValidBech32(`${invoice.slice(0, -1)}${invoice.endsWith('q') ? 'p' : 'q'}`)).toBe(false)
  })
})

/** BIP 173's check, written from the specification: the polymod of the whole string is 1. */
function isValidBech32(text: string): boolean {
  const charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
  const separator = text.lastIndexOf('1')
  const prefix = text.slice(0, separator)
  const data = Array.from(text.slice(separator + 1), (char) => charset.indexOf(char))
  const values = [
    ...Array.from(prefix, (char) => char.charCodeAt(0) >> 5),
    0,
    ...Array.from(prefix, (char) => char.charCodeAt(0) & 31),
    ...data,
  ]
  const generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
  let checksum = 1
  for (const value of values) {
    const top = checksum >> 25
    checksum = ((checksum & 0x1ffffff) << 5) ^ value
    for (let bit = 0; bit < 5; bit += 1) if ((top >> bit) & 1) checksum ^= generator[bit] ?? 0
  }
  return !data.includes(-1) && checksum === 1
}
