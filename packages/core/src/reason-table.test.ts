import { describe, expect, it, vi } from 'vitest'
import { defaultReasonMessages } from './reason-messages'
import { reasonFor, reasons } from './reason-table'

describe('given a server code or sentence', () => {
  it.each([
    ['SUBSCRIPTION_EXPIRED', 'subscription_expired'],
    ['subscription_expired', 'subscription_expired'],
    ['subscriptionCancelled', 'subscription_expired'],
    ['Your subscription has lapsed.', 'subscription_expired'],
    ['API_CREDITS_EXHAUSTED', 'insufficient_credits'],
    ['insufficient_credits', 'insufficient_credits'],
    ['Insufficient Balance', 'insufficient_credits'],
    ['Please top-up your wallet', 'insufficient_credits'],
    ['card_declined', 'payment_failed'],
    ['expired_card', 'payment_failed'],
    ['Your payment failed.', 'payment_failed'],
    ['PAYMENT_METHOD_REQUIRED', 'payment_failed'],
    ['You have reached the limit of 100 requests per day', 'quota_exceeded'],
    ['insufficient_quota', 'quota_exceeded'],
    ['Monthly usage exceeded', 'quota_exceeded'],
    ['PREMIUM_ACCESS_REQUIRED', 'upgrade_required'],
    ['plan_upgrade_required', 'upgrade_required'],
    ['This feature is not included in your plan', 'upgrade_required'],
    ['ACCOUNT_SUSPENDED_PAYMENT', 'invoice_unpaid'],
    ['invoice_past_due', 'invoice_unpaid'],
    ['Please settle your outstanding balance', 'invoice_unpaid'],
    ['Your trial has ended', 'trial_ended'],
    ['TRIAL_EXPIRED', 'trial_ended'],
    ['freeTrialOver', 'trial_ended'],
    ['Payment Required', 'payment_required'],
    ['This request requires payment to proceed', 'payment_required'],
    ['X-PAYMENT header is required', 'payment_required'],
  ])('should read %j as %s', (text, reason) => {
    expect(reasonFor([text])).toBe(reason)
  })

  it('should let an earlier text (the code) win over a later one (the message)', () => {
    expect(reasonFor(['API_CREDITS_EXHAUSTED', 'Your subscription expired'])).toBe('insufficient_credits')
    expect(reasonFor([undefined, 42, 'Payment Required', 'Your trial has ended'])).toBe('trial_ended')
  })

  it('should not match words inside other words', () => {
    expect(reasonFor(['See the explanation on the discard page'])).toBe('payment_required')
  })
})

describe('given the app’s own codes', () => {
  it('should map them before the defaults, case-insensitively and only exactly', () => {
    const custom = { OUT_OF_CREDIT: 'insufficient_credits', card_declined: 'upgrade_required' } as const
    expect(reasonFor(['out_of_credit'], custom)).toBe('insufficient_credits')
    expect(reasonFor(['card_declined'], custom)).toBe('upgrade_required')
    expect(reasonFor(['card_declined_twice'], custom)).toBe('payment_failed')
  })

  it('should ignore mappings to reasons that do not exist', () => {
    expect(reasonFor(['card_declined'], { card_declined: 'nope' as never })).toBe('payment_failed')
  })
})

describe('given the English copy object in another key order', () => {
  it('should detect every reason as before', async () => {
    const texts = [
      'TRIAL_EXPIRED',
      'invoice_past_due',
      'card_declined',
      'Insufficient Balance',
      'Monthly usage exceeded',
      'Your subscription has lapsed.',
      'PREMIUM_ACCESS_REQUIRED',
      'Payment Required',
    ]
    const before = texts.map((text) => reasonFor([text]))

    vi.resetModules()
    vi.doMock('./reason-messages', async (importOriginal) => {
      const original = await importOriginal<typeof import('./reason-messages')>()
      const reversed = Object.fromEntries(Object.entries(original.defaultReasonMessages).reverse())
      return { ...original, defaultReasonMessages: reversed }
    })
    try {
      const reordered = await import('./reason-table')
      const { defaultReasonMessages } = await import('./reason-messages')
      expect(Object.keys(defaultReasonMessages)[0]).toBe('payment_required')
      expect(texts.map((text) => reordered.reasonFor([text]))).toEqual(before)
      expect(reordered.reasons).toEqual(reasons)
    } finally {
      vi.doUnmock('./reason-messages')
      vi.resetModules()
    }
  })
})

describe('given the list of reasons', () => {
  it('should hold each reason that has copy exactly once, with payment_required last', () => {
    expect([...reasons].sort()).toEqual(Object.keys(defaultReasonMessages).sort())
    expect(new Set(reasons).size).toBe(reasons.length)
    expect(reasons.at(-1)).toBe('payment_required')
  })
})
