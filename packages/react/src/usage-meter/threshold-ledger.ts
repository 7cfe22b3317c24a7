import { epochMs } from '@paywall-kit/core'

/**
 * Where usage meters remember the highest threshold each meter has reached in its current period, so
 * that a reload never repeats a threshold announcement and a crossing that happened while the page
 * was closed is announced once on the next visit. Synchronous, string values, like `localStorage`.
 *
 * @example
 * // Per user, in memory, or anywhere else the app keeps small strings:
 * const thresholdStorage = {
 *   get: (key) => sessionStorage.getItem(key),
 *   set: (key, value) => sessionStorage.setItem(key, value),
 * }
 */
export interface ThresholdStorage {
  /** The value stored under `key`, or `null`/`undefined` when there is none. */
  get(key: string): string | null | undefined
  /** Store `value` under `key`, replacing what was there. */
  set(key: string, value: string): void
}

/** What a meter's ledger entry says: the period it was written in and the highest threshold reached. */
export interface ThresholdRecord {
  period: string
  reached: number
}

const PREFIX = 'paywall-kit:thresholds:'

/**
 * The default: the browser's `localStorage`, looked up when used (so a page that blocks storage, or
 * a server without `window`, simply gets no ledger); `null` when there is none.
 */
export function defaultThresholdStorage(): ThresholdStorage | null {
  try {
    if (typeof window === 'undefined' || !window.localStorage) return null
    const storage = window.localStorage
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => storage.setItem(key, value),
    }
  } catch {
    // Reading `window.localStorage` throws when the user blocks site data.
    return null
  }
}

/**
 * The period a meter counts in, from its reset date: the UTC day of `resetsAt`, so a reset instant that
 * shifts by seconds between requests is still the same period; `'none'` without a valid date.
 */
export function periodOf(resetsAt: string | number | Date | undefined): string {
  const ms = epochMs(resetsAt)
  if (Number.isNaN(ms)) return 'none'
  return new Date(ms).toISOString().slice(0, 10)
}

/** One entry per meter (the latest period replaces the one before), so storage never grows per period. */
export function ledgerKey(meterId: string): string {
  return `${PREFIX}${meterId}`
}

/** The meter's record, or `null` when there is none or it is not one of ours (hand-edited, corrupt). */
export function readThresholdRecord(storage: ThresholdStorage, meterId: string): ThresholdRecord | null {
  let raw: unknown
  try {
    raw = storage.get(ledgerKey(meterId))
  } catch (error) {
    warnStorage(error)
    return null
  }
  if (typeof raw !== 'string') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { period, reached } = parsed as Partial<ThresholdRecord>
  if (typeof period !== 'string' || typeof reached !== 'number' || !Number.isFinite(reached)) return null
  return { period, reached }
}

/** Write the meter's record; a storage that throws (quota, blocked) leaves the meter working without it. */
export function writeThresholdRecord(storage: ThresholdStorage, meterId: string, record: ThresholdRecord) {
  try {
    storage.set(ledgerKey(meterId), JSON.stringify(record))
  } catch (error) {
    warnStorage(error)
  }
}

let warned = false
function warnStorage(error: unknown) {
  if (process.env.NODE_ENV !== 'production' && !warned) {
    warned = true
    console.warn(
      '[paywall-kit] `thresholdStorage` failed; usage meters keep working but may repeat a threshold ' +
        'announcement after a reload. Check the adapter, or pass `thresholdStorage={null}` to turn it off.',
      error,
    )
  }
}
