import { describe, expect, it } from 'vitest'
import { PaymentRequiredError } from './payment-required-error'
import { paywallRetry } from './paywall-retry'

describe('given a paywall error', () => {
  it.each([
    [
      'a PaymentRequiredError',
      new PaymentRequiredError({
        status: 402,
        reason: 'trial_ended',
        title: 't',
        message: 'm',
        dialect: 'flat',
      }),
    ],
    ['an axios 402', { response: { status: 402, data: {} } }],
    ['a ky 402', { response: new Response(null, { status: 402 }) }],
    ['a plain 402', { status: 402 }],
    ['a 402 as cause', new Error('x', { cause: { statusCode: 402 } })],
  ])('should never retry %s', (_, error) => {
    expect(paywallRetry(0, error)).toBe(false)
  })
})

describe('given an authentication or permission error', () => {
  it.each([
    { status: 401 },
    { status: 403 },
    { statusCode: 401 },
    { response: { status: 403 } },
    { response: new Response(null, { status: 401 }) },
    { message: 'UNAUTHORIZED', data: { code: 'UNAUTHORIZED', httpStatus: 401 } },
    { statusCode: 403, responseBody: '' },
  ])('should never retry %o', (error) => {
    expect(paywallRetry(0, error)).toBe(false)
  })
})

describe('given any other error', () => {
  it.each([
    new TypeError('Failed to fetch'),
    { status: 500 },
    { response: { status: 429 } },
    { status: 404 },
    null,
    'boom',
  ])('should retry %o like TanStack: three times, then stop', (error) => {
    expect([0, 1, 2, 3, 4].map((count) => paywallRetry(count, error))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })
})
