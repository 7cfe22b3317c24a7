import type { Dialect } from '../internal/found'
import { isObject, own } from '../internal/guards'
import { json } from './json'

/**
 * Whether one GraphQL error says "payment required": `extensions.code` is `PAYMENT_REQUIRED` (the
 * convention of Apollo Server, GraphQL Yoga and tRPC) or `extensions.http.status` is 402 (how
 * Apollo Server and Yoga carry an HTTP status inside a 200 response).
 */
export const isPaywallGraphQLError = (error: unknown): boolean => {
  const extensions = own(error, 'extensions')
  const code = own(extensions, 'code')
  return (
    (typeof code === 'string' && code.toUpperCase() === 'PAYMENT_REQUIRED') ||
    Number(own(own(extensions, 'http'), 'status')) === 402
  )
}

/** The first paywall error of a GraphQL `errors` list; only the first 20 are looked at. */
export const paywallGraphQLError = (errors: unknown): unknown =>
  Array.isArray(errors) ? errors.slice(0, 20).find(isPaywallGraphQLError) : undefined

/**
 * GraphQL results `{ data, errors: [{ message, path, extensions }] }`, whatever the HTTP status: the
 * paywall error (else the first one) is read like a nested JSON error made of its `extensions`
 * and its `message`, so `extensions.code`, `reason`, `requestId`, `upgradeUrl`, `action`, … are kept.
 */
export const graphql: Dialect = (seen) => {
  const errors = own(seen.body, 'errors')
  if (!Array.isArray(errors)) return null
  const error = paywallGraphQLError(errors) ?? errors[0]
  const extensions = own(error, 'extensions')
  if (!isObject(extensions)) return null
  const found = json({ ...seen, body: { error: { ...extensions, message: own(error, 'message') } } })
  return found && { ...found, dialect: 'graphql' }
}
