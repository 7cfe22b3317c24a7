import { describe, expect, it } from 'vitest'
import { formatAdaptyDate, formatMessageDate, parseIsoDate } from './iso-date.ts'

describe('given ISO 8601 date-times as Adapty accepts them', () => {
  it.each([
    ['2022-10-12T09:42:50.000000+0000', '2022-10-12T09:42:50.000000Z'],
    ['2024-01-15T10:30:00Z', '2024-01-15T10:30:00.000000Z'],
    ['2024-01-15T12:30:00+02:00', '2024-01-15T10:30:00.000000Z'],
    ['2024-01-15 10:30', '2024-01-15T10:30:00.000000Z'],
    ['2024-02-29T23:59:59.123456789-01:30', '2024-03-01T01:29:59.123456Z'],
  ])('should read %s as %s', (input, canonical) => {
    expect(parseIsoDate(input)).toBe(canonical)
  })

  it.each([
    '2023-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-15',
    '2024-01-15T24:00:00Z',
    'soon',
    '2024-01-15T10:30:00+25:00',
  ])('should refuse %s', (input) => {
    expect(parseIsoDate(input)).toBeNull()
  })

  it('should compare canonical dates as strings, down to the microsecond', () => {
    const earlier = parseIsoDate('2022-10-12T09:42:50.000000+0000') as string
    const later = parseIsoDate('2022-10-12T09:42:50.000001+0000') as string

    expect(earlier < later).toBe(true)
  })

  it('should write dates the way Adapty answers and words them in error messages', () => {
    const date = parseIsoDate('2029-08-29T09:33:42Z') as string
    const precise = parseIsoDate('2025-01-05T13:27:47.461425Z') as string

    expect(formatAdaptyDate(date)).toBe('2029-08-29T09:33:42+00:00')
    expect(formatAdaptyDate(precise)).toBe('2025-01-05T13:27:47.461425+00:00')
    expect(formatMessageDate(date)).toBe('2029-08-29 09:33:42+00:00')
  })
})
