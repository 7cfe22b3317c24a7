export {
  type BillingApi,
  type BillingApiOptions,
  createBillingApi,
  DEFAULT_API_KEY,
  type SeedUser,
} from './billing-api.ts'
export { PLANS, type Plan, type PlanId } from './model/catalog.ts'
export type {
  BillingStore,
  DemoAccount,
  ExportRecord,
  Invoice,
  PaymentMethod,
  StoreSnapshot,
  UsageRecord,
} from './model/store.ts'
export { DEFAULT_MAX_PROFILES } from './model/store.ts'
export type { PaywallReasonCode, SubscriptionState } from './model/subscription-state.ts'
export type { AccessLevelRecord, ProfileRecord } from './model/types.ts'
export { DEMO_USER } from './product-api/demo-accounts.ts'
export {
  DEFAULT_DIALECT,
  type Dialect,
  dialectStatus,
  dialects,
  isDialect,
} from './product-api/dialect-names.ts'
export { isPaywallLanguage, type PaywallLanguage, paywallLanguages } from './product-api/paywall-language.ts'
export { type PaywallResponseOptions, paywallResponse } from './product-api/paywall-response.ts'
export { DECLINED_CARD } from './product-api/product-routes.ts'
export {
  DEFAULT_SCENARIO,
  isScenarioName,
  type ScenarioName,
  scenarios,
} from './product-api/scenario-names.ts'
export type { ScenarioOptions } from './product-api/scenarios.ts'
export type { AdaptyErrorBody, AdaptyErrorEntry } from './provider-api/adapty-errors.ts'
export type { ProfileJson } from './provider-api/profile-json.ts'
export { type Clock, type ClockStep, createClock } from './shared/clock.ts'
