import {
  createPaywallFetch,
  PaymentRequiredError,
  providerBillingErrors,
  readPaymentRequired,
  toPaymentRequired,
} from '@paywall-kit/core'
import { describe, expect, it } from 'vitest'
import { type BillingApi, createBillingApi, type Dialect, type ScenarioName } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')

interface Case {
  name: string
  scenario: ScenarioName
  /** Days the clock moves after the scenario is set up. */
  days?: number
  request: (api: BillingApi, dialect: Dialect) => Promise<Response>
  reason: string
  feature: string
}

const header = (dialect: Dialect) => ({ 'x-paywall-dialect': dialect })

const cases: Case[] = [
  {
    name: 'an expired subscriber opening reports',
    scenario: 'expired',
    request: (api, dialect) => api.fetch('/api/reports', { headers: header(dialect) }),
    reason: 'subscription_expired',
    feature: 'reports',
  },
  {
    name: 'a free user opening reports',
    scenario: 'free',
    request: (api, dialect) => api.fetch('/api/reports', { headers: header(dialect) }),
    reason: 'upgrade_required',
    feature: 'reports',
  },
  {
    name: 'a suspended account exporting',
    scenario: 'invoice_unpaid',
    request: (api, dialect) =>
      api.fetch('/api/exports', { method: 'POST', headers: header(dialect), body: '{}' }),
    reason: 'invoice_unpaid',
    feature: 'exports',
  },
  {
    name: 'a subscriber whose grace period ended opening reports',
    scenario: 'grace_period',
    days: 4,
    request: (api, dialect) => api.fetch('/api/reports', { headers: header(dialect) }),
    reason: 'payment_failed',
    feature: 'reports',
  },
  {
    name: 'a user whose trial ended opening reports',
    scenario: 'trialing',
    days: 4,
    request: (api, dialect) => api.fetch('/api/reports', { headers: header(dialect) }),
    reason: 'trial_ended',
    feature: 'reports',
  },
  {
    name: 'a user over the API quota',
    scenario: 'quota_exhausted',
    request: (api, dialect) =>
      api.fetch('/api/queries', { method: 'POST', headers: header(dialect), body: '{}' }),
    reason: 'quota_exceeded',
    feature: 'api_calls',
  },
  {
    name: 'a user without AI credits',
    scenario: 'credits_exhausted',
    request: (api, dialect) =>
      api.fetch('/api/ai/summaries', { method: 'POST', headers: header(dialect), body: '{}' }),
    reason: 'insufficient_credits',
    feature: 'ai_summaries',
  },
  {
    name: 'a declined card',
    scenario: 'grace_period',
    request: (api, dialect) =>
      api.fetch('/api/payment-method', {
        method: 'POST',
        headers: header(dialect),
        body: JSON.stringify({ number: '4000000000000002' }),
      }),
    reason: 'payment_failed',
    feature: 'payment_method',
  },
]

function apiFor(item: Case) {
  const api = createBillingApi({ now: () => NOW, scenario: item.scenario })
  if (item.days) api.clock.advance({ days: item.days })
  return api
}

async function respond(item: Case, dialect: Dialect) {
  const response = await item.request(apiFor(item), dialect)
  expect(response.status).toBe(402)
  return response
}

async function refuse(item: Case, dialect: Dialect) {
  const response = await respond(item, dialect)
  return { response, paywall: await readPaymentRequired(response) }
}

/** The same 402 as a server that does not send the `Paywall-Feature` header would answer it. */
function withoutFeatureHeader(response: Response) {
  const headers = new Headers(response.headers)
  headers.delete('Paywall-Feature')
  return new Response(response.body, { status: response.status, headers })
}

const matrix = (dialects: Dialect[]) =>
  dialects.flatMap((dialect) => cases.map((item) => [dialect, item.name, item] as const))

