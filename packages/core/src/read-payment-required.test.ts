import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultBodyTimeout, readPaymentRequired } from './read-payment-required'
import { defaultReasonMessages } from './reason-messages'

const jsonResponse = (body: unknown, status = 402, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

describe('given a 402 response', () => {
  it('should read and understand its body', async () => {
    const response = jsonResponse({ code: 'TRIAL_ENDED', message: 'Your trial has ended.' }, 402, {
      'x-request-id': 'req_7',
    })
    expect(await readPaymentRequired(response)).toMatchObject({
      status: 402,
      reason: 'trial_ended',
      message: 'Your trial has ended.',
      requestId: 'req_7',
    })
  })

  it('should leave the response body unread for the caller', async () => {
    const response = jsonResponse({ code: 'TRIAL_ENDED' })
    await readPaymentRequired(response)
    expect(response.bodyUsed).toBe(false)
    expect(await response.json()).toEqual({ code: 'TRIAL_ENDED' })
  })

  it('should read an HTML page as text', async () => {
    const response = new Response('<html><h1>Upgrade to keep reading</h1></html>', {
      status: 402,
      headers: { 'content-type': 'text/html' },
    })
    expect(await readPaymentRequired(response)).toMatchObject({
      dialect: 'html',
      title: 'Upgrade to keep reading',
    })
  })

  it('should read a body split across many chunks and multi-byte characters', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ message: 'Votre période d’essai est terminée, désolé.' }),
    )
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]))
        controller.close()
      },
    })
    const paywall = await readPaymentRequired(new Response(stream, { status: 402 }))
    expect(paywall?.message).toBe('Votre période d’essai est terminée, désolé.')
  })

  it('should give a generic paywall for an empty body', async () => {
    expect(await readPaymentRequired(new Response(null, { status: 402 }))).toMatchObject({
      reason: 'payment_required',
      dialect: 'empty',
    })
  })
})

describe('given a body over 64 KiB', () => {
  it('should stop reading an endless stream and still give a usable paywall', async () => {
    let pulls = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1
        controller.enqueue(new Uint8Array(4096).fill(32))
      },
    })
    const paywall = await readPaymentRequired(
      new Response(stream, { status: 402, headers: { 'retry-after': '30' } }),
    )
    expect(paywall).toMatchObject({
      reason: 'payment_required',
      title: defaultReasonMessages.payment_required.title,
      retryAfter: 30,
      dialect: 'too-large',
    })
    expect(pulls).toBeLessThan(40)
  })

  it('should not read at all when Content-Length says it is too large', async () => {
    let pulled = false
    const stream = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true
        },
      },
      { highWaterMark: 0 },
    )
    const response = new Response(stream, { status: 402, headers: { 'content-length': '1000000' } })
    expect((await readPaymentRequired(response))?.dialect).toBe('too-large')
    expect(pulled).toBe(false)
  })
})

describe('given other responses', () => {
  it.each([200, 401, 403, 404, 429, 500])(
    'should say %i is not a paywall without reading it',
    async (status) => {
      const response = jsonResponse({ code: 'insufficient_credits' }, status)
      expect(await readPaymentRequired(response)).toBeNull()
      expect(response.bodyUsed).toBe(false)
    },
  )

  it('should offer the body to classify', async () => {
    const response = jsonResponse({ code: 'out_of_credit' }, 403)
    const paywall = await readPaymentRequired(response, {
      classify: ({ body }) => (body as { code?: string }).code === 'out_of_credit',
    })
    expect(paywall).toMatchObject({ status: 403, reason: 'insufficient_credits' })
  })
})

describe('given a response whose body is gone', () => {
  it('should still give a paywall from the status and headers', async () => {
    const response = jsonResponse({ code: 'TRIAL_ENDED' }, 402, { 'request-id': 'req_used' })
    await response.text()
    expect(await readPaymentRequired(response)).toMatchObject({
      reason: 'payment_required',
      requestId: 'req_used',
      dialect: 'empty',
    })
  })

  it('should not reject when the stream errors', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'))
      },
    })
    expect(await readPaymentRequired(new Response(stream, { status: 402 }))).toMatchObject({ status: 402 })
  })

  it('should not reject for something that is not a Response', async () => {
    expect(await readPaymentRequired(null as never)).toBeNull()
    expect(await readPaymentRequired({ status: 402 } as never)).toMatchObject({ status: 402 })
  })
})

describe('given a server that sends the headers of a 402 and then stalls its body', () => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(402, {
        'content-type': 'application/json',
        'retry-after': '60',
        'x-request-id': 'req_stall',
      })
      // The start of a paywall body, then nothing: the connection stays open and the body never ends.
      if (request.url === '/stall') response.write('{"code":"QUOTA_EXCEEDED","message":"You have used')
      // Past the 64 KiB cap, then nothing.
      if (request.url === '/flood') response.write(' '.repeat(70_000))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('should give up after bodyTimeout and build the paywall from status and headers', async () => {
    const response = await fetch(`${origin}/stall`)
    const started = performance.now()

    const paywall = await readPaymentRequired(response, { bodyTimeout: 300 })

    const waited = performance.now() - started
    expect(waited).toBeGreaterThanOrEqual(290)
    expect(waited).toBeLessThan(2000)
    expect(paywall).toMatchObject({
      status: 402,
      reason: 'payment_required',
      retryAfter: 60,
      requestId: 'req_stall',
      message: defaultReasonMessages.payment_required.message,
    })
  })

  it('should give up after 3 seconds by default', async () => {
    const response = await fetch(`${origin}/stall`)
    const started = performance.now()

    const paywall = await readPaymentRequired(response)

    const waited = performance.now() - started
    expect(waited).toBeGreaterThanOrEqual(defaultBodyTimeout - 10)
    expect(waited).toBeLessThan(defaultBodyTimeout + 2000)
    expect(paywall?.requestId).toBe('req_stall')
  }, 10_000)

  it('should stop at the 64 KiB cap without waiting for the rest', async () => {
    const response = await fetch(`${origin}/flood`)
    const started = performance.now()

    const paywall = await readPaymentRequired(response, { bodyTimeout: 5000 })

    expect(performance.now() - started).toBeLessThan(2000)
    expect(paywall).toMatchObject({ status: 402, dialect: 'too-large', requestId: 'req_stall' })
  })

  it.each([Number.NaN, -1, '300' as unknown as number])(
    'should use the default for a bodyTimeout of %j rather than wait forever or not at all',
    async (bodyTimeout) => {
      const response = await fetch(`${origin}/stall`)
      const started = performance.now()

      await readPaymentRequired(response, { bodyTimeout })

      expect(performance.now() - started).toBeGreaterThanOrEqual(defaultBodyTimeout - 10)
    },
    10_000,
  )
})
