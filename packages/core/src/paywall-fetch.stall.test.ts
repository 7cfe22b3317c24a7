import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PaymentRequiredError } from './payment-required-error'
import { createPaywallFetch } from './paywall-fetch'

describe('given classify and a server that stalls the body of its error responses', () => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      const status = request.url === '/payment' ? 402 : 500
      response.writeHead(status, { 'content-type': 'application/json' })
      response.write('{"error":')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const classify = ({ status, body }: { status: number; body: unknown }) =>
    status === 403 || (typeof body === 'object' && body !== null && 'code' in body) ? true : undefined

  it('should hand back a stalled 500 untouched after bodyTimeout instead of never resolving', async () => {
    const apiFetch = createPaywallFetch({ classify, bodyTimeout: 300 })
    const started = performance.now()

    const response = await apiFetch(`${origin}/reports`)

    expect(performance.now() - started).toBeLessThan(2000)
    expect(response.status).toBe(500)
    expect(response.bodyUsed).toBe(false)
  })

  it('should reject a stalled 402 with the paywall that status and headers give', async () => {
    const apiFetch = createPaywallFetch({ classify, bodyTimeout: 300 })

    const error = await apiFetch(`${origin}/payment`).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(PaymentRequiredError)
    expect((error as PaymentRequiredError).paywall).toMatchObject({ status: 402, reason: 'payment_required' })
  })
})
