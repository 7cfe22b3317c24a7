import { describe, expect, it } from 'vitest'
import { formatPrice } from '../format-price'
import { parsePaymentRequired } from '../parse-payment-required'
import { defaultReasonMessages } from '../reason-messages'

/** The BOLT 11 specification's example: 2500 µBTC (250,000 sats) for "1 cup coffee". */
const coffeeInvoice =
  'lnbc2500u1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpuaztrnwngzn3kdzw5hydlzf03qdgm2hdq27cqv3agm2awhz5se903vruatfhq77w3ls4evs3ch9zw97j25emudupq63nyw24cg27h2rspfj9srp'
const macaroon = 'AGIAJEemVQUTEyNCR0exk7ek90Cg=='

const base64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

describe('given an L402 challenge', () => {
  it('should read the invoice amount, network and description, and never pass on the invoice or macaroon', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'www-authenticate': `L402 macaroon="${macaroon}", invoice="${coffeeInvoice}"` },
    })
    expect(paywall).toMatchObject({
      status: 402,
      reason: 'payment_required',
      dialect: 'l402',
      price: { amount: '250000', asset: 'sats', network: 'Lightning', description: '1 cup coffee' },
    })
    expect(formatPrice(paywall?.price)).toBe('250,000 sats on Lightning')
    expect(JSON.stringify(paywall)).not.toMatch(/lnbc|AGIAJ/)
  })

  it('should read the older LSAT scheme and its token, in any case', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'WWW-Authenticate': `lsat macaroon=${macaroon}, invoice=${coffeeInvoice}` },
    })
    expect(paywall).toMatchObject({ dialect: 'l402', price: { amount: '250000', asset: 'sats' } })
  })

  it('should keep what a JSON body beside the challenge says', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: {
        'www-authenticate': `Bearer realm="api", L402 macaroon="${macaroon}", invoice="${coffeeInvoice}"`,
      },
      body: { message: 'Pay 250,000 sats to read this article.', request_id: 'req_l402' },
    })
    expect(paywall).toMatchObject({
      dialect: 'l402',
      message: 'Pay 250,000 sats to read this article.',
      requestId: 'req_l402',
      price: { amount: '250000' },
    })
  })

  it('should take only the heading of an HTML page beside the challenge', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: {
        'www-authenticate': `L402 macaroon="${macaroon}", invoice="${coffeeInvoice}"`,
        'content-type': 'text/html',
      },
      body: '<html><h1>Pay to read this article</h1><p>Scan <a href="lightning:lnbc2500u">the invoice</a></p></html>',
    })
    expect(paywall).toMatchObject({ dialect: 'l402', title: 'Pay to read this article' })
    expect(JSON.stringify(paywall)).not.toMatch(/lnbc|lightning:/)
  })

  it.each([
    ['lnbc1500n1', '150', 'Lightning'],
    ['lntb20m1', '2000000', 'Lightning testnet'],
    ['lnbcrt1u1', '100', 'Lightning regtest'],
    ['lntbs2500p1', '0.25', 'Lightning signet'],
  ])('should read the amount of %s as %s sats on %s', (prefix, amount, network) => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'www-authenticate': `L402 macaroon="${macaroon}", invoice="${prefix}pvjluezpp5qqqsyq"` },
    })
    expect(paywall?.price).toEqual({ amount, asset: 'sats', network })
  })

  it('should show no amount for an invoice without one', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'www-authenticate': `L402 macaroon="${macaroon}", invoice="lnbc1pvjluezpp5qqqsyq"` },
    })
    expect(paywall?.price).toEqual({ network: 'Lightning' })
    expect(formatPrice(paywall?.price)).toBeUndefined()
  })
})

