import { type UsageLevel, usageLevel } from '@paywall-kit/core'
import { useEffect, useRef } from 'react'

/** Options for `useThresholdEvents`. */
export interface ThresholdEventsOptions {
  /** Amount used. */
  used: number
  /** The limit; `null`, `undefined` or `Infinity` means unlimited (nothing is ever crossed). */
  limit: number | null | undefined
  /** Fractions of the limit. @default [0.5, 0.8, 0.95, 1] */
  thresholds?: readonly number[]
  /** Called with the thresholds crossed upward (ascending) and the level reached. */
  onCross: (crossed: number[], level: UsageLevel) => void
}

/**
 * Reports each upward threshold crossing once, when `used` changes.
 *
 * The first value seen is only remembered: a meter that mounts (or remounts, or is double-mounted by
 * StrictMode) already past a threshold announces nothing, because the user did not just cross it.
 * Re-renders and refetches with the same `used` announce nothing; going down and up again crosses again.
 * Invalid values (NaN, ±Infinity) are skipped, so a glitch in the data does not look like a crossing.
 */
export function useThresholdEvents(options: ThresholdEventsOptions): void {
  const { used } = options
  const latest = useRef(options)
  const previous = useRef<number | undefined>(undefined)

  // Declared first so it runs first: the crossing effect below always sees this render's props.
  useEffect(() => {
    latest.current = options
  })

  useEffect(() => {
    if (!Number.isFinite(used)) return
    const before = previous.current
    previous.current = used
    if (before === undefined || before === used) return
    const { limit, thresholds, onCross } = latest.current
    const { crossed, level } = usageLevel({ used, limit }, thresholds, before)
    if (crossed.length > 0) onCross(crossed, level)
  }, [used])
}
