import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import ky from 'ky'
import ky1 from 'ky1'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PaymentRequiredError } from './payment-required-error'
import { readPaywallError } from './read-paywall-error'
import { defaultReasonMessages } from './reason-messages'

const message = 'Your free trial has ended. Pick a plan to keep exporting reports.'
const body = JSON.stringify({
  error: {
    code: 'TRIAL_ENDED',
    message,
    action: { url: '/plans', label: 'Pick a plan' },
  },
})

let server: Server
let origin: string

beforeAll(async () => {
  server = createServer((request, response) => {
    const headers = { 'content-type': 'application/json', 'x-request-id': 'req_ky1' }
    if (request.url === '/402') {
      response.writeHead(402, headers).end(body)
    } else if (request.url === '/403') {
      response
        .writeHead(403, headers)
        .end(JSON.stringify({ code: 'out_of_credit', message: 'You are out of credit.' }))
    } else if (request.url === '/stall') {
      // Headers and half a body, then nothing: a server that hangs mid-answer.
      response.writeHead(402, headers)
      response.write(body.slice(0, 20))
    } else if (request.url === '/huge') {
      response.writeHead(402, { 'content-type': 'text/plain', 'x-request-id': 'req_huge' })
      response.end('x'.repeat(200_000))
    } else {
      response.writeHead(500).end('Internal error')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.closeAllConnections()
  return new Promise<void>((resolve) => server.close(() => resolve()))
})

const kyOneError = async (path: string) => {
  try {
    await ky1.get(`${origin}${path}`, { retry: 0 }).json()
  } catch (error) {
    return error as { response: Response }
  }
  throw new Error('ky did not reject')
}

describe('given a ky 1 HTTPError, whose response body nobody has read', () => {
  it('should read the body and give the full paywall', async () => {
    const error = await kyOneError('/402')
    expect(await readPaywallError(error)).toMatchObject({
      status: 402,
      reason: 'trial_ended',
      code: 'TRIAL_ENDED',
      message,
      requestId: 'req_ky1',
      action: { url: '/plans', label: 'Pick a plan' },
    })
  })

  it('should leave the response readable for the app', async () => {
    const error = await kyOneError('/402')
    await readPaywallError(error)
    expect(error.response.bodyUsed).toBe(false)
    expect(await error.response.json()).toMatchObject({ error: { code: 'TRIAL_ENDED' } })
  })

  it('should read it once however often it is asked', async () => {
    const error = await kyOneError('/402')
    const clone = vi.spyOn(error.response, 'clone')
    const [first, second] = await Promise.all([readPaywallError(error), readPaywallError(error)])
    const third = await readPaywallError(error)
    expect(first?.code).toBe('TRIAL_ENDED')
    expect([second, third]).toEqual([first, first])
    expect(clone).toHaveBeenCalledTimes(1)
  })

  it('should not read a body that no paywall needs', async () => {
    const error = await kyOneError('/500')
    expect(await readPaywallError(error)).toBeNull()
    expect(error.response.bodyUsed).toBe(false)
  })

  it('should read another status when classify may claim it', async () => {
    const error = await kyOneError('/403')
    const paywall = await readPaywallError(error, {
      classify: ({ status, body }) => status === 403 && (body as { code?: string }).code === 'out_of_credit',
    })
    expect(paywall).toMatchObject({
      status: 403,
      reason: 'insufficient_credits',
      message: 'You are out of credit.',
    })
  })

  it('should settle for status and headers when the server stalls mid-body', async () => {
    const error = await kyOneError('/stall')
    const started = performance.now()
    expect(await readPaywallError(error)).toMatchObject({
      status: 402,
      reason: 'payment_required',
      message: defaultReasonMessages.payment_required.message,
      requestId: 'req_ky1',
    })
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('should not read past 64 KiB', async () => {
    const error = await kyOneError('/huge')
    expect(await readPaywallError(error)).toMatchObject({ dialect: 'too-large', requestId: 'req_huge' })
  })
})

describe('given an error whose body was already read', () => {
  it('should give what toPaymentRequired gives, for ky 2', async () => {
    let error: unknown
    try {
      await ky.get(`${origin}/402`, { retry: 0 }).json()
    } catch (caught) {
      error = caught
    }
    expect(await readPaywallError(error)).toMatchObject({
      code: 'TRIAL_ENDED',
      message,
      requestId: 'req_ky1',
    })
  })

  it('should return the paywall of a PaymentRequiredError as it is', async () => {
    const paywall = { status: 402, reason: 'trial_ended', title: 't', message: 'm', dialect: 'flat' } as const
    expect(await readPaywallError(new PaymentRequiredError(paywall))).toBe(paywall)
  })

  it.each([null, undefined, 'boom', new TypeError('Failed to fetch')])(
    'should resolve %o to null',
    async (error) => {
      expect(await readPaywallError(error)).toBeNull()
    },
  )

  it('should not reject for an error whose getters throw', async () => {
    const error = {
      get response(): never {
        throw new Error('boom')
      },
    }
    expect(await readPaywallError(error)).toBeNull()
  })
})
