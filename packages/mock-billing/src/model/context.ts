import type { Dialect } from '../product-api/dialect-names.ts'
import type { PaywallLanguage } from '../product-api/paywall-language.ts'
import type { ScenarioName } from '../product-api/scenario-names.ts'
import type { Clock } from '../shared/clock.ts'
import { fromEpochMs, type IsoDate } from '../shared/iso-date.ts'
import type { BillingStore } from './store.ts'

/** What every route works with: one store, one clock, the instance's settings. */
export interface BillingContext {
  store: BillingStore
  clock: Clock
  apiKey: string
  defaultScenario: ScenarioName
  defaultDialect: Dialect
  /** The language of the product API's 402 copy. */
  language: PaywallLanguage
}

/** A store and a moment: what a write needs. */
export interface WriteContext {
  store: BillingStore
  /** The time of the write, canonical. */
  now: IsoDate
  /** The time of the write, epoch milliseconds. */
  nowMs: number
}

/** One request being answered. */
export interface RequestContext extends BillingContext, WriteContext {
  request: Request
  url: URL
  /** Also sent back as the `Request-Id` header. */
  requestId: string
}

/** A route: answers, or returns `undefined` when the path is not its own. */
export type Route = (context: RequestContext) => Promise<Response | undefined>

/** The time of the clock in both forms. */
export function timeOf(clock: Clock): { now: IsoDate; nowMs: number } {
  const nowMs = clock.nowMs()
  return { now: fromEpochMs(nowMs), nowMs }
}
