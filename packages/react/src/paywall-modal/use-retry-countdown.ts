import type { PaymentRequired } from '@paywall-kit/core'
import { useEffect, useMemo, useState } from 'react'
import { intlFormat } from '../i18n/intl-format'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

// Below these the countdown speaks in the next smaller unit: "in 75 minutes" reads better than
// "in 2 hours" for 1 h 15 min, and "in 30 hours" better than "in 2 days" for 30 h.
const MINUTES_BELOW = 90 * MINUTE
const HOURS_BELOW = 36 * HOUR
// The last minute counts down in steps of 10 s: a second-by-second figure would be noise.
const SECONDS_BELOW = 50 * SECOND
const SECONDS_STEP = 10

// `setTimeout` fires at once for a delay above 2^31 - 1 ms.
const MAX_DELAY = 2_147_483_647

/** One wording of the countdown: "in 3 hours" is `{ value: 3, unit: 'hour' }`. */
export interface CountdownStep {
  value: number
  unit: 'day' | 'hour' | 'minute' | 'second'
}

/**
 * The wording for `remaining` ms, rounded up (never promises a retry earlier than the server allows),
 * and how long it stays true: the delay until the wording changes. `null` once the time is up.
 */
export function countdownStep(remaining: number): { step: CountdownStep; changesIn: number } | null {
  if (!(remaining > 0)) return null
  let step: CountdownStep
  let lower: number
  if (remaining > HOURS_BELOW) {
    step = { value: Math.ceil(remaining / DAY), unit: 'day' }
    lower = Math.max((step.value - 1) * DAY, HOURS_BELOW)
  } else if (remaining > MINUTES_BELOW) {
    step = { value: Math.ceil(remaining / HOUR), unit: 'hour' }
    lower = Math.max((step.value - 1) * HOUR, MINUTES_BELOW)
  } else if (remaining > SECONDS_BELOW) {
    step = { value: Math.ceil(remaining / MINUTE), unit: 'minute' }
    lower = Math.max((step.value - 1) * MINUTE, SECONDS_BELOW)
  } else {
    const tens = Math.ceil(remaining / (SECONDS_STEP * SECOND))
    step = { value: tens * SECONDS_STEP, unit: 'second' }
    lower = (tens - 1) * SECONDS_STEP * SECOND
  }
  return { step, changesIn: remaining - lower }
}

// Keyed by the paywall object: a `Retry-After` counts from when the kit first saw the 402, and a modal
// closed and opened again (or two parts reading it) must not restart the count.
const firstSeen = new WeakMap<PaymentRequired, number>()

/**
 * When the paywall says the user may try again: `retryAfter` seconds after the 402 arrived, else the
 * usage reset time of a `quota_exceeded` paywall. `undefined` when it says neither (or an invalid date).
 */
export function retryDeadline(paywall: PaymentRequired | null, now: number): number | undefined {
  if (!paywall) return undefined
  if (typeof paywall.retryAfter === 'number' && paywall.retryAfter >= 0) {
    let seen = firstSeen.get(paywall)
    if (seen === undefined) {
      seen = now
      firstSeen.set(paywall, seen)
    }
    return seen + paywall.retryAfter * SECOND
  }
  if (paywall.reason !== 'quota_exceeded' || !paywall.usage?.resetsAt) return undefined
  const resets = Date.parse(paywall.usage.resetsAt)
  return Number.isNaN(resets) ? undefined : resets
}

/** What `useRetryCountdown` returns for a paywall with a deadline. */
export interface RetryCountdown {
  /** When the user may try again, epoch ms. */
  deadline: number
  /** Whether that time has come. */
  ended: boolean
  /** The current wording, `undefined` once ended. */
  step: CountdownStep | undefined
  /** "in 2 hours", "tomorrow", "in 30 seconds" (`Intl.RelativeTimeFormat`); `undefined` once ended. */
  relative: string | undefined
  /**
   * The wording for screen readers: the first one, then a new one only when the unit changes (days,
   * hours, minutes, the last seconds), so a polite live region speaks a handful of times, not every
   * minute. `undefined` once ended.
   */
  announcedRelative: string | undefined
}

/**
 * A countdown to when `paywall` allows another try, re-rendering only when its wording changes (one
 * timer to the next change, none once ended). `null` when the paywall gives no time.
 * @param locale BCP 47 locale of "in 2 hours". @default the user's
 */
export function useRetryCountdown(
  paywall: PaymentRequired | null,
  locale: string | undefined,
): RetryCountdown | null {
  const [now, setNow] = useState(() => Date.now())
  const deadline = retryDeadline(paywall, now)
  const current = deadline === undefined ? null : countdownStep(deadline - now)
  const hasDeadline = deadline !== undefined
  // Made only for a paywall that gives a time: a page's first Intl formatter costs 40–70 ms, which
  // every paywall's first render paid (issue 17).
  const relativeFormat = useMemo(
    () => (hasDeadline ? intlFormat(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }) : undefined),
    [locale, hasDeadline],
  )

  const changesIn = current?.changesIn
  // Re-armed after every reading (`now`): two steps in a row often last as long as each other.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `now` is the reading the delay was computed from
  useEffect(() => {
    if (changesIn === undefined) return
    const timer = setTimeout(() => setNow(Date.now()), Math.min(changesIn, MAX_DELAY))
    return () => clearTimeout(timer)
  }, [changesIn, now])

  // The step last announced, kept while the unit stays the same (adjusting state during render, as
  // React documents for values derived from the previous render).
  const [announced, setAnnounced] = useState<{
    paywall: PaymentRequired | null
    step: CountdownStep | undefined
  }>(() => ({ paywall, step: current?.step }))
  if (announced.paywall !== paywall || announced.step?.unit !== current?.step.unit) {
    setAnnounced({ paywall, step: current?.step })
  }

  if (deadline === undefined) return null
  const format = (step: CountdownStep | undefined) => step && relativeFormat?.format(step.value, step.unit)
  return {
    deadline,
    ended: current === null,
    step: current?.step,
    relative: format(current?.step),
    announcedRelative: format(announced.paywall === paywall ? announced.step : current?.step),
  }
}
