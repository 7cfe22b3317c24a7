import type { PaywallReasonCode } from '../model/subscription-state.ts'
import { uuid } from '../shared/uuid.ts'
import { DEFAULT_DIALECT, type Dialect } from './dialect-names.ts'
import { renderPaymentRequired } from './dialects.ts'
import { type PaywallDetails, paywallProblem } from './paywall.ts'

/** Options of `paywallResponse`. */
export interface PaywallResponseOptions extends PaywallDetails {
  /** Why payment is needed. @default 'upgrade_required' */
  reason?: PaywallReasonCode
  /** The body shape (and status: 429 for `openai`, 200 for `graphql`, else 402). @default 'nested' */
  dialect?: Dialect
  /** The locked feature, named in the body and the `Paywall-Feature` header. @default 'reports' */
  feature?: string
  /** Sent as the body's request id and the `Request-Id` header. @default a random UUID */
  requestId?: string
  /** When the request was refused (the body's timestamp). @default Date.now() */
  now?: Date | number
  /** Absolute URL of the refused request (x402 and problem+json name it). @default 'http://localhost/api/reports' */
  url?: string
}

/**
 * The product API's refusal as a `Response`, without a billing API behind it: the same copy, action,
 * plans and headers the mock's routes send, in any dialect. For MSW handlers (`paywallRoute`), stories
 * and devtools that need one 402 of a chosen reason and shape.
 *
 * @example
 * const response = paywallResponse({ reason: 'quota_exceeded', dialect: 'stripe', feature: 'api_calls' })
 */
export function paywallResponse({
  reason = 'upgrade_required',
  dialect = DEFAULT_DIALECT,
  feature = 'reports',
  requestId = uuid(),
  now = Date.now(),
  url = 'http://localhost/api/reports',
  ...details
}: PaywallResponseOptions = {}): Response {
  const nowMs = now instanceof Date ? now.getTime() : now
  return renderPaymentRequired(paywallProblem({ reason, feature, details, requestId, nowMs, url }), dialect)
}
