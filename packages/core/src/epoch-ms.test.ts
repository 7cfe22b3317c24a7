import { describe, expect, it } from 'vitest'
import { EPOCH_SECONDS_BELOW, epochMs, isDateMs, MAX_DATE_MS } from './epoch-ms'

describe('given a date in any of the forms the kit accepts', () => {
  it.each([
    ['an ISO 8601 string', '2026-11-28T00:00:00Z', Date.UTC(2026, 10, 28)],
    ['a Date', new Date(Date.UTC(2026, 10, 28)), Date.UTC(2026, 10, 28)],
    ['epoch milliseconds', Date.UTC(2026, 10, 28), Date.UTC(2026, 10, 28)],
    ['an HTTP date', 'Sat, 28 Nov 2026 00:00:00 GMT', Date.UTC(2026, 10, 28)],
  ])('should read %s as epoch milliseconds', (_, value, ms) => {
    expect(epochMs(value)).toBe(ms)
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an object', { at: '2026-11-28' }],
    ['text that is not a date', 'soon'],
    ['a number past what a Date holds', MAX_DATE_MS + 1],
  ])('should give NaN for %s', (_, value) => {
    expect(epochMs(value)).toBeNaN()
  })
})

describe('given the range a Date can hold', () => {
  it('should accept exactly the instants new Date() accepts', () => {
    for (const ms of [0, MAX_DATE_MS, -MAX_DATE_MS, MAX_DATE_MS + 1, -MAX_DATE_MS - 1, Number.NaN]) {
      expect(isDateMs(ms)).toBe(!Number.isNaN(new Date(ms).getTime()))
    }
  })
})

describe('given the cutoff between epoch seconds and milliseconds', () => {
  it('should read as seconds only numbers whose millisecond reading would be before the 1970s ended', () => {
    expect(new Date(EPOCH_SECONDS_BELOW).getUTCFullYear()).toBe(1973)
    expect(new Date(EPOCH_SECONDS_BELOW * 1000).getUTCFullYear()).toBe(5138)
  })
})
