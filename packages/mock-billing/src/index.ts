export type { AdaptyErrorBody, AdaptyErrorEntry } from './adapty-errors.ts'
export {
  type BillingApi,
  type BillingApiOptions,
  createBillingApi,
  DEFAULT_API_KEY,
  type SeedUser,
} from './billing-api.ts'
export { PLANS, type Plan, type PlanId } from './catalog.ts'
export { type Clock, type ClockStep, createClock } from './clock.ts'
export { DEMO_USER } from './demo-accounts.ts'
export { DEFAULT_DIALECT, type Dialect, dialects, isDialect } from './dialect-names.ts'
export { DECLINED_CARD } from './product-routes.ts'
export type { ProfileJson } from './profile-json.ts'
export { DEFAULT_SCENARIO, isScenarioName, type ScenarioName, scenarios } from './scenario-names.ts'
export type { ScenarioOptions } from './scenarios.ts'
export type {
  BillingStore,
  DemoAccount,
  ExportRecord,
  Invoice,
  PaymentMethod,
  StoreSnapshot,
  UsageRecord,
} from './store.ts'
export type { PaywallReasonCode, SubscriptionState } from './subscription-state.ts'
export type { AccessLevelRecord, ProfileRecord } from './types.ts'
