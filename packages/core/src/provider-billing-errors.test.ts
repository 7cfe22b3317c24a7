import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { seedValidationErrors } from '../../../fixtures/seed-fixtures'
import { combineClassify } from './combine-classify'
import { parsePaymentRequired } from './parse-payment-required'
import { providerBillingErrors } from './provider-billing-errors'
import type { Classify } from './types'

interface Fixture {
  status: number
  headers: Record<string, string>
  body: unknown
  expect: {
    paywall: boolean
    reason?: string
    code?: string
    message?: string
    title?: string
    requestId?: string
  }
}

// Bodies from the providers' public documentation; each file cites its page.
const directory = new URL('../../../fixtures/provider-billing/', import.meta.url)
const fixtures = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as Fixture] as const)

describe('given the provider billing fixtures', () => {
  it('should have one for every shape it recognises, and a rate limit that is not one', () => {
    expect(fixtures.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'openai-429-insufficient-quota.json',
        'openai-429-rate-limit.json',
        'anthropic-400-credit-balance.json',
        'openrouter-402-insufficient-credits.json',
        'gateway-403-out-of-credit.json',
      ]),
    )
  })

  it.each(fixtures)('should read %s as its expect says', (_, fixture) => {
    const { paywall, ...fields } = fixture.expect
    const result = parsePaymentRequired(fixture, { classify: providerBillingErrors })
    if (!paywall) {
      expect(result).toBeNull()
      return
    }
    expect(result).toMatchObject({ status: fixture.status, ...fields })
  })

  it.each(fixtures.filter(([, fixture]) => fixture.status !== 402))(
    'should leave %s alone without the opt-in',
    (_, fixture) => {
      expect(parsePaymentRequired(fixture)).toBeNull()
    },
  )
})

describe('given errors that are not about billing', () => {
  it.each(seedValidationErrors.map((error) => [error.error_code, error.response] as const))(
    'should keep the 400 %s a validation error',
    (_, body) => {
      expect(providerBillingErrors({ status: 400, headers: new Headers(), body })).toBeUndefined()
      expect(parsePaymentRequired({ status: 400, body }, { classify: providerBillingErrors })).toBeNull()
    },
  )

  it.each([
    [
      429,
      {
        error: {
          message:
            'Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 29000, Requested 2000. Please try again in 2s.',
          type: 'tokens',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
    ],
    [
      429,
      {
        type: 'error',
        error: {
          type: 'rate_limit_error',
          message: 'Number of request tokens has exceeded your per-minute rate limit',
        },
      },
    ],
    [400, { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } }],
    [
      403,
      {
        type: 'error',
        error: {
          type: 'permission_error',
          message: 'Your API key does not have permission to use the specified resource.',
        },
      },
    ],
    [500, { error: { type: 'insufficient_quota' } }],
    [429, 'insufficient_quota'],
  ])('should say a %i %j is not a paywall', (status, body) => {
    expect(parsePaymentRequired({ status, body }, { classify: providerBillingErrors })).toBeNull()
  })

  it('should leave a 402 to the default', () => {
    expect(providerBillingErrors({ status: 402, headers: new Headers(), body: {} })).toBeUndefined()
  })
})

describe('given combineClassify', () => {
  const seatsFull: Classify = ({ status, body }) =>
    status === 403 && (body as { code?: string }).code === 'seats_full' ? 'upgrade_required' : undefined

  it("should ask the app's classify first and the provider errors after", () => {
    const classify = combineClassify(seatsFull, providerBillingErrors)
    expect(parsePaymentRequired({ status: 403, body: { code: 'seats_full' } }, { classify })).toMatchObject({
      status: 403,
      reason: 'upgrade_required',
    })
    const [, anthropic] = fixtures.find(([name]) => name.startsWith('anthropic')) ?? []
    expect(parsePaymentRequired({ status: 400, body: anthropic?.body }, { classify })?.reason).toBe(
      'insufficient_credits',
    )
  })

  it('should let the app veto what a later classifier would accept', () => {
    const [, openai] = fixtures.find(([name]) => name.startsWith('openai-429-insufficient')) ?? []
    const classify = combineClassify(
      ({ status }) => (status === 429 ? false : undefined),
      providerBillingErrors,
    )
    expect(parsePaymentRequired({ status: 429, body: openai?.body }, { classify })).toBeNull()
  })

  it('should skip a classifier that throws and keep the default when none answers', () => {
    const classify = combineClassify(() => {
      throw new Error('boom')
    }, undefined)
    expect(parsePaymentRequired({ status: 402, body: {} }, { classify })?.status).toBe(402)
    expect(parsePaymentRequired({ status: 403, body: {} }, { classify })).toBeNull()
  })
})
