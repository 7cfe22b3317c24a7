import { readPaymentRequired } from '@paywall-kit/core'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { paywallResponse } from '../index.ts'
import { paywallRoute } from './msw.ts'

const server = setupServer(http.all('*', () => HttpResponse.json({ fallthrough: true })))

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('given paywallRoute for one route', () => {
  it.each([
    ['nested', 'upgrade_required'],
    ['stripe', 'payment_failed'],
    ['problem+json', 'quota_exceeded'],
    ['flat', 'insufficient_credits'],
  ] as const)('should answer it with a %s 402 the kit reads as %s', async (dialect, reason) => {
    server.use(paywallRoute('GET', '/api/reports', { reason, dialect, feature: 'reports' }))

    const response = await fetch('http://app.test/api/reports')

    expect(response.status).toBe(402)
    expect(await readPaymentRequired(response)).toMatchObject({ reason, dialect, feature: 'reports' })
  })

  it('should leave other paths and other methods to the next handler', async () => {
    server.use(paywallRoute('POST', '/api/exports', { reason: 'upgrade_required' }))

    expect((await fetch('http://app.test/api/exports')).status).toBe(200)
    expect((await fetch('http://app.test/api/reports', { method: 'POST' })).status).toBe(200)
    expect((await fetch('http://app.test/api/exports', { method: 'POST' })).status).toBe(402)
  })

  it('should answer each request afresh, with the request’s URL and the given request id', async () => {
    server.use(paywallRoute('ALL', '/api/reports/:id', { dialect: 'x402', requestId: 'req_42' }))

    const first = await fetch('http://app.test/api/reports/7')
    const second = await fetch('http://app.test/api/reports/8')

    expect(first.headers.get('Request-Id')).toBe('req_42')
    expect(await first.text()).toContain('http://app.test/api/reports/7')
    expect(await second.text()).toContain('http://app.test/api/reports/8')
  })
})

describe('given paywallResponse', () => {
  it('should refuse with the dialect’s status: 429 for openai, 200 for graphql, else 402', () => {
    expect(paywallResponse({ dialect: 'openai' }).status).toBe(429)
    expect(paywallResponse({ dialect: 'graphql' }).status).toBe(200)
    expect(paywallResponse({ dialect: 'l402' }).status).toBe(402)
  })

  it('should carry the usage and grace end it is given', async () => {
    const response = paywallResponse({
      reason: 'payment_failed',
      graceEndsAt: '2026-03-14T12:00:00Z',
      usage: { used: 100, limit: 100, unit: 'requests', resetsAt: '2026-04-01T00:00:00Z' },
    })
    expect(await readPaymentRequired(response)).toMatchObject({
      reason: 'payment_failed',
      graceEndsAt: '2026-03-14T12:00:00Z',
      usage: { used: 100, limit: 100 },
    })
  })
})
