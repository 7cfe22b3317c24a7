/** How far to move the clock: milliseconds, or a duration in days/hours/minutes (fractions allowed). */
export type ClockStep = number | { days?: number; hours?: number; minutes?: number }

/** The billing API's clock: a source of time plus an offset that demos and tests move. */
export interface Clock {
  /** The current time. */
  now(): Date
  /** Epoch milliseconds of `now()`. */
  nowMs(): number
  /** Moves the clock forward (or back, with a negative step). */
  advance(step: ClockStep): Date
  /** Jumps to a given time. */
  set(date: Date | number | string): Date
  /** Back to the source's own time (no offset). */
  reset(): void
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** One day in milliseconds. */
export const DAY = 24 * HOUR

/** Milliseconds of a clock step; throws a `RangeError` for anything that is not a finite number of them. */
export function stepToMs(step: ClockStep): number {
  const ms =
    typeof step === 'number'
      ? step
      : (step.days ?? 0) * DAY + (step.hours ?? 0) * HOUR + (step.minutes ?? 0) * MINUTE
  if (!Number.isFinite(ms)) throw new RangeError('A clock step must be a finite duration')
  return ms
}

/**
 * Creates a clock over `source` (default `Date.now`). With a fixed source, time stands still
 * except when advanced, which keeps tests deterministic.
 */
export function createClock(source: () => Date | number = Date.now): Clock {
  let offset = 0
  const read = () => {
    const value = source()
    return typeof value === 'number' ? value : value.getTime()
  }
  const nowMs = () => read() + offset
  return {
    now: () => new Date(nowMs()),
    nowMs,
    advance(step) {
      offset += stepToMs(step)
      return new Date(nowMs())
    },
    set(date) {
      const target = new Date(date).getTime()
      if (!Number.isFinite(target)) throw new RangeError(`Cannot set the clock to ${String(date)}`)
      offset = target - read()
      return new Date(nowMs())
    },
    reset() {
      offset = 0
    },
  }
}
