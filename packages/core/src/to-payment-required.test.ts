import { describe, expect, it } from 'vitest'
import { PaymentRequiredError } from './payment-required-error'
import { toPaymentRequired } from './to-payment-required'
import type { PaymentRequired } from './types'

const body = { code: 'API_CREDITS_EXHAUSTED', message: 'You are out of credits for this month.' }

describe('given a PaymentRequiredError', () => {
  it('should return its paywall', () => {
    const paywall: PaymentRequired = {
      status: 402,
      reason: 'trial_ended',
      title: 't',
      message: 'm',
      dialect: 'flat',
    }
    expect(toPaymentRequired(new PaymentRequiredError(paywall))).toBe(paywall)
  })
})

describe('given an axios-style error', () => {
  it('should read error.response.{status, data, headers}', () => {
    const error = Object.assign(new Error('Request failed with status code 402'), {
      isAxiosError: true,
      response: { status: 402, data: body, headers: { 'x-request-id': 'req_axios' } },
    })
    expect(toPaymentRequired(error)).toMatchObject({
      status: 402,
      reason: 'insufficient_credits',
      code: 'API_CREDITS_EXHAUSTED',
      message: 'You are out of credits for this month.',
      requestId: 'req_axios',
    })
  })

  it('should read axios data that is still a string', () => {
    const error = { response: { status: 402, data: JSON.stringify(body), headers: {} } }
    expect(toPaymentRequired(error)?.code).toBe('API_CREDITS_EXHAUSTED')
  })

  it('should say a 401 or a 500 is not a paywall', () => {
    expect(toPaymentRequired({ response: { status: 401, data: body } })).toBeNull()
    expect(toPaymentRequired({ response: { status: 500, data: body } })).toBeNull()
  })

  it('should pass the options on to classify', () => {
    const error = { response: { status: 403, data: { code: 'out_of_credit' }, headers: {} } }
    expect(toPaymentRequired(error, { classify: ({ status }) => status === 403 })).toMatchObject({
      status: 403,
      reason: 'insufficient_credits',
    })
  })
})

describe('given a ky or ofetch error whose response is a Response', () => {
  it('should use the body the client already parsed into error.data', () => {
    const response = new Response(null, { status: 402, headers: { 'request-id': 'req_ofetch' } })
    const error = Object.assign(new Error('[GET] "/api": 402 Payment Required'), { response, data: body })
    expect(toPaymentRequired(error)).toMatchObject({
      reason: 'insufficient_credits',
      code: 'API_CREDITS_EXHAUSTED',
      requestId: 'req_ofetch',
    })
  })

  it('should give a generic paywall from status and headers when the body is unread', () => {
    const response = new Response(JSON.stringify(body), { status: 402, headers: { 'retry-after': '10' } })
    const error = Object.assign(new Error('Request failed with status code 402 Payment Required'), {
      response,
    })
    expect(toPaymentRequired(error)).toMatchObject({
      status: 402,
      reason: 'payment_required',
      retryAfter: 10,
    })
    expect(response.bodyUsed).toBe(false)
  })

  it('should say other statuses are not paywalls', () => {
    expect(toPaymentRequired({ response: new Response(null, { status: 404 }) })).toBeNull()
  })
})

describe('given a plain error object', () => {
  it.each([
    ['status + body', { status: 402, body }],
    ['status + data', { status: 402, data: body }],
    ['statusCode + data', { statusCode: 402, data: body }],
    ['a JSON string body', { status: 402, body: JSON.stringify(body) }],
  ])('should read %s', (_, error) => {
    expect(toPaymentRequired(error)).toMatchObject({ status: 402, reason: 'insufficient_credits' })
  })

  it('should read a 402 wrapped as error.cause', () => {
    const error = new Error('Could not load reports', { cause: { status: 402, body } })
    expect(toPaymentRequired(error)?.code).toBe('API_CREDITS_EXHAUSTED')
  })

  it('should give a bare { status: 402 } a generic paywall', () => {
    expect(toPaymentRequired({ status: 402 })).toMatchObject({ reason: 'payment_required', dialect: 'empty' })
  })
})

describe('given a GraphQL result', () => {
  it('should read errors whose extensions.http.status is 402 as a paywall, over HTTP 200', () => {
    const error = {
      status: 200,
      body: {
        data: null,
        errors: [{ message: 'Your credit balance is too low.', extensions: { http: { status: 402 } } }],
      },
    }
    expect(toPaymentRequired(error)).toMatchObject({
      status: 402,
      reason: 'insufficient_credits',
      message: 'Your credit balance is too low.',
      dialect: 'graphql',
    })
  })

  it('should read the paywall error even when it is not the first one', () => {
    const error = {
      graphQLErrors: [
        { message: 'Cannot read avatar.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        {
          message: 'Upgrade to Pro to export.',
          extensions: { code: 'PAYMENT_REQUIRED', reason: 'plan_upgrade_required' },
        },
      ],
    }
    expect(toPaymentRequired(error)).toMatchObject({ code: 'PAYMENT_REQUIRED', reason: 'upgrade_required' })
  })

  it('should say GraphQL errors that do not ask for payment are not paywalls', () => {
    const error = {
      errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }],
      data: null,
    }
    expect(toPaymentRequired(error)).toBeNull()
  })
})

describe('given an AI SDK RetryError', () => {
  it('should read the APICallError kept as lastError', () => {
    const lastError = { statusCode: 402, responseBody: JSON.stringify(body), responseHeaders: {} }
    const error = Object.assign(new Error('Failed after 3 attempts.'), { errors: [lastError], lastError })
    expect(toPaymentRequired(error)?.code).toBe('API_CREDITS_EXHAUSTED')
  })
})

describe('given something that is not an HTTP error', () => {
  it.each([
    null,
    undefined,
    402,
    'Payment Required',
    new Error('Payment Required'),
    new TypeError('Failed to fetch'),
    { status: '402' },
    { response: { status: '402' } },
    { response: null },
  ])('should return null for %o', (error) => {
    expect(toPaymentRequired(error)).toBeNull()
  })

  it('should not follow an endless cause chain', () => {
    const error: { cause?: unknown } = {}
    error.cause = error
    expect(toPaymentRequired(error)).toBeNull()
  })

  it('should not throw on an error whose getters throw', () => {
    const error = {
      get response(): never {
        throw new Error('boom')
      },
    }
    expect(toPaymentRequired(error)).toBeNull()
  })
})
