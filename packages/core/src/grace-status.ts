import { epochMs, isDateMs } from './epoch-ms'
import type { GraceState } from './types'

type Instant = Date | number

/** When a grace period ends, and what "now" is. */
export interface GraceStatusInput {
  /** End of the grace period (access is lost at this instant): ISO 8601 string, `Date` or epoch ms. */
  endsAt: string | Date | number
  /** The client's current time. @default Date.now() */
  now?: Instant
  /**
   * The server's time, e.g. a response's `Date` header as is, to correct the client's clock skew.
   * The offset `serverNow − receivedAt` is added to `now`. Invalid values are ignored.
   * @default undefined (the client's clock is trusted)
   */
  serverNow?: Instant | string
  /** The client's time when `serverNow` was received. @default now (the header just arrived) */
  receivedAt?: Instant
  /** IANA time zone whose calendar days are counted; an unknown zone falls back to the default. @default the runtime's time zone */
  timeZone?: string
  /** At this many calendar days left or fewer the state is `expiring`. @default 3 */
  expiringDays?: number
}

/** Where a grace period stands. */
export interface GraceStatusResult {
  /** `active` (days to spare), `expiring` (`expiringDays` or fewer left), `expired` (access lost). */
  state: GraceState
  /**
   * Whole calendar days, in `timeZone`, from today to the last day with access; 0 means "ends today"
   * and is also the value once expired (never negative). Access ending exactly at midnight ends with
   * the day before: an end of Nov 28 00:00 seen on Nov 27 is 0 days ("ends today").
   */
  daysLeft: number
  /** The end, parsed. */
  endsAt: Date
  /** Milliseconds of access left (skew-corrected), never negative. */
  msLeft: number
}

const DAY = 86_400_000

/** Days since the epoch of the calendar date that `ms` falls on in `timeZone`. */
const dayNumber = (ms: number, timeZone?: string) =>
  // Swedish dates are ISO `YYYY-MM-DD`, which `Date.parse` reads as UTC midnight: whole days apart.
  Date.parse(new Date(ms).toLocaleDateString('sv', { timeZone })) / DAY

/**
 * Where a grace period stands for a banner: state, calendar days left in the user's time zone and
 * time left, corrected for client clock skew with the server's time when given.
 *
 * Returns `null` when `endsAt` is not a valid date, so a banner renders nothing rather than a wrong
 * countdown. An invalid `now` falls back to the current time.
 */
export function graceStatus(input: GraceStatusInput): GraceStatusResult | null {
  const end = epochMs(input?.endsAt)
  if (Number.isNaN(end)) return null
  const clientNow = Number.isNaN(epochMs(input.now)) ? Date.now() : epochMs(input.now)
  const receivedAt = input.receivedAt === undefined ? clientNow : epochMs(input.receivedAt)
  const corrected = clientNow + epochMs(input.serverNow) - receivedAt
  // NaN (no or invalid server time) and instants outside Date's range keep the client's clock.
  const now = isDateMs(corrected) ? corrected : clientNow
  const msLeft = Math.max(end - now, 0)
  let { timeZone } = input
  try {
    dayNumber(0, timeZone)
  } catch {
    timeZone = undefined
  }
  const expiringDays = Number.isFinite(input.expiringDays) ? (input.expiringDays as number) : 3
  // The last day with access is the day of the instant just before the end.
  const daysLeft = msLeft && Math.max(dayNumber(end - 1, timeZone) - dayNumber(now, timeZone), 0)

  return {
    state: msLeft === 0 ? 'expired' : daysLeft <= expiringDays ? 'expiring' : 'active',
    daysLeft,
    endsAt: new Date(end),
    msLeft,
  }
}