describe('given a 402 in a JSON dialect, read by @paywall-kit/core', () => {
  it.each(matrix(['flat', 'nested', 'envelope', 'problem+json', 'stripe']))(
    'should read %s for %s back to its reason, feature, request id and action',
    async (dialect, _, item) => {
      const { response, paywall } = await refuse(item, dialect)

      expect(paywall).toMatchObject({
        status: 402,
        reason: item.reason,
        feature: item.feature,
        dialect,
        requestId: response.headers.get('Request-Id'),
        action: { url: `/billing?upgrade=${item.feature}&reason=${item.reason}` },
      })
    },
  )

  it.each(['flat', 'nested', 'envelope', 'problem+json'] as const)(
    'should read the timestamp and the quota usage from %s',
    async (dialect) => {
      const quota = cases.find((item) => item.reason === 'quota_exceeded') as Case

      const { paywall } = await refuse(quota, dialect)

      expect(paywall?.timestamp).toBe('2026-03-10T12:00:00Z')
      expect(paywall?.usage).toMatchObject({ used: 10_000, limit: 10_000 })
    },
  )
})

describe('given a 402 in x402, html or text, read by @paywall-kit/core', () => {
  it.each(matrix(['x402', 'html', 'text']))(
    'should read %s for %s back to its reason, and its feature from the Paywall-Feature header',
    async (dialect, _, item) => {
      const { response, paywall } = await refuse(item, dialect)

      expect(paywall).toMatchObject({
        status: 402,
        reason: item.reason,
        feature: item.feature,
        dialect,
        requestId: response.headers.get('Request-Id'),
      })
    },
  )
})

describe('given a 402 in text, read by @paywall-kit/core', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'should show the first line of %s as the message and offer its labelled link as the action',
    async (_, item) => {
      const { response, paywall } = await refuse(item, 'text')
      const [message, actionLine] = (await response.text()).split('\n')

      expect(paywall?.message).toBe(message)
      expect(paywall?.action).toEqual({
        url: `/billing?upgrade=${item.feature}&reason=${item.reason}`,
        label: actionLine?.slice(0, actionLine.indexOf(':')),
      })
    },
  )
})

describe('given an empty 402, read by @paywall-kit/core', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'should be a generic paywall for %s that keeps the request id and the feature its headers name',
    async (_, item) => {
      const { response, paywall } = await refuse(item, 'empty')

      expect(paywall).toMatchObject({
        status: 402,
        reason: 'payment_required',
        feature: item.feature,
        dialect: 'empty',
        requestId: response.headers.get('Request-Id'),
      })
    },
  )
})

describe('given a 402 without the Paywall-Feature header, read by @paywall-kit/core', () => {
  it.each(matrix(['flat', 'nested', 'envelope', 'problem+json', 'stripe']))(
    'should still read the feature of %s for %s from its body',
    async (dialect, _, item) => {
      const paywall = await readPaymentRequired(withoutFeatureHeader(await respond(item, dialect)))

      expect(paywall).toMatchObject({ reason: item.reason, feature: item.feature, dialect })
    },
  )

  it.each(matrix(['x402', 'html', 'text', 'empty']))(
    'should not know the feature of %s for %s, whose body has no room for it',
    async (dialect, _, item) => {
      const paywall = await readPaymentRequired(withoutFeatureHeader(await respond(item, dialect)))

      expect(paywall).toMatchObject({ status: 402, dialect })
      expect(paywall).not.toHaveProperty('feature')
    },
  )
})

describe('given the non-402 failures of the demo controls, read by @paywall-kit/core', () => {
  it.each([401, 403, 429, 500])('should not treat %i as a paywall', async (status) => {
    const api = createBillingApi({ now: () => NOW })

    const response = await api.fetch(`/api/demo/fail/${status}`)

    expect(await readPaymentRequired(response)).toBeNull()
  })
})

/** What each case costs in US dollars: an AI summary is one $0.10 credit, everything else the $29 Pro plan. */
const priceOf = (item: Case) => (item.feature === 'ai_summaries' ? 0.1 : 29)

/** The message each case refuses with, as the nested dialect words it. */
async function messageOf(item: Case) {
  const body = (await (await respond(item, 'nested')).json()) as { error: { message: string } }
  return body.error.message
}

