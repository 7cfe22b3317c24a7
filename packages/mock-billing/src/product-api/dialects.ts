import type { PlanId } from '../model/catalog.ts'
import type { PaywallReasonCode } from '../model/subscription-state.ts'
import { textToBase64 } from '../shared/base64.ts'
import { type Dialect, dialectStatus } from './dialect-names.ts'
import { l402Challenge, mppChallenge } from './payment-challenges.ts'

/** A plan as a 402 offers it: what a billing backend sends, for the kit to show and format. */
export interface PaywallPlanOffer {
  id: PlanId
  name: string
  /** Display price, e.g. `"$29/month"`; the kit shows it only when it cannot format `amount`. */
  price: string
  /** Price per `interval`, in whole units of `currency`. */
  amount: number
  currency: 'USD'
  interval: 'month'
  /** The plan the account is on; absent on the others. */
  current?: true
  /** The cheapest paid plan above the current one; absent on the others, and on every plan when the account is on the top one. */
  recommended?: true
}

/** Everything a 402 can say; each dialect writes what its shape has room for. */
export interface PaywallProblem {
  reason: PaywallReasonCode
  /** The locked feature: `reports`, `exports`, `api_calls`, `ai_summaries`, `payment_method`. */
  feature: string
  title: string
  message: string
  details?: string
  action: { url: string; text: string }
  /** Every plan, the account's own included, in catalog order (cheapest first). */
  plans?: PaywallPlanOffer[]
  usage?: { used: number; limit: number; unit: string; resetsAt: string }
  /** ISO 8601. */
  graceEndsAt?: string
  requestId: string
  /** ISO 8601. */
  timestamp: string
  docUrl: string
  /** Absolute URL of the request that was refused. */
  url: string
  /** What paying would cost, in US dollars (x402's amount). */
  priceUsd: number
  /** The language of `title`, `message` and the action's text, sent as `Content-Language`. @default none sent */
  language?: string
}

/** Base Sepolia USDC, the asset x402's examples use. */
const X402_ASSET = '0x036CbD53842c5426634e7929541eC2318f3dCF7e'
const X402_PAY_TO = '0x209693Bc6afc0C5328bA36FaF03C514EF312287C'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function flat(problem: PaywallProblem) {
  return {
    error: problem.reason,
    code: problem.reason,
    reason: problem.reason,
    message: problem.message,
    feature: problem.feature,
    upgrade_url: problem.action.url,
    ...(problem.plans ? { plans: problem.plans } : {}),
    ...(problem.usage
      ? {
          usage: {
            used: problem.usage.used,
            limit: problem.usage.limit,
            unit: problem.usage.unit,
            reset: problem.usage.resetsAt,
          },
        }
      : {}),
    ...(problem.graceEndsAt ? { grace_period_ends_at: problem.graceEndsAt } : {}),
    request_id: problem.requestId,
    timestamp: problem.timestamp,
  }
}

function nested(problem: PaywallProblem) {
  return {
    error: {
      status: 402,
      code: problem.reason.toUpperCase(),
      reason: problem.reason,
      message: problem.message,
      ...(problem.details ? { details: problem.details } : {}),
      feature: problem.feature,
      action: { type: 'link', url: problem.action.url, text: problem.action.text },
      ...(problem.plans ? { plans: problem.plans } : {}),
      ...(problem.usage ? { usage: problem.usage } : {}),
      ...(problem.graceEndsAt ? { grace_period_ends_at: problem.graceEndsAt } : {}),
      doc_url: problem.docUrl,
    },
    request_id: problem.requestId,
    timestamp: problem.timestamp,
  }
}

function envelope(problem: PaywallProblem) {
  return {
    success: false,
    error: problem.reason,
    reason: problem.reason,
    message: problem.message,
    details: problem.details ? [problem.details] : [],
    feature: problem.feature,
    upgrade_url: problem.action.url,
    ...(problem.usage ? { usage: problem.usage } : {}),
    retry_after: null,
    doc_url: problem.docUrl,
    request_id: problem.requestId,
    timestamp: problem.timestamp,
  }
}

