// `@paywall-kit/react/testing`: helpers for an app's own tests, with any runner (Vitest, Jest) and
// Testing Library. Nothing here imports a test runner.
export {
  type PaymentRequiredErrorFromBodyOptions,
  type PaymentRequiredErrorOptions,
  paymentRequiredError,
  paymentRequiredErrorFromBody,
} from './payment-required-error'
export {
  type FeatureLockQueryOptions,
  findFeatureLock,
  findPaywall,
  type PaywallQueryOptions,
  queryPaywall,
} from './queries'
export {
  createTestQueryClient,
  type RenderWithPaywallOptions,
  type RenderWithPaywallResult,
  renderWithPaywall,
} from './render-with-paywall'
