/** Shapes of the Acme Analytics product API (see the mock billing API's contract). */

// The mock billing API's own names for plans and subscription states, so the two cannot drift apart.
import type { PlanId, SubscriptionState } from '@paywall-kit/mock-billing'

export type { PlanId, SubscriptionState }

/** `GET /api/account`. Dates are ISO 8601. */
export interface Account {
  user: string
  plan: { id: PlanId; name: string }
  state: SubscriptionState
  entitled: boolean
  renewsAt?: string
  expiresAt?: string
  graceEndsAt?: string
  trialEndsAt?: string
  billingIssue: boolean
  credits: number
  paymentMethod?: { brand: string; last4: string }
  /** The API's clock (the demo can move it). */
  now: string
}

/** What a usage meter measures. */
export type MeterId = 'api_calls' | 'seats' | 'storage'

/** One usage meter. */
export interface Meter {
  id: MeterId
  label: string
  used: number
  /** `null` = unlimited. */
  limit: number | null
  unit: string
  resetsAt?: string
}

/** `GET /api/usage`. */
export interface Usage {
  periodStart: string
  periodEnd: string
  meters: Meter[]
  /** Daily API calls over the current period. */
  history: { date: string; used: number }[]
}

/** A report: a titled list of labelled values. Values between 0 and 1 are rates. */
export interface Report {
  id: string
  title: string
  rows: { label: string; value: number }[]
}

/** A plan of `GET /api/plans`. */
export interface Plan {
  id: PlanId
  name: string
  /** Display price, e.g. "$29/month". */
  price: string
  /** Monthly price in dollars. */
  amount?: number
  features: string[]
}

/** A finished export. */
export interface ExportJob {
  id: string
  format: string
  url: string
  createdAt: string
}

/** `POST /api/ai/summaries`. */
export interface Summary {
  summary: string
  creditsLeft: number
}

/** An invoice of `GET /api/invoices`. */
export interface Invoice {
  id: string
  date: string
  /** Major units (dollars). */
  amount: number
  currency: string
  status: 'paid' | 'open' | 'void'
  description?: string
  dueAt?: string
}

/** `GET /api/demo`: the mock API's demo controls. */
export interface DemoState {
  scenario: string
  dialect: string
  now: string
  scenarios: { name: string; description: string }[]
  dialects: string[]
}
