import { describe, expect, it } from 'vitest'
import { parsePaymentRequired } from '../parse-payment-required'
import { withoutUndefined } from './without-undefined'

describe('given plain data with fields left undefined', () => {
  it('should drop those keys at every depth and keep every other value', () => {
    expect(
      withoutUndefined({
        a: undefined,
        b: 0,
        c: '',
        d: null,
        e: false,
        nested: { f: undefined, g: 1 },
        list: [{ h: undefined, i: 'x' }],
      }),
    ).toStrictEqual({ b: 0, c: '', d: null, e: false, nested: { g: 1 }, list: [{ i: 'x' }] })
  })
})

describe('given a 402 that carries only some fields', () => {
  const paywall = parsePaymentRequired({
    status: 402,
    body: { code: 'quota_exceeded', plans: [{ name: 'Pro' }], support: { email: 'help@example.com' } },
  })

  it('should hold no key without a value, so `in` tells what the server sent', () => {
    expect(paywall).not.toBeNull()
    expect(Object.values(paywall ?? {})).not.toContain(undefined)
    expect(paywall).not.toHaveProperty('usage')
    expect(paywall).not.toHaveProperty('action')
    expect(paywall?.plans).toStrictEqual([{ name: 'Pro' }])
    expect(paywall?.support).toStrictEqual({ email: 'help@example.com' })
  })

  it('should read a usage of -0 as 0', () => {
    const usage = parsePaymentRequired({
      status: 402,
      body: JSON.parse('{"usage":{"used":-0,"limit":10}}'),
    })?.usage
    expect(Object.is(usage?.used, 0)).toBe(true)
  })

  it('should drop a support address a mailto: link would misread', () => {
    const support = parsePaymentRequired(
      {
        status: 402,
        body: {
          support: { email: 'help@example.com?cc=attacker@evil.example', url: 'https://example.com/help' },
        },
      },
      { allowedOrigins: ['https://example.com'] },
    )?.support
    expect(support).toStrictEqual({ url: 'https://example.com/help' })
  })
})
