import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { graceStatus } from './grace-status'

const HOUR = 3_600_000
const DAY = 24 * HOUR

afterEach(() => {
  vi.useRealTimers()
})

describe('given a grace period with days to spare', () => {
  it('should be active with the days and time left', () => {
    const result = graceStatus({
      endsAt: '2026-11-28T12:00:00Z',
      now: new Date('2026-11-21T12:00:00Z'),
      timeZone: 'UTC',
    })
    expect(result).toEqual({
      state: 'active',
      daysLeft: 7,
      endsAt: new Date('2026-11-28T12:00:00Z'),
      msLeft: 7 * DAY,
    })
  })

  it('should read the current time from the clock by default', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-26T12:00:00Z'))
    expect(graceStatus({ endsAt: '2026-11-28T12:00:00Z', timeZone: 'UTC' })).toMatchObject({
      state: 'expiring',
      daysLeft: 2,
      msLeft: 2 * DAY,
    })
  })

  it('should accept the end as a Date or epoch milliseconds', () => {
    const end = Date.parse('2026-11-28T12:00:00Z')
    const now = Date.parse('2026-11-20T12:00:00Z')
    expect(graceStatus({ endsAt: end, now, timeZone: 'UTC' })?.daysLeft).toBe(8)
    expect(graceStatus({ endsAt: new Date(end), now: new Date(now), timeZone: 'UTC' })?.daysLeft).toBe(8)
  })

  it('should not be affected by later changes to the Date it was given', () => {
    const end = new Date('2026-11-28T12:00:00Z')
    const result = graceStatus({ endsAt: end, now: 0 })
    end.setFullYear(2000)
    expect(result?.endsAt.toISOString()).toBe('2026-11-28T12:00:00.000Z')
  })
})

describe('given the end is near', () => {
  it.each([
    [4, 'active'],
    [3, 'expiring'],
    [1, 'expiring'],
  ] as const)('should be, with %i days left, %s', (days, state) => {
    const result = graceStatus({
      endsAt: '2026-11-28T12:00:00Z',
      now: Date.parse('2026-11-28T12:00:00Z') - days * DAY,
      timeZone: 'UTC',
    })
    expect(result).toMatchObject({ state, daysLeft: days })
  })

  it('should say 0 days ("ends today") on the last day', () => {
    expect(
      graceStatus({ endsAt: '2026-11-28T18:00:00Z', now: new Date('2026-11-28T08:00:00Z'), timeZone: 'UTC' }),
    ).toMatchObject({ state: 'expiring', daysLeft: 0, msLeft: 10 * HOUR })
  })

  it('should warn earlier with a larger expiringDays', () => {
    const input = { endsAt: '2026-11-28T12:00:00Z', now: new Date('2026-11-22T12:00:00Z'), timeZone: 'UTC' }
    expect(graceStatus(input)?.state).toBe('active')
    expect(graceStatus({ ...input, expiringDays: 7 })?.state).toBe('expiring')
  })

  it('should keep the default for an expiringDays that is not a number', () => {
    const input = { endsAt: '2026-11-28T12:00:00Z', now: new Date('2026-11-25T12:00:00Z'), timeZone: 'UTC' }
    expect(graceStatus({ ...input, expiringDays: Number.NaN })?.state).toBe('expiring')
  })
})

describe('given the end has passed', () => {
  it('should be expired with nothing left, never negative', () => {
    expect(
      graceStatus({ endsAt: '2026-11-28T00:00:00Z', now: new Date('2026-12-05T00:00:00Z'), timeZone: 'UTC' }),
    ).toMatchObject({ state: 'expired', daysLeft: 0, msLeft: 0 })
  })

  it('should be expired at the very instant it ends', () => {
    const end = Date.parse('2026-11-28T00:00:00Z')
    expect(graceStatus({ endsAt: end, now: end, timeZone: 'UTC' })).toMatchObject({
      state: 'expired',
      daysLeft: 0,
      msLeft: 0,
    })
  })

  it('should still be expiring one millisecond before', () => {
    const end = Date.parse('2026-11-28T00:00:00Z')
    expect(graceStatus({ endsAt: end, now: end - 1, timeZone: 'UTC' })).toMatchObject({
      state: 'expiring',
      daysLeft: 0,
      msLeft: 1,
    })
  })
})