describe('given an MPP Payment challenge', () => {
  // The example challenge of the Machine Payments Protocol's documentation (mpp.dev, "Challenges").
  const documented =
    'Payment id="qB3wErTyU7iOpAsD9fGhJk", realm="mpp.dev", method="tempo", intent="charge", expires="2025-01-15T12:05:00Z", opaque="eyJyb3V0ZSI6Ii92MS9zZWFyY2gifQ", request="eyJhbW91bnQiOiIxMDAwIiwiY3VycmVuY3kiOiJ1c2QifQ"'

  it('should read the amount in base units of an ISO 4217 currency and the network of the method', () => {
    const paywall = parsePaymentRequired({ status: 402, headers: { 'www-authenticate': documented } })
    expect(paywall).toMatchObject({
      dialect: 'mpp',
      price: { amount: '10', currency: 'USD', network: 'Tempo' },
    })
    expect(formatPrice(paywall?.price)).toBe('$10.00 on Tempo')
    expect(JSON.stringify(paywall)).not.toMatch(/qB3wErTyU7iOpAsD9fGhJk|eyJ/)
  })

  it('should read the description and a token amount with its decimals, never the recipient', () => {
    const request = base64url({
      amount: '2500000',
      currency: '0x20c0000000000000000000000000000000000000',
      decimals: 6,
      symbol: 'pathUSD',
      recipient: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    })
    const paywall = parsePaymentRequired({
      status: 402,
      headers: {
        'www-authenticate': `Payment id="abc", realm="api.example.com", method="tempo", intent="charge", description="One weather forecast", request="${request}"`,
      },
    })
    expect(paywall?.price).toEqual({
      amount: '2.5',
      asset: 'pathUSD',
      network: 'Tempo',
      description: 'One weather forecast',
    })
    expect(JSON.stringify(paywall)).not.toMatch(/0x/)
  })

  it('should not take a token symbol for an ISO 4217 currency and guess its decimals', () => {
    const request = base64url({ amount: '1000000000000000', currency: 'ETH', recipient: '0xabc' })
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'www-authenticate': `Payment id="x", method="tempo", request="${request}"` },
    })
    expect(paywall?.price).toEqual({ network: 'Tempo' })
  })

  it('should take the copy from the problem details body beside it', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'www-authenticate': documented, 'content-type': 'application/problem+json' },
      body: {
        type: 'https://paymentauth.org/problems/payment-required',
        title: 'Payment required',
        status: 402,
        detail: 'This search costs $10.00. Pay to continue.',
      },
    })
    expect(paywall).toMatchObject({ dialect: 'mpp', message: 'This search costs $10.00. Pay to continue.' })
  })

  it('should still be a paywall, without an amount, when request is not base64url JSON', () => {
    for (const request of ['%%%', btoa('not json'), '', 'e30'.repeat(10000)]) {
      const paywall = parsePaymentRequired({
        status: 402,
        headers: { 'www-authenticate': `Payment id="x", method="stripe", request="${request}"` },
      })
      expect(paywall).toMatchObject({ dialect: 'mpp', reason: 'payment_required' })
      expect(paywall?.price?.amount).toBeUndefined()
    }
  })
})

describe('given an x402 payment requirement', () => {
  it('should read the price of a v1 body in words, never the pay-to or asset address', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        x402Version: 1,
        error: 'X-PAYMENT header is required',
        accepts: [
          {
            scheme: 'exact',
            network: 'base-sepolia',
            maxAmountRequired: '10000',
            resource: 'https://api.example.com/premium-data',
            description: 'Access to premium market data',
            mimeType: 'application/json',
            payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
            maxTimeoutSeconds: 60,
            asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e',
            extra: { name: 'USDC', version: '2' },
          },
        ],
      },
    })
    expect(paywall).toMatchObject({
      dialect: 'x402',
      title: defaultReasonMessages.payment_required.title,
      price: {
        amount: '0.01',
        asset: 'USDC',
        network: 'Base Sepolia',
        description: 'Access to premium market data',
      },
    })
    expect(formatPrice(paywall?.price)).toBe('0.01 USDC on Base Sepolia')
    expect(JSON.stringify(paywall)).not.toMatch(/0x/)
  })

  it('should read a v2 PAYMENT-REQUIRED header with a CAIP-2 network', () => {
    const header = btoa(
      JSON.stringify({
        x402Version: 2,
        error: 'PAYMENT-SIGNATURE header is required',
        resource: {
          url: 'https://api.example.com/premium',
          description: 'Premium data',
          mimeType: 'application/json',
        },
        accepts: [
          {
            scheme: 'exact',
            network: 'eip155:8453',
            amount: '1500000',
            asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
            payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
            maxTimeoutSeconds: 60,
            extra: { name: 'USD Coin', version: '2' },
          },
        ],
      }),
    )
    const paywall = parsePaymentRequired({ status: 402, headers: { 'PAYMENT-REQUIRED': header } })
    expect(paywall?.price).toEqual({
      amount: '1.5',
      asset: 'USDC',
      network: 'Base',
      description: 'Premium data',
    })
    expect(formatPrice(paywall?.price, { locale: 'de-DE' })).toBe('1,5 USDC on Base')
  })

  it('should give no amount for a token whose decimals are unknown, and no network for an unknown chain id', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        x402Version: 1,
        accepts: [{ network: 'eip155:999', maxAmountRequired: '10000', asset: '0xabc', description: 'Data' }],
      },
    })
    expect(paywall?.price).toEqual({ description: 'Data' })
  })
})

describe('given a malformed challenge', () => {
  it.each([
    'L402',
    'L402 macaroon=',
    'L402 invoice="lnbc',
    `L402 invoice="${'\\"'.repeat(5000)}`,
    'Payment',
    'Payment request',
    'Payment request="',
    `Payment ${'a=b, '.repeat(10000)}`,
    `${',"='.repeat(20000)}L402`,
    'L402 invoice="lnbc99999999999999999999999999999999999999999m1xyz"',
    'L402 invoice="lnbc1u1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"',
  ])('should give a usable paywall, quickly, for malformed challenge %#', (challenge) => {
    const started = performance.now()
    const paywall = parsePaymentRequired({ status: 402, headers: { 'www-authenticate': challenge } })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(paywall).toMatchObject({ status: 402, reason: 'payment_required' })
    expect(paywall?.title.length).toBeGreaterThan(0)
  })
})
