import { describe, expect, it } from 'vitest'
import { reasonFor } from './reason-table'

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