describe('given access that ends exactly at midnight', () => {
  it('should count the day before as the last day', () => {
    const endsAt = '2026-11-28T00:00:00Z'
    expect(graceStatus({ endsAt, now: new Date('2026-11-27T10:00:00Z'), timeZone: 'UTC' })?.daysLeft).toBe(0)
    expect(graceStatus({ endsAt, now: new Date('2026-11-25T10:00:00Z'), timeZone: 'UTC' })?.daysLeft).toBe(2)
  })

  it('should count from local midnight in the user time zone', () => {
    const endsAt = '2026-11-28T00:00:00+09:00'
    const now = new Date('2026-11-27T09:00:00+09:00')
    expect(graceStatus({ endsAt, now, timeZone: 'Asia/Tokyo' })?.daysLeft).toBe(0)
    // The same instant is Nov 27 15:00 in UTC, and Nov 26 in New York, where access ends on the 27th.
    expect(graceStatus({ endsAt, now, timeZone: 'UTC' })?.daysLeft).toBe(0)
    expect(graceStatus({ endsAt, now, timeZone: 'America/New_York' })?.daysLeft).toBe(1)
  })
})

describe('given users in several time zones', () => {
  const endsAt = '2026-11-28T20:00:00Z'
  const now = new Date('2026-11-25T02:00:00Z')

  it.each([
    ['UTC', 3],
    ['Europe/London', 3],
    ['America/New_York', 4],
    ['America/Los_Angeles', 4],
    ['Pacific/Pago_Pago', 4],
    ['Asia/Tokyo', 4],
    ['Asia/Kolkata', 4],
    ['Atlantic/Azores', 3],
    ['Pacific/Kiritimati', 4],
  ])('should count calendar days in %s (%i)', (timeZone, daysLeft) => {
    expect(graceStatus({ endsAt, now, timeZone })).toMatchObject({ daysLeft, msLeft: 3 * DAY + 18 * HOUR })
  })

  it('should count calendar days, not 24-hour periods, across a daylight saving change', () => {
    // New York leaves daylight saving time on 2026-11-01: Oct 31 23:30 EDT to Nov 3 00:30 EST is
    // 2 days and 2 hours, but the end falls three calendar days later.
    const result = graceStatus({
      endsAt: '2026-11-03T00:30:00-05:00',
      now: new Date('2026-10-31T23:30:00-04:00'),
      timeZone: 'America/New_York',
    })
    expect(result).toMatchObject({ daysLeft: 3, msLeft: 2 * DAY + 2 * HOUR })
  })

  it("should use the runtime's time zone by default", () => {
    const defaultZone = new Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(graceStatus({ endsAt, now })).toEqual(graceStatus({ endsAt, now, timeZone: defaultZone }))
  })

  // TZ is read once per process, so each zone gets its own Node process. Node runs the TypeScript
  // source as it is; the hook lets it find the extensionless imports the bundlers resolve.
  it.each([
    ['America/Los_Angeles', 4],
    ['Asia/Tokyo', 4],
    ['Atlantic/Azores', 3],
  ])("should count in the machine's time zone when TZ is %s (%i)", (zone, daysLeft) => {
    const module = fileURLToPath(new URL('./grace-status.ts', import.meta.url))
    const script = `
      import { registerHooks } from 'node:module'
      registerHooks({
        resolve: (specifier, context, next) =>
          specifier.startsWith('.') && !specifier.endsWith('.ts')
            ? next(specifier + '.ts', context)
            : next(specifier, context),
      })
      const { graceStatus } = await import(${JSON.stringify(module)})
      const result = graceStatus({ endsAt: '${endsAt}', now: ${now.getTime()} })
      console.log(JSON.stringify([new Intl.DateTimeFormat().resolvedOptions().timeZone, result.daysLeft]))`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    })
    expect(JSON.parse(output)).toEqual([zone, daysLeft])
  })

  it("should fall back to the runtime's time zone for an unknown one", () => {
    expect(graceStatus({ endsAt, now, timeZone: 'Mars/Olympus_Mons' })).toEqual(graceStatus({ endsAt, now }))
    expect(graceStatus({ endsAt, now, timeZone: 42 as unknown as string })).toEqual(
      graceStatus({ endsAt, now }),
    )
  })
})

