import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePaymentRequired } from './parse-payment-required'
import type { PaymentRequiredError } from './payment-required-error'
import { createPaywallFetch } from './paywall-fetch'
import { toPaymentRequired } from './to-payment-required'

// The page the paywall is shown on: its own origin is allowed without being listed.
const base = 'https://app.example.com/reports'

const bodyLinkingTo = (url: unknown) => ({
  error: { code: 'SUBSCRIPTION_EXPIRED', message: 'Renew to see your reports.', action: { url } },
})

const parse = (url: unknown, allowedOrigins?: string[]) =>
  parsePaymentRequired({ status: 402, body: bodyLinkingTo(url) }, { base, allowedOrigins })

describe('given a 402 whose action link is on an origin that is not listed', () => {
  it.each([
    ['an https origin', 'https://pay.example.com/renew?plan=pro', 'https://pay.example.com'],
    ['an http origin with a port', 'http://evil.example:8080/pay', 'http://evil.example:8080'],
    ['an IDN look-alike, named in punycode', 'https://\u0430pple.com/billing', 'https://xn--pple-43d.com'],
  ])('should drop the action and name the refused origin for %s', (_, url, origin) => {
    const paywall = parse(url)

    expect(paywall?.action).toBeUndefined()
    expect(paywall?.refusedActionOrigin).toBe(origin)
  })

  it('should name it when the action is given as a bare URL string', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { error: { message: 'Renew.', action: 'https://pay.example.com/renew' } } },
      { base },
    )

    expect(paywall?.action).toBeUndefined()
    expect(paywall?.refusedActionOrigin).toBe('https://pay.example.com')
  })

  it('should name it when other origins are listed but not this one', () => {
    const paywall = parse('https://pay.example.com/renew', ['https://billing.example.com'])

    expect(paywall?.refusedActionOrigin).toBe('https://pay.example.com')
  })

  it('should name it when the page has no origin (a server) and the link is absolute', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: bodyLinkingTo('https://pay.example.com/renew') },
      { base: '' },
    )

    expect(paywall?.refusedActionOrigin).toBe('https://pay.example.com')
  })
})

describe('given a 402 whose action link is kept', () => {
  it.each([
    ['listed', 'https://pay.example.com/renew', ['https://pay.example.com']],
    ['on the page’s own origin', 'https://app.example.com/billing', undefined],
    ['relative', '/billing', undefined],
  ])('should not name an origin when the link is %s', (_, url, allowedOrigins) => {
    const paywall = parse(url, allowedOrigins)

    expect(paywall?.action?.url).toBeDefined()
    expect(paywall).not.toHaveProperty('refusedActionOrigin')
  })
})

describe('given a 402 whose action link is not a link listing could allow', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['a protocol-relative link', '//evil.example/pay'],
    ['credentials in the URL', 'https://user:secret@pay.example.com/renew'],
    ['a data: URL', 'data:text/html,<b>hi</b>'],
    ['a bare word', 'null'],
    ['an empty fragment', '#'],
    ['markup', '<b>hi</b>'],
    ['whitespace inside', 'https://pay.example.com/re new'],
    ['a number', 42],
    ['an object', { href: 'https://pay.example.com/renew' }],
  ])('should not name an origin for %s', (_, url) => {
    const paywall = parse(url)

    expect(paywall?.action).toBeUndefined()
    expect(paywall).not.toHaveProperty('refusedActionOrigin')
  })

  it('should not name an origin when the body has no action', () => {
    const paywall = parsePaymentRequired({ status: 402, body: { message: 'Renew.' } }, { base })

    expect(paywall).not.toHaveProperty('refusedActionOrigin')
  })
})

describe('given a 402 read by paywallFetch or from an HTTP client’s error', () => {
  const api = 'https://api.example.com'
  const server = setupServer(
    http.get(`${api}/reports`, () =>
      HttpResponse.json(bodyLinkingTo('https://pay.example.com/renew'), { status: 402 }),
    ),
  )
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterAll(() => server.close())

  it('should name the refused origin on the paywall of the PaymentRequiredError', async () => {
    const apiFetch = createPaywallFetch({ base })
    const error = (await apiFetch(`${api}/reports`).catch(
      (caught: unknown) => caught,
    )) as PaymentRequiredError

    expect(error.paywall.action).toBeUndefined()
    expect(error.paywall.refusedActionOrigin).toBe('https://pay.example.com')
  })

  it('should not name it when createPaywallFetch lists the origin', async () => {
    const apiFetch = createPaywallFetch({ base, allowedOrigins: ['https://pay.example.com'] })
    const error = (await apiFetch(`${api}/reports`).catch(
      (caught: unknown) => caught,
    )) as PaymentRequiredError

    expect(error.paywall.action?.url).toBe('https://pay.example.com/renew')
    expect(error.paywall).not.toHaveProperty('refusedActionOrigin')
  })

  it('should name the refused origin for an axios-shaped error', () => {
    const error = {
      response: { status: 402, data: bodyLinkingTo('https://pay.example.com/renew'), headers: {} },
    }

    expect(toPaymentRequired(error, { base })?.refusedActionOrigin).toBe('https://pay.example.com')
  })
})
