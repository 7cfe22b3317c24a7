import { describe, expect, it } from 'vitest'
import { createClock } from './clock.ts'

describe('given a clock over a fixed source', () => {
  it('should stand still until advanced, set or reset', () => {
    const clock = createClock(() => new Date('2026-03-10T12:00:00Z'))

    expect(clock.now().toISOString()).toBe('2026-03-10T12:00:00.000Z')
    clock.advance({ days: 1, hours: 2 })
    expect(clock.now().toISOString()).toBe('2026-03-11T14:00:00.000Z')
    clock.advance(60_000)
    expect(clock.nowMs()).toBe(Date.parse('2026-03-11T14:01:00Z'))
    clock.set('2030-01-01T00:00:00Z')
    expect(clock.now().toISOString()).toBe('2030-01-01T00:00:00.000Z')
    clock.reset()
    expect(clock.now().toISOString()).toBe('2026-03-10T12:00:00.000Z')
  })

  it('should refuse durations and dates that are not finite', () => {
    const clock = createClock(() => 0)

    expect(() => clock.advance({ days: Number.NaN })).toThrow(RangeError)
    expect(() => clock.set('not a date')).toThrow(RangeError)
    expect(clock.nowMs()).toBe(0)
  })
})