describe('given a client whose clock is wrong', () => {
  it("should count from the server's time", () => {
    // The client thinks it is Nov 27; the server's Date header says Nov 21.
    const result = graceStatus({
      endsAt: '2026-11-28T12:00:00Z',
      now: new Date('2026-11-27T12:00:00Z'),
      serverNow: new Date('2026-11-21T12:00:00Z'),
      timeZone: 'UTC',
    })
    expect(result).toMatchObject({ state: 'active', daysLeft: 7, msLeft: 7 * DAY })
  })

  it('should read the Date header as the server sent it', () => {
    const result = graceStatus({
      endsAt: '2026-11-28T12:00:00Z',
      now: new Date('2026-11-27T12:00:00Z'),
      serverNow: 'Sat, 21 Nov 2026 12:00:00 GMT',
      timeZone: 'UTC',
    })
    expect(result).toMatchObject({ state: 'active', daysLeft: 7 })
  })

  it('should keep the offset measured when the header arrived', () => {
    // Header received at client time Nov 27 12:00 said Nov 21 12:00; two hours have passed since.
    const result = graceStatus({
      endsAt: '2026-11-28T12:00:00Z',
      now: new Date('2026-11-27T14:00:00Z'),
      serverNow: new Date('2026-11-21T12:00:00Z'),
      receivedAt: new Date('2026-11-27T12:00:00Z'),
      timeZone: 'UTC',
    })
    expect(result?.msLeft).toBe(7 * DAY - 2 * HOUR)
  })

  it('should ignore a server time that would move the clock out of range', () => {
    const input = { endsAt: '2026-11-28T12:00:00Z', now: new Date('2026-11-21T12:00:00Z'), timeZone: 'UTC' }
    expect(graceStatus({ ...input, serverNow: 8.64e15, receivedAt: 0 })).toEqual(graceStatus(input))
  })

  it("should call a period expired when the server says it is, even if the client's clock lags", () => {
    const result = graceStatus({
      endsAt: '2026-11-28T12:00:00Z',
      now: new Date('2026-11-26T12:00:00Z'),
      serverNow: Date.parse('2026-11-29T12:00:00Z'),
      timeZone: 'UTC',
    })
    expect(result).toMatchObject({ state: 'expired', msLeft: 0, daysLeft: 0 })
  })

  it.each([
    ['an invalid date', new Date('nonsense')],
    ['NaN', Number.NaN],
    ['out of range', 8.64e15 + 1],
  ])('should ignore a server time that is %s', (_, serverNow) => {
    const input = { endsAt: '2026-11-28T12:00:00Z', now: new Date('2026-11-21T12:00:00Z'), timeZone: 'UTC' }
    expect(graceStatus({ ...input, serverNow })).toEqual(graceStatus(input))
  })
})

describe('given an end that is not a date', () => {
  it.each([
    ['text', 'next tuesday'],
    ['an empty string', ''],
    ['NaN', Number.NaN],
    ['an invalid Date', new Date('nonsense')],
    ['out of range', 8.64e15 + 1],
    ['an object', {} as never],
    ['missing', undefined as never],
  ])('should return null for %s so the banner renders nothing', (_, endsAt) => {
    expect(graceStatus({ endsAt, now: 0 })).toBeNull()
  })

  it('should return null rather than crash without input', () => {
    expect(graceStatus(undefined as never)).toBeNull()
  })

  it('should use the real clock when "now" is not a date', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-21T12:00:00Z'))
    const result = graceStatus({ endsAt: '2026-11-28T12:00:00Z', now: new Date('nonsense'), timeZone: 'UTC' })
    expect(result?.msLeft).toBe(7 * DAY)
  })
})

describe('given any dates', () => {
  const zones = [
    'UTC',
    'America/New_York',
    'Asia/Tokyo',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Asia/Kolkata',
  ]
  const instant = fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2100-01-01') })

  it('should never give negative days or time, and be expired exactly when no time is left', () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        fc.option(instant, { nil: undefined }),
        fc.constantFrom(...zones),
        (endsAt, now, serverNow, timeZone) => {
          const result = graceStatus({ endsAt, now, serverNow, timeZone })
          expect(result).not.toBeNull()
          if (!result) return
          expect(result.daysLeft).toBeGreaterThanOrEqual(0)
          expect(Number.isInteger(result.daysLeft)).toBe(true)
          expect(result.msLeft).toBeGreaterThanOrEqual(0)
          expect(result.state === 'expired').toBe(result.msLeft === 0)
          // Calendar days exceed the 24-hour periods left by at most the partial today and a short DST day.
          expect(result.daysLeft).toBeLessThanOrEqual(Math.ceil(result.msLeft / DAY) + 1)
        },
      ),
    )
  })
})
