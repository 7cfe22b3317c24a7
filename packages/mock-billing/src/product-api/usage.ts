import { type MeterId, PERIOD_DAYS, type Plan } from '../model/catalog.ts'
import type { UsageRecord } from '../model/store.ts'
import { DAY } from '../shared/clock.ts'

/** One usage meter as `GET /api/usage` returns it. */
export interface Meter {
  id: MeterId
  label: string
  used: number
  /** `null` is unlimited. */
  limit: number | null
  unit: string
  /** ISO 8601. */
  resetsAt: string
}

const PERIOD = PERIOD_DAYS * DAY

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Midnight UTC of the day an instant falls on. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY
}

/** End of the current usage period. */
export function periodEnd(usage: UsageRecord): number {
  return usage.periodStart + PERIOD
}

/** Starts a new period (API calls back to zero) for every whole period that has passed by `nowMs`. */
export function rollUsagePeriod(usage: UsageRecord, nowMs: number): void {
  if (nowMs < periodEnd(usage)) return
  usage.periodStart += Math.floor((nowMs - usage.periodStart) / PERIOD) * PERIOD
  usage.apiCalls = 0
  usage.history = {}
}

/** Fresh usage: a period that began `daysAgo` days ago, with `apiCalls` spread over its days so far. */
export function createUsage(
  nowMs: number,
  apiCalls: number,
  seats: number,
  storage: number,
  daysAgo = 12,
): UsageRecord {
  const periodStart = startOfUtcDay(nowMs) - daysAgo * DAY
  const days = Array.from({ length: daysAgo + 1 }, (_, index) => utcDay(periodStart + index * DAY))
  // A weekly rhythm, so the chart looks like real traffic while staying deterministic.
  const weights = days.map((_, index) => 3 + ((index * 5) % 7))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const history: Record<string, number> = {}
  let assigned = 0
  days.forEach((day, index) => {
    const share =
      index === days.length - 1 ? apiCalls - assigned : Math.floor((apiCalls * (weights[index] ?? 0)) / total)
    history[day] = share
    assigned += share
  })
  return { periodStart, apiCalls, history, seats, storage }
}

/** The three meters against a plan's limits. */
export function meters(usage: UsageRecord, plan: Plan): Meter[] {
  const resetsAt = new Date(periodEnd(usage)).toISOString()
  return [
    {
      id: 'api_calls',
      label: 'API calls',
      used: usage.apiCalls,
      limit: plan.limits.api_calls,
      unit: 'requests',
      resetsAt,
    },
    { id: 'seats', label: 'Seats', used: usage.seats, limit: plan.limits.seats, unit: 'seats', resetsAt },
    {
      id: 'storage',
      label: 'Storage',
      used: usage.storage,
      limit: plan.limits.storage,
      unit: 'GB',
      resetsAt,
    },
  ]
}

/** Daily API calls from the start of the period to today. */
export function usageHistory(usage: UsageRecord, nowMs: number): { date: string; used: number }[] {
  const last = Math.min(startOfUtcDay(nowMs), periodEnd(usage) - DAY)
  const history: { date: string; used: number }[] = []
  for (let day = usage.periodStart; day <= last; day += DAY) {
    const date = utcDay(day)
    history.push({ date, used: usage.history[date] ?? 0 })
  }
  return history
}

/** Counts one API call today. */
export function recordApiCall(usage: UsageRecord, nowMs: number): void {
  const today = utcDay(nowMs)
  usage.apiCalls += 1
  usage.history[today] = (usage.history[today] ?? 0) + 1
}
