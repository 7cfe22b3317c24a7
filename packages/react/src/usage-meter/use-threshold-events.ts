import { type UsageLevel, usageLevel } from '@paywall-kit/core'
import { useEffect, useRef } from 'react'
import {
  defaultThresholdStorage,
  readThresholdRecord,
  type ThresholdStorage,
  writeThresholdRecord,
} from './threshold-ledger'

/** Where a meter's crossings are remembered between visits. */
export interface ThresholdLedgerOptions {
  /** Which meter: the meter's `meterId`, else its label. */
  meterId: string
  /** The period counted in (`periodOf(resetsAt)`): a new period starts from nothing reached. */
  period: string
  /** `undefined`: the browser's `localStorage`; `null`: none (crossings are remembered while mounted only). */
  storage: ThresholdStorage | null | undefined
}

/** Options for `useThresholdEvents`. */
export interface ThresholdEventsOptions {
  /** Amount used; `undefined`, `NaN` or `±Infinity` is not a measurement and counts for nothing. */
  used: number | undefined
  /** The limit; `null`, `undefined` or `Infinity` means unlimited (nothing is ever crossed). */
  limit: number | null | undefined
  /** Fractions of the limit. @default [0.5, 0.8, 0.95, 1] */
  thresholds?: readonly number[]
  /** Whether `used` is a placeholder while the real value loads: it counts for nothing. @default false */
  loading?: boolean
  /** Remember crossings per meter and period between visits. @default undefined (while mounted only) */
  ledger?: ThresholdLedgerOptions
  /** Called with the thresholds crossed upward (ascending) and the level reached. */
  onCross: (crossed: number[], level: UsageLevel) => void
}

/** The thresholds `usageLevel` measures against, as it sanitises them: positive, unique, ascending. */
function stepsOf(thresholds: readonly number[] | undefined): number[] {
  const given = thresholds === undefined ? [0.5, 0.8, 0.95, 1] : Array.isArray(thresholds) ? thresholds : []
  return [...new Set(given)]
    .filter((step) => typeof step === 'number' && Number.isFinite(step) && step > 0)
    .sort((a, b) => a - b)
}

/** The highest threshold at or below the used fraction, 0 when none (or unlimited). */
function reachedOf(steps: readonly number[], rawRatio: number, metered: boolean): number {
  if (!metered) return 0
  let reached = 0
  for (const step of steps) if (rawRatio >= step) reached = step
  return reached
}

/**
 * Reports each upward threshold crossing once.
 *
 * What counts is the highest threshold the usage has reached, compared with the one last seen: while
 * mounted, the previous render's; on mount, the ledger's record for this meter and period (so a reload
 * repeats nothing, and a crossing since the last visit is reported once, as one jump). Without a record
 * (a first visit, no storage, the server) the first value is only remembered: the user did not just
 * cross anything. A loading meter, `undefined`, `NaN` and `±Infinity` count for nothing, so a placeholder
 * or a glitch in the data never looks like a crossing. Usage falling below a threshold re-arms it.
 */
export function useThresholdEvents(options: ThresholdEventsOptions): void {
  const { used, loading = false, ledger } = options
  const latest = useRef(options)
  // This mount's last measurement, per ledger entry (a new period or meter starts from its record).
  const previous = useRef<{ entry: string; reached: number } | undefined>(undefined)
  const entry = ledger ? `${ledger.meterId}\u0000${ledger.period}` : ''

  // Declared first so it runs first: the crossing effect below always sees this render's props.
  useEffect(() => {
    latest.current = options
  })

  useEffect(() => {
    if (loading || used === undefined || !Number.isFinite(used)) return
    const { limit, thresholds, onCross, ledger: currentLedger } = latest.current
    const measured = usageLevel({ used, limit }, thresholds)
    const steps = stepsOf(thresholds)
    const reached = reachedOf(steps, measured.rawRatio, measured.metered)

    const storage =
      currentLedger === undefined
        ? null
        : currentLedger.storage === undefined
          ? defaultThresholdStorage()
          : currentLedger.storage
    let before: number | undefined
    if (previous.current?.entry === entry) before = previous.current.reached
    else if (storage && currentLedger) {
      const record = readThresholdRecord(storage, currentLedger.meterId)
      // A record of an earlier period: the quota has reset since, so everything reached now is new.
      if (record) before = record.period === currentLedger.period ? record.reached : 0
    }
    previous.current = { entry, reached }
    if (storage && currentLedger && before !== reached) {
      writeThresholdRecord(storage, currentLedger.meterId, { period: currentLedger.period, reached })
    }

    if (before === undefined || reached <= before) return
    const crossed = steps.filter((step) => step > before && step <= reached)
    if (crossed.length > 0) onCross(crossed, measured.level)
  }, [used, loading, entry])
}