function problemJson(problem: PaywallProblem) {
  const instance = new URL(problem.url)
  return {
    type: problem.docUrl,
    title: problem.title,
    status: 402,
    detail: problem.message,
    instance: `${instance.pathname}?request_id=${problem.requestId}`,
    code: problem.reason,
    reason: problem.reason,
    feature: problem.feature,
    action: problem.action,
    ...(problem.plans ? { plans: problem.plans } : {}),
    ...(problem.usage ? { usage: problem.usage } : {}),
    request_id: problem.requestId,
    timestamp: problem.timestamp,
  }
}

function stripe(problem: PaywallProblem) {
  const declined = problem.reason === 'payment_failed'
  const code = declined ? 'card_declined' : problem.reason
  return {
    error: {
      type: declined ? 'card_error' : 'invalid_request_error',
      code,
      ...(declined ? { decline_code: 'insufficient_funds' } : {}),
      message: problem.message,
      param: problem.feature,
      feature: problem.feature,
      // Stripe's own error documentation pattern, as real Stripe errors carry it.
      doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}`,
      upgrade_url: problem.action.url,
    },
  }
}

function x402Requirements(problem: PaywallProblem) {
  const amount = String(Math.round(problem.priceUsd * 1_000_000))
  const extra = { name: 'USDC', version: '2', reason: problem.reason }
  return { amount, extra }
}

function x402Body(problem: PaywallProblem) {
  const { amount, extra } = x402Requirements(problem)
  return {
    x402Version: 1,
    error: problem.reason,
    accepts: [
      {
        scheme: 'exact',
        network: 'base-sepolia',
        maxAmountRequired: amount,
        resource: problem.url,
        description: problem.message,
        mimeType: 'application/json',
        payTo: X402_PAY_TO,
        maxTimeoutSeconds: 60,
        asset: X402_ASSET,
        extra,
      },
    ],
    request_id: problem.requestId,
    timestamp: problem.timestamp,
  }
}

/** The x402 v2 `PAYMENT-REQUIRED` header: base64 of the JSON payment requirements. */
function x402Header(problem: PaywallProblem): string {
  const { amount, extra } = x402Requirements(problem)
  const requirements = {
    x402Version: 2,
    error: problem.reason,
    resource: { url: problem.url, description: problem.message, mimeType: 'application/json' },
    accepts: [
      {
        scheme: 'exact',
        network: 'eip155:84532',
        amount,
        asset: X402_ASSET,
        payTo: X402_PAY_TO,
        maxTimeoutSeconds: 60,
        extra,
      },
    ],
  }
  return textToBase64(JSON.stringify(requirements))
}

/** L402's body beside its challenge: the message and the facts, as plain text (the invoice pays, not the body). */
function l402Text(problem: PaywallProblem): string {
  return [
    problem.message,
    `reason=${problem.reason} request_id=${problem.requestId} time=${problem.timestamp}`,
    '',
  ].join('\n')
}

/** The RFC 9457 body MPP servers send beside a `Payment` challenge, with this API's facts as extension members. */
function mppProblem(problem: PaywallProblem, challengeId: string) {
  return {
    type: 'https://paymentauth.org/problems/payment-required',
    title: problem.title,
    status: 402,
    detail: problem.message,
    challengeId,
    reason: problem.reason,
    feature: problem.feature,
    request_id: problem.requestId,
  }
}

/**
 * OpenAI's error for an account out of quota, which it sends as a 429: the shape has no room for
 * another reason, so every refusal reads `insufficient_quota`.
 */
function openai(problem: PaywallProblem) {
  return {
    error: {
      message: problem.message,
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    },
  }
}

/**
 * The error body of an AI SDK provider endpoint (the AI Gateway's `{ error: { message, type,
 * param, code }, generationId }`, which `@ai-sdk/gateway` validates), that the AI SDK hands on as
 * `APICallError.responseBody` with `statusCode: 402`.
 */
function aiSdk(problem: PaywallProblem) {
  return {
    error: {
      message: problem.message,
      type: 'payment_required',
      param: { feature: problem.feature },
      code: problem.reason,
    },
    generationId: `gen_${problem.requestId}`,
  }
}

/**
 * A GraphQL result refused by a resolver, as Apollo Server and GraphQL Yoga send it over HTTP 200:
 * `data: null` and one error whose `extensions.code` is `PAYMENT_REQUIRED`.
 */
function graphql(problem: PaywallProblem) {
  return {
    data: null,
    errors: [
      {
        message: problem.message,
        locations: [{ line: 1, column: 3 }],
        path: [problem.feature],
        extensions: {
          code: 'PAYMENT_REQUIRED',
          reason: problem.reason,
          feature: problem.feature,
          requestId: problem.requestId,
          action: { url: problem.action.url, text: problem.action.text },
          ...(problem.usage ? { usage: problem.usage } : {}),
        },
      },
    ],
  }
}

function html(problem: PaywallProblem): string {
  const e = escapeHtml
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${e(problem.title)}</title>
  <meta name="paywall-reason" content="${e(problem.reason)}">
</head>
<body>
  <main data-reason="${e(problem.reason)}">
    <h1>${e(problem.title)}</h1>
    <p>${e(problem.message)}</p>
    <p><a href="${e(problem.action.url)}">${e(problem.action.text)}</a></p>
    <p><small>Request ID: ${e(problem.requestId)} · ${e(problem.timestamp)}</small></p>
  </main>
</body>
</html>
`
}

function text(problem: PaywallProblem): string {
  return [
    problem.message,
    `${problem.action.text}: ${problem.action.url}`,
    `reason=${problem.reason} request_id=${problem.requestId} time=${problem.timestamp}`,
    '',
  ].join('\n')
}

const json = (body: unknown, contentType = 'application/json') => ({
  body: JSON.stringify(body),
  contentType,
})

/**
 * Writes a refusal in a dialect (a 402, or OpenAI's 429 and GraphQL's 200), with `Request-Id`,
 * `Paywall-Feature` (and x402's `PAYMENT-REQUIRED`, L402's and MPP's `WWW-Authenticate`) headers. The feature travels in a header so that every dialect carries it, even an empty body;
 * only the JSON bodies repeat it, as a `feature` member.
 */
export function renderPaymentRequired(problem: PaywallProblem, dialect: Dialect): Response {
  const headers = new Headers({
    'Request-Id': problem.requestId,
    'Paywall-Feature': problem.feature,
    'Cache-Control': 'no-store',
  })
  if (problem.language) headers.set('Content-Language', problem.language)
  const rendered = (() => {
    switch (dialect) {
      case 'flat':
        return json(flat(problem))
      case 'nested':
        return json(nested(problem))
      case 'envelope':
        return json(envelope(problem))
      case 'problem+json':
        return json(problemJson(problem), 'application/problem+json')
      case 'stripe':
        return json(stripe(problem))
      case 'x402':
        headers.set('PAYMENT-REQUIRED', x402Header(problem))
        return json(x402Body(problem))
      case 'l402':
        headers.set('WWW-Authenticate', l402Challenge(problem))
        return { body: l402Text(problem), contentType: 'text/plain; charset=utf-8' }
      case 'mpp': {
        const challenge = mppChallenge(problem)
        headers.set('WWW-Authenticate', challenge.header)
        return json(mppProblem(problem, challenge.id), 'application/problem+json')
      }
      case 'openai':
        headers.set('x-request-id', `req_${problem.requestId}`)
        return json(openai(problem))
      case 'ai-sdk':
        return json(aiSdk(problem))
      case 'graphql':
        return json(graphql(problem))
      case 'html':
        return { body: html(problem), contentType: 'text/html; charset=utf-8' }
      case 'text':
        return { body: text(problem), contentType: 'text/plain; charset=utf-8' }
      case 'empty':
        return null
    }
  })()
  const status = dialectStatus(dialect)
  if (!rendered) return new Response(null, { status, headers })
  headers.set('Content-Type', rendered.contentType)
  return new Response(rendered.body, { status, headers })
}
