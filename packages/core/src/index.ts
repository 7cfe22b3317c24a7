export { combineClassify } from './combine-classify'
export { countable } from './countable'
export { epochMs } from './epoch-ms'
export { type FormatPriceOptions, formatPrice } from './format-price'
export { DEFAULT_GRACE_PERIOD_MS, type GraceAccessLevel, graceEndOf } from './grace-end-of'
export { type GraceStatusInput, type GraceStatusResult, graceStatus } from './grace-status'
export { isEmail } from './is-email'
export { parsePaymentRequired } from './parse-payment-required'
export { isPaymentRequired, PaymentRequiredError } from './payment-required-error'
export { createPaywallFetch, type PaywallFetchOptions, paywallFetch } from './paywall-fetch'
export { paywallRetry } from './paywall-retry'
export { createPaywallStore } from './paywall-store'
export { providerBillingErrors } from './provider-billing-errors'
export {
  defaultBodyTimeout,
  type ReadPaymentRequiredOptions,
  readPaymentRequired,
} from './read-payment-required'
export { readPaywallError } from './read-paywall-error'
export { defaultReasonMessages, reasonCopy } from './reason-messages'
export { type SafeHrefOptions, safeHref } from './safe-href'
export { toPaymentRequired } from './to-payment-required'
export type * from './types'
export { type UsageInput, type UsageLevelResult, usageLevel } from './usage-level'
