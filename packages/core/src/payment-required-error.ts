import { isObject } from './internal/guards'
import type { PaymentRequired } from './types'

// A registry symbol, so errors thrown by another copy of the package (two bundles, two versions) are recognised.
const brand = Symbol.for('paywall-kit.PaymentRequiredError')

/**
 * A request answered with a paywall. Thrown (rejected) by `paywallFetch`; throw it yourself from
 * any query function. It is a business event, not a failure: never retry or alert on it.
 *
 * @example
 * const paywall = await readPaymentRequired(response)
 * if (paywall) throw new PaymentRequiredError(paywall, response)
 */
export class PaymentRequiredError extends Error {
  // `declare`: set in the constructor, so no class field initialisers are emitted for them.
  /** What the server said, understood. */
  declare readonly paywall: PaymentRequired
  /** The response, when there was one; its body is still unread. */
  declare readonly response?: Response

  constructor(paywall: PaymentRequired, response?: Response) {
    super(paywall.message)
    this.paywall = paywall
    this.response = response
    this.name = 'PaymentRequiredError'
    Object.defineProperty(this, brand, { value: true })
  }
}

/** Whether `error` is a `PaymentRequiredError`, from this copy of the package or another. */
export function isPaymentRequired(error: unknown): error is PaymentRequiredError {
  return (
    error instanceof PaymentRequiredError ||
    (isObject(error) && (error as { [brand]?: unknown })[brand] === true && isObject(error.paywall))
  )
}
