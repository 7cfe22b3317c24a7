import { describe, expect, it } from 'vitest'
import { DEFAULT_GRACE_PERIOD_MS, graceEndOf } from './grace-end-of'

const DAY = 86_400_000

describe('given an Adapty access level', () => {
  it('should end the grace period at grace_period_expires_at', () => {
    expect(
      graceEndOf({
        billing_issue_detected_at: '2026-11-20T00:00:00Z',
        grace_period_expires_at: '2026-12-01T00:00:00Z',
      }),
    ).toBe(Date.UTC(2026, 11, 1))
  })

  it('should end it 7 days after the billing issue when the provider sends no end', () => {
    expect(DEFAULT_GRACE_PERIOD_MS).toBe(7 * DAY)
    expect(graceEndOf({ billing_issue_detected_at: '2026-11-20T00:00:00Z' })).toBe(Date.UTC(2026, 10, 27))
    expect(
      graceEndOf({ billing_issue_detected_at: '2026-11-20T00:00:00Z', grace_period_expires_at: 'soon' }),
    ).toBe(Date.UTC(2026, 10, 27))
  })

  it('should give NaN when there is no billing issue to warn about', () => {
    expect(graceEndOf({ expires_at: '2026-12-01T00:00:00Z', is_active: true })).toBeNaN()
    expect(graceEndOf({ billing_issue_detected_at: null, grace_period_expires_at: null })).toBeNaN()
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', '2026-12-01' as never],
  ])('should give NaN for %s instead of throwing', (_, level) => {
    expect(graceEndOf(level)).toBeNaN()
  })
})
