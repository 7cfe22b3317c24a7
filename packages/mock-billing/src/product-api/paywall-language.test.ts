import { readPaymentRequired } from '@paywall-kit/core'
import { describe, expect, it } from 'vitest'
import { createBillingApi, dialects, type PaywallLanguage } from '../index.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')

const expiredApi = (language?: PaywallLanguage) =>
  createBillingApi({ now: () => NOW, scenario: 'expired', ...(language ? { language } : {}) })

describe('given the default language', () => {
  it('should answer a 402 in English and say so in Content-Language', async () => {
    const response = await expiredApi().fetch('/api/reports')
    const body = await response.json()

    expect(response.status).toBe(402)
    expect(response.headers.get('content-language')).toBe('en')
    expect(body.error.message).toBe(
      'Your Pro subscription has expired. Renew it to use Premium reports again.',
    )
    expect(body.error.action.text).toBe('Renew subscription')
  })
})

describe('given language: "de"', () => {
  it('should answer a 402 in German and say so in Content-Language', async () => {
    const response = await expiredApi('de').fetch('/api/reports')
    const body = await response.json()

    expect(response.status).toBe(402)
    expect(response.headers.get('content-language')).toBe('de')
    expect(body.error.message).toBe(
      'Ihr Pro-Abo ist abgelaufen. Verlängern Sie es, um Premium-Berichte wieder zu nutzen.',
    )
    expect(body.error.action.text).toBe('Abo verlängern')
  })

  it('should be read by core as German copy', async () => {
    const paywall = await readPaymentRequired(await expiredApi('de').fetch('/api/reports'))

    expect(paywall).toMatchObject({
      reason: 'subscription_expired',
      language: 'de',
      message: 'Ihr Pro-Abo ist abgelaufen. Verlängern Sie es, um Premium-Berichte wieder zu nutzen.',
      action: { label: 'Abo verlängern' },
    })
  })

  it.each(dialects)('should name the language of a %s refusal', async (dialect) => {
    const response = await expiredApi('de').fetch('/api/reports', {
      headers: { 'x-paywall-dialect': dialect },
    })

    expect(response.headers.get('content-language')).toBe('de')
  })

  it('should write the German title where the dialect has room for one', async () => {
    const response = await expiredApi('de').fetch('/api/reports', {
      headers: { 'x-paywall-dialect': 'problem+json' },
    })

    expect((await response.json()).title).toBe('Ihr Abo ist abgelaufen')
  })
})

describe('given an unknown language', () => {
  it('should refuse to create the API', () => {
    expect(() => createBillingApi({ language: 'xx' as PaywallLanguage })).toThrow(
      new TypeError('Unknown language "xx"'),
    )
  })
})
