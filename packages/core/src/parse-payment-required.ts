import { graphql } from './dialects/graphql'
import { html } from './dialects/html'
import { json } from './dialects/json'
import { l402 } from './dialects/l402'
import { mpp } from './dialects/mpp'
import { text } from './dialects/text'
import { x402 } from './dialects/x402'
import { buildPaywall } from './internal/build-paywall'
import type { Dialect, Found } from './internal/found'
import { toHeaders } from './internal/headers'
import { defaultReasonMessages } from './reason-messages'
import { isReason } from './reason-table'
import type { ParseOptions, PaymentRequired, PaymentRequiredInput } from './types'

/** Bodies longer than this (in characters, or bytes when read from a stream) are not parsed. */
export const maxBodySize = 65536

/** Stands for a body over `maxBodySize` that was left unread. */
export const tooLarge = Symbol('paywall-kit.tooLarge')

const dialects: readonly Dialect[] = [l402, mpp, x402, graphql, json, html, text]

function readable(body: unknown): unknown {
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    body = body.byteLength > maxBodySize ? tooLarge : new TextDecoder().decode(body)
  }
  if (typeof body !== 'string') return body
  const trimmed = body.trim()
  if (trimmed.length > maxBodySize) return tooLarge
  // JSON is recognised by its first character, whatever the content type says.
  if (/^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed)
    } catch {}
  }
  return body
}

/**
 * Understands a response as a paywall, or returns `null` when it is not one. By default only a
 * 402 is a paywall; `options.classify` can declare others (a 403 `{code: "out_of_credit"}`) or
 * declare a 402 not one. `body` may be raw text, bytes or parsed JSON in any of the shapes listed
 * in the README. Never throws: broken or hostile input yields a generic, still actionable paywall.
 *
 * @example
 * parsePaymentRequired({ status: 402, body: { error: { code: 'SUBSCRIPTION_EXPIRED', message: 'Your subscription has expired.' } } })
 * // { status: 402, reason: 'subscription_expired', code: 'SUBSCRIPTION_EXPIRED', title: 'Your subscription has ended', … }
 */
export function parsePaymentRequired(
  input: PaymentRequiredInput,
  options?: ParseOptions,
): PaymentRequired | null {
  options ??= {}
  let status = 0
  let accepted = false
  try {
    status = Number(input?.status) || 0
    const headers = toHeaders(input?.headers)
    const body = readable(input?.body)
    const seen = { status, headers, body }
    let verdict: unknown
    try {
      verdict = options.classify?.(seen)
    } catch {}
    if (verdict === false || (verdict == null && status !== 402)) return null
    accepted = true
    let found: Found | null = body === tooLarge ? { dialect: 'too-large' } : null
    for (const dialect of [...(options.adapters ?? []), ...dialects]) {
      if (found) break
      try {
        const result = dialect(seen)
        if (result && typeof result === 'object') found = result
      } catch {}
    }
    return buildPaywall(
      found ?? { dialect: 'unknown' },
      status,
      headers,
      options,
      isReason(verdict) ? verdict : undefined,
    )
  } catch {
    if (!accepted) return null
    const { title, message } = defaultReasonMessages.payment_required
    return { status, reason: 'payment_required', title, message, dialect: 'unknown' }
  }
}
