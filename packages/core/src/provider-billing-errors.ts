import { isObject, own } from './internal/guards'
import type { Classify } from './types'

/** Codes and types that say an account ran out of money or quota, as providers and gateways spell them. */
const billingWords =
  /insufficient[\s_-]*(quota|balance|credits?|funds)|out[\s_-]*of[\s_-]*credits?|credit[\s_-]*balance|balance[\s_-]*(exhausted|too[\s_-]*low|insufficient)|(spend|usage)[\s_-]*limit[\s_-]*exceeded|quota[\s_-]*exhausted/i

/** Sentences that say the same in a 400 or 403 whose code is generic (Anthropic's `invalid_request_error`). */
const billingSentences =
  /credit balance is too low|do not have enough credit|insufficient (credits|balance|funds)/i

const says = (pattern: RegExp, ...values: unknown[]) =>
  values.some((value) => typeof value === 'string' && pattern.test(value.slice(0, 500)))

/**
 * A ready `classify` for billing errors that well-known AI providers and API gateways send with a
 * status other than 402, so they open the paywall instead of being retried or shown as failures:
 *
 * - OpenAI-style 429 whose `error.code` or `error.type` is `insufficient_quota` (or
 *   `credit_balance_exhausted`, `organization_spend_limit_exceeded`, `project_spend_limit_exceeded`,
 *   `organization_usage_limit_exceeded`). A 429 `rate_limit_exceeded` stays a rate limit.
 * - Anthropic-style 400 `{ type: 'error', error: { type: 'invalid_request_error', message: 'Your
 *   credit balance is too low…' } }`. Other 400s (validation errors) stay what they are.
 * - Gateway 403s (and 400s) with an exhausted-balance code or type: `insufficient_balance`,
 *   `out_of_credit`, an RFC 9457 `type` ending in `out-of-credit`, "You do not have enough credit".
 *
 * A 402 is left to the default (it is a paywall already: OpenRouter's 402 `{ error: { code: 402,
 * message, metadata } }` reads as `insufficient_credits` from its message). It answers `true` or
 * `undefined`, never `false`, so the reason still comes from the body and your `reasonCodes`. Opt in
 * with `classify: providerBillingErrors`, or beside your own with `combineClassify`.
 *
 * @example
 * <PaywallProvider classify={combineClassify(myClassify, providerBillingErrors)} />
 */
export const providerBillingErrors: Classify = ({ status, body }) => {
  if (![400, 403, 429].includes(status) || !isObject(body)) return undefined
  const error = own(body, 'error')
  const codes = [
    own(error, 'code'),
    own(error, 'type'),
    own(body, 'code'),
    own(body, 'type'),
    own(body, 'error_code'),
  ]
  if (says(billingWords, ...codes)) return true
  if (status === 429) return undefined
  return says(
    billingSentences,
    own(error, 'message'),
    own(body, 'message'),
    own(body, 'title'),
    own(body, 'detail'),
  )
    ? true
    : undefined
}
