import { countable } from './countable'
import { nonNegative } from './internal/guards'
import type { UsageLevel } from './types'

/** What a usage meter measures. */
export interface UsageInput {
  /**
   * Amount used. Negative values count as 0. `NaN`, `±Infinity` and non-numbers are unknown, not 0:
   * the result says `known: false`, so a meter can say so instead of showing "0 of 100".
   */
  used: number
  /** The plan's limit. Missing, `null`, `Infinity`, `NaN` or negative: unlimited, so no meter. */
  limit?: number | null
}

/** Where usage stands against its limit. */
export interface UsageLevelResult {
  /** Whether there is a limit to measure against; when `false`, render no meter. */
  metered: boolean
  /**
   * Whether `used` is a count (a finite number). When `false` the amount is unknown: it is measured as 0
   * (level `ok` unless the limit is 0) and crosses nothing; show it as unknown, not as 0.
   */
  known: boolean
  /** `exceeded` once the limit is reached; below it, from the highest threshold crossed. `ok` when unmetered. */
  level: UsageLevel
  /** `used / limit` clamped to [0, 1], for bars and `aria-valuenow`. 0 when unmetered. */
  ratio: number
  /** `used / limit` unclamped (above 1 when over the limit). 1 for a limit of 0; 0 when unmetered. */
  rawRatio: number
  /** Whole percent of the limit used, rounded down (never shows 100 before the limit); above 100 when over it. */
  percent: number
  /** What is left before the limit, never negative. `Infinity` when unmetered. */
  remaining: number
  /**
   * Thresholds crossed upward since `previousUsed`, ascending, for once-per-crossing announcements.
   * Empty on a first observation (no `previousUsed`), so a page that loads at 90 % does not announce
   * anything; going down and up again crosses again.
   */
  crossed: number[]
}

// A limit of 0 allows nothing: the wall is already reached, whatever was used.
const ratioOf = (used: number, limit: number) => (limit === 0 ? 1 : used / limit)

/**
 * Measures usage against a limit and its warning thresholds (fractions of the limit).
 *
 * Levels: reaching the limit (ratio ≥ 1) is always `exceeded`. Below it, thresholds under 1 map from the
 * top: the highest is `critical`, the one before `warning`, every earlier one `notice`; so the default
 * `[0.5, 0.8, 0.95, 1]` gives < 50 % `ok`, ≥ 50 % `notice`, ≥ 80 % `warning`, ≥ 95 % `critical`,
 * ≥ 100 % `exceeded`. Thresholds are sanitized: non-numbers and values ≤ 0 dropped, duplicates
 * removed, sorted. Thresholds above 1 (overage warnings) only appear in `crossed`.
 *
 * @param thresholds Fractions of the limit (0–1) that deserve a warning. @default [0.5, 0.8, 0.95, 1]
 * @param previousUsed The `used` value last seen, to report thresholds newly crossed.
 */
export function usageLevel(
  input: UsageInput,
  thresholds: readonly number[] = [0.5, 0.8, 0.95, 1],
  previousUsed?: number,
): UsageLevelResult {
  const limit = nonNegative(input?.limit)
  const metered = limit !== undefined
  const known = Number.isFinite(input?.used)
  const used = countable(input?.used)
  const rawRatio = metered ? ratioOf(used, limit) : 0
  const steps = [...new Set(Array.isArray(thresholds) ? thresholds : [])]
    .filter((step) => countable(step) > 0)
    .sort((a, b) => a - b)
  const warnings = steps.filter((step) => step < 1)
  const reached = warnings.filter((step) => rawRatio >= step).length
  const previousRatio = metered ? ratioOf(countable(previousUsed), limit) : 0
  return {
    metered,
    known,
    level:
      rawRatio >= 1
        ? 'exceeded'
        : reached
          ? ((['critical', 'warning'] as const)[warnings.length - reached] ?? 'notice')
          : 'ok',
    ratio: Math.min(rawRatio, 1),
    rawRatio,
    // Multiply first: 29 * 100 / 100 is exactly 29, while 0.29 * 100 is 28.999….
    percent: metered ? (limit ? Math.floor((used * 100) / limit) : 100) : 0,
    remaining: metered ? Math.max(limit - used, 0) : Number.POSITIVE_INFINITY,
    crossed:
      previousUsed === undefined || !metered || !known
        ? []
        : steps.filter((step) => previousRatio < step && rawRatio >= step),
  }
}
