import { describe, expect, it } from 'vitest'
import { parsePaymentRequired } from './parse-payment-required'

describe('given a 402 body with plans to choose from', () => {
  it('should read id, name, amount, currency, interval, url, current and recommended', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        body: {
          error: 'upgrade_required',
          plans: [
            { id: 'free', name: 'Free', amount: 0, currency: 'usd', interval: 'monthly', current: true },
            {
              id: 'pro',
              name: 'Pro',
              amount: '20',
              currency: 'USD',
              interval: 'month',
              url: 'https://billing.example.com/pro',
              recommended: true,
            },
            { id: 'team', name: 'Team', unit_amount: 4900, currency: 'eur', recurring: { interval: 'year' } },
          ],
        },
      },
      { base: 'https://app.example.com/', allowedOrigins: ['https://billing.example.com'] },
    )
    expect(paywall?.plans).toEqual([
      { id: 'free', name: 'Free', amount: 0, currency: 'USD', interval: 'month', current: true },
      {
        id: 'pro',
        name: 'Pro',
        amount: 20,
        currency: 'USD',
        interval: 'month',
        url: 'https://billing.example.com/pro',
        recommended: true,
      },
      { id: 'team', name: 'Team', amount: 49, currency: 'EUR', interval: 'year' },
    ])
  })

  it('should keep a Japanese yen amount in minor units as whole yen', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { plans: [{ name: 'Pro', unit_amount: 1500, currency: 'jpy' }] },
    })
    expect(paywall?.plans).toEqual([{ name: 'Pro', amount: 1500, currency: 'JPY' }])
  })

  it('should drop an unsafe plan url, a token that is no currency, a negative amount and an unknown interval', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        plans: [
          { name: 'Pro', amount: -5, currency: 'USD', url: 'javascript:alert(1)', interval: 'fortnight' },
          { name: 'Coin', amount: 3, currency: 'ETH' },
          { name: 'Flag', current: 'yes', recommended: 1 },
        ],
      },
    })
    expect(paywall?.plans).toEqual([{ name: 'Pro' }, { name: 'Coin' }, { name: 'Flag' }])
  })
})

describe('given a 402 body that says who pays and when access returns', () => {
  it('should read the billing owner from a name and email object', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { error: 'payment_failed', billing_owner: { name: 'Dana Scully', email: 'dana@example.com' } },
    })
    expect(paywall?.billingOwner).toEqual({ name: 'Dana Scully', email: 'dana@example.com' })
  })

  it('should read a billing admin given as a bare email address', () => {
    const paywall = parsePaymentRequired({ status: 402, body: { billing_admin: 'ops@example.com' } })
    expect(paywall?.billingOwner).toEqual({ email: 'ops@example.com' })
  })

  it('should drop an owner that is markup or an invalid address', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { billing_owner: { name: '<img src=x onerror=alert(1)>', email: 'not an address' } },
    })
    expect(paywall?.billingOwner).toBeUndefined()
  })

  it('should say access returns instantly only when the body says so', () => {
    const instant = parsePaymentRequired({ status: 402, body: { access_returns_instantly: true } })
    const alias = parsePaymentRequired({ status: 402, body: { error: { instant_access: 'true' } } })
    const silent = parsePaymentRequired({ status: 402, body: { error: 'payment_failed' } })
    const no = parsePaymentRequired({ status: 402, body: { instant_access: false } })
    expect(instant?.accessReturnsInstantly).toBe(true)
    expect(alias?.accessReturnsInstantly).toBe(true)
    expect(silent?.accessReturnsInstantly).toBeUndefined()
    expect(no?.accessReturnsInstantly).toBeUndefined()
  })
})
