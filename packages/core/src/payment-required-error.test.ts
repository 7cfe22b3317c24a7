import { describe, expect, it } from 'vitest'
import { isPaymentRequired, PaymentRequiredError } from './payment-required-error'
import type { PaymentRequired } from './types'

const paywall: PaymentRequired = {
  status: 402,
  reason: 'trial_ended',
  title: 'Your free trial has ended',
  message: 'Choose a plan to keep going.',
  dialect: 'flat',
}

describe('given a PaymentRequiredError', () => {
  it('should be an Error carrying the paywall and the response', () => {
    const response = new Response(null, { status: 402 })
    const error = new PaymentRequiredError(paywall, response)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('PaymentRequiredError')
    expect(error.message).toBe('Choose a plan to keep going.')
    expect(error.paywall).toBe(paywall)
    expect(error.response).toBe(response)
    expect(isPaymentRequired(error)).toBe(true)
  })

  it('should be recognised when it comes from another copy of the package', () => {
    // What a second bundle's class looks like: same registry symbol, different constructor.
    class OtherCopy extends Error {
      readonly paywall = paywall
      constructor() {
        super('x')
        Object.defineProperty(this, Symbol.for('paywall-kit.PaymentRequiredError'), { value: true })
      }
    }
    const error = new OtherCopy()
    expect(error instanceof PaymentRequiredError).toBe(false)
    expect(isPaymentRequired(error)).toBe(true)
  })
})

describe('given anything else', () => {
  it.each([
    null,
    undefined,
    402,
    'PaymentRequiredError',
    new Error('Payment Required'),
    { name: 'PaymentRequiredError', paywall },
    { [Symbol.for('paywall-kit.PaymentRequiredError')]: true },
    { [Symbol.for('paywall-kit.PaymentRequiredError')]: 'yes', paywall },
  ])('should not take %o for a PaymentRequiredError', (error) => {
    expect(isPaymentRequired(error)).toBe(false)
  })
})