describe('given a 402 with an L402 challenge, read by @paywall-kit/core', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'should read %s to its reason, feature, request id and price in sats, never the invoice or macaroon',
    async (_, item) => {
      const { response, paywall } = await refuse(item, 'l402')
      const challenge = response.headers.get('WWW-Authenticate') ?? ''

      expect(challenge).toMatch(/^L402 macaroon="[A-Za-z0-9+/]+=*", invoice="lntb\d+[un]1[02-9ac-hj-np-z]+"$/)
      expect(paywall).toMatchObject({
        status: 402,
        reason: item.reason,
        feature: item.feature,
        dialect: 'l402',
        requestId: response.headers.get('Request-Id'),
        message: await messageOf(item),
        price: { amount: String(priceOf(item) * 1_000), asset: 'sats', network: 'Lightning testnet' },
      })
      expect(JSON.stringify(paywall)).not.toMatch(/lntb|macaroon/)
    },
  )
})

describe('given a 402 with an MPP Payment challenge, read by @paywall-kit/core', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'should read %s to its reason, feature, request id and price in US dollars',
    async (_, item) => {
      const { response, paywall } = await refuse(item, 'mpp')
      const challenge = response.headers.get('WWW-Authenticate') ?? ''
      const request = JSON.parse(
        Buffer.from(/request="([\w-]+)"/.exec(challenge)?.[1] ?? '', 'base64url').toString('utf8'),
      )

      expect(challenge).toMatch(/^Payment id="[\w-]+", realm="localhost", method="stripe", intent="charge", /)
      expect(request).toEqual({
        amount: String(Math.round(priceOf(item) * 100)),
        currency: 'usd',
        recipient: 'acct_acme_analytics',
        description: await messageOf(item),
      })
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(paywall).toMatchObject({
        status: 402,
        reason: item.reason,
        feature: item.feature,
        dialect: 'mpp',
        requestId: response.headers.get('Request-Id'),
        price: { currency: 'USD', description: await messageOf(item) },
      })
      expect(Number(paywall?.price?.amount)).toBe(priceOf(item))
    },
  )
})

describe('given an OpenAI-style 429 insufficient_quota, fetched with core and providerBillingErrors', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'should open the paywall for %s with the server message and the feature, one request',
    async (_, item) => {
      const api = apiFor(item)
      const seen: number[] = []
      const fetchWithCount: typeof fetch = async (input, init) => {
        const response = await api.fetch(input, init)
        seen.push(response.status)
        return response
      }
      const paywallFetch = createPaywallFetch({ fetch: fetchWithCount, classify: providerBillingErrors })

      const failure = await item.request({ ...api, fetch: paywallFetch }, 'openai').then(
        () => undefined,
        (error: unknown) => error,
      )

      expect(seen).toEqual([429])
      expect(failure).toBeInstanceOf(PaymentRequiredError)
      expect((failure as PaymentRequiredError).paywall).toMatchObject({
        status: 429,
        code: 'insufficient_quota',
        dialect: 'openai',
        feature: item.feature,
        message: await messageOf(item),
      })
    },
  )

  it('should stay a plain 429 without the classify, as the kit never guesses', async () => {
    const item = cases[0] as Case
    const response = await item.request(apiFor(item), 'openai')

    expect(response.status).toBe(429)
    expect(await readPaymentRequired(response)).toBeNull()
  })
})

describe('given a 402 from an AI SDK provider endpoint, read by @paywall-kit/core', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'should read %s to its reason, message, feature and request id',
    async (_, item) => {
      const { response, paywall } = await refuse(item, 'ai-sdk')

      expect(paywall).toMatchObject({
        status: 402,
        reason: item.reason,
        feature: item.feature,
        message: await messageOf(item),
        requestId: response.headers.get('Request-Id'),
      })
    },
  )
})

describe('given a GraphQL result refused over HTTP 200, read by @paywall-kit/core', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'should read %s to its reason, feature, request id and action from extensions',
    async (_, item) => {
      const response = await item.request(apiFor(item), 'graphql')
      const result = (await response.json()) as { data: unknown; errors: { extensions: { code: string } }[] }

      expect(response.status).toBe(200)
      expect(result.data).toBeNull()
      expect(result.errors[0]?.extensions.code).toBe('PAYMENT_REQUIRED')
      expect(toPaymentRequired(result)).toMatchObject({
        reason: item.reason,
        feature: item.feature,
        dialect: 'graphql',
        requestId: response.headers.get('Request-Id'),
        message: await messageOf(item),
        action: { url: `/billing?upgrade=${item.feature}&reason=${item.reason}` },
      })
    },
  )
})
