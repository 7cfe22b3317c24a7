import { countable, epochMs, type UsageLevel, usageLevel } from '@paywall-kit/core'
import { useId, useMemo, useState } from 'react'
import { useUsageOverride } from '../devtools/use-devtools-overrides'
import { countFormat } from '../i18n/count-format'
import { intlFormat } from '../i18n/intl-format'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { isDateOnly } from '../internal/is-date-only'
import { usePaywallContextOptional } from '../provider/paywall-context'
import { periodOf, type ThresholdStorage } from './threshold-ledger'
import { useThresholdEvents } from './use-threshold-events'

/** Levels at which the upgrade action appears. */
const ACTION_LEVELS: readonly UsageLevel[] = ['critical', 'exceeded']

/** Options of `useUsageMeter`: the same as `Meter.Root`'s (and `UsageMeter`'s) props. */
export interface UseUsageMeterOptions {
  /** What is measured, e.g. "API calls". Used in `aria-valuetext` and announcements. */
  label: string
  /**
   * Amount used. Negative values count as 0; `undefined`, `NaN` and `±Infinity` are shown as unknown
   * (`messages.meter.unknown`) and count for no threshold.
   */
  used: number | undefined
  /**
   * Whether `used` is not the real value yet (a placeholder such as `used={data?.used ?? 0}` while the
   * query loads). A loading meter shows the amount as unknown, is `aria-busy`, and counts for no
   * threshold: only the loaded value is compared with the last one seen.
   * @default false
   */
  loading?: boolean
  /**
   * Names the meter in the threshold ledger (`thresholdStorage`); give one when two meters share a label
   * or the label is translated.
   * @default label
   */
  meterId?: string
  /**
   * Where crossed thresholds are remembered per meter and period (`resetsAt`'s day), so a reload never
   * announces a threshold again and a crossing since the last visit is announced once. `null` turns the
   * ledger off for this meter.
   * @default the provider's `thresholdStorage`, else `localStorage` in the browser (none on the server)
   */
  thresholdStorage?: ThresholdStorage | null
  /** The plan's limit. `null`, `undefined`, `Infinity` (or a negative/NaN value) mean unlimited: text, no meter. */
  limit?: number | null
  /** Unit of `used` and `limit`, e.g. "requests". @default the label, in `aria-valuetext` */
  unit?: string
  /**
   * Fractions of the limit at which the level rises: below the first `ok`, then `notice`, …, the highest
   * under 1 `critical`; reaching the limit is always `exceeded`.
   * @default [0.5, 0.8, 0.95, 1]
   */
  thresholds?: readonly number[]
  /** When the quota resets (ISO 8601 string, `Date` or epoch ms). Invalid dates are ignored. */
  resetsAt?: string | number | Date
  /** IANA time zone of the reset date. Pass it when server rendering so server and client agree. @default the user's */
  timeZone?: string
  /** BCP 47 locale for numbers and dates. @default the provider's `locale`, else the user's */
  locale?: string
  /** Overrides for this meter's strings, over the provider's. */
  messages?: PaywallMessagesOverride
  /**
   * Called once for each threshold crossed upward, with the meter's level after the change: while
   * mounted, and on mount for a crossing since the last visit (from the threshold ledger). Nothing is
   * reported for the value a first visit mounts with, for a reload with the same level, nor for
   * re-renders with the same `used`.
   */
  onThresholdCross?: (threshold: number, level: UsageLevel) => void
}

/** A threshold crossing to announce; a new `id` for each, so the same text is announced again when it recurs. */
export interface UsageAnnouncement {
  id: number
  text: string
}

/** What `useUsageMeter` returns: everything a meter shows, as text and ARIA props. */
export interface UsageMeterState {
  /** `ok | notice | warning | critical | exceeded`: what `Meter` parts put in `data-state`. */
  level: UsageLevel
  /** Whether there is a limit to measure against; `false` for an unlimited allowance (text, no meter). */
  metered: boolean
  /** The `label` option. */
  label: string
  /** `used`, never negative or NaN. */
  used: number
  /** The limit; 0 when unlimited. */
  limit: number
  /** Used fraction of the limit, clamped to [0, 1], for a bar's width; 0 when unlimited. */
  ratio: number
  /** Whole percent of the limit used (above 100 when over it); 0 when unlimited. */
  percent: number
  /** The visible amount: "820 of 1,000 requests", or "820 requests used, no limit" when unlimited. */
  valueText: string
  /** "Resets Dec 1"; `undefined` without a valid `resetsAt`. */
  resetsText: string | undefined
  /** The reset instant as ISO 8601; `undefined` without a valid `resetsAt`. */
  resetsAt: string | undefined
  /** Whether the upgrade action is due: at the `critical` and `exceeded` levels. */
  actionDue: boolean
  /** The latest threshold crossing, for a polite live region (`role="status"`); `null` until one. */
  announcement: UsageAnnouncement | null
  /** The `loading` option: the amount is a placeholder, shown as unknown. */
  loading: boolean
  /** The meter's strings in effect (e.g. `upgrade` for the action's label). */
  messages: PaywallMessages['meter']
  /** Spread onto the element that shows the label: its `id` names the meter. */
  labelProps: { id: string }
  /**
   * Spread onto the bar's element when `metered`: `role="meter"`, labelled by the label element, with
   * `aria-valuemin/max/now` and a human `aria-valuetext` ("820 of 1,000 API calls, 82%").
   */
  meterProps: {
    role: 'meter'
    'aria-labelledby': string
    'aria-valuemin': number
    'aria-valuemax': number
    'aria-valuenow': number
    'aria-valuetext': string
    /** `true` while `loading`. */
    'aria-busy'?: true
  }
}

/**
 * The behaviour of a usage meter, for custom markup: level, formatted text, ARIA props and the
 * announcement of each threshold crossed upward while mounted (also reported to `onThresholdCross` and
 * to the provider's `onEvent` as `threshold_crossed`). `Meter.Root` is built on it; use it when the
 * parts' markup does not fit.
 *
 * @example
 * const meter = useUsageMeter({ label: 'API calls', used: 820, limit: 1000 })
 * return (
 *   <div data-state={meter.level}>
 *     <span {...meter.labelProps}>{meter.label}</span>
 *     {meter.metered && (
 *       <div {...meter.meterProps} className="bar">
 *         <div style={{ width: `${meter.ratio * 100}%` }} />
 *       </div>
 *     )}
 *     <span role="status">{meter.announcement?.text}</span>
 *   </div>
 * )
 */
export function useUsageMeter({
  label,
  used: givenUsed,
  loading = false,
  meterId,
  thresholdStorage,
  limit,
  unit,
  // `undefined` means `usageLevel`'s defaults.
  thresholds,
  resetsAt,
  timeZone,
  locale: localeOption,
  messages: messagesOverride,
  onThresholdCross,
}: UseUsageMeterOptions): UsageMeterState {
  const paywall = usePaywallContextOptional()
  // A placeholder or a missing amount is unknown: never "0 of 1,000".
  const appUsed = loading || givenUsed === undefined ? Number.NaN : givenUsed
  // `@paywall-kit/devtools` can scrub the usage. The condition is fixed for a build, so the hook is
  // called in every render of a development build and in none of a production one (removed there).
  const used =
    // biome-ignore lint/correctness/useHookAtTopLevel: the condition never changes at run time (see above).
    process.env.NODE_ENV !== 'production' ? useUsageOverride(paywall?.store, label, appUsed, limit) : appUsed
  const locale = localeOption ?? paywall?.locale
  const messages = useMessages(messagesOverride).meter
  const labelId = useId()
  const [announcement, setAnnouncement] = useState<UsageAnnouncement | null>(null)

  const result = usageLevel({ used, limit }, thresholds)
  const safeUsed = countable(used)
  const safeLimit = result.metered ? (limit as number) : 0

  const zone = isDateOnly(resetsAt) ? 'UTC' : timeZone
  const formats = useMemo(
    () => ({
      count: countFormat(locale),
      percent: intlFormat(Intl.NumberFormat, locale, { style: 'percent', maximumFractionDigits: 0 }),
      // An unknown time zone falls back to the user's too.
      date: intlFormat(
        Intl.DateTimeFormat,
        locale,
        { month: 'short', day: 'numeric', timeZone: zone },
        { month: 'short', day: 'numeric' },
      ),
    }),
    [locale, zone],
  )
  const resetsMs = epochMs(resetsAt)
  const resetsDate = Number.isNaN(resetsMs) ? undefined : new Date(resetsMs)

  useThresholdEvents({
    used,
    loading,
    limit,
    thresholds,
    ledger: {
      meterId: meterId ?? label,
      period: periodOf(resetsAt),
      storage: thresholdStorage !== undefined ? thresholdStorage : paywall?.thresholdStorage,
    },
    onCross: (crossed, level) => {
      for (const threshold of crossed) {
        onThresholdCross?.(threshold, level)
        paywall?.store.emit({ type: 'threshold_crossed', threshold, label })
      }
      const top = crossed[crossed.length - 1] as number
      const text =
        top === 1
          ? messages.exceeded(label)
          : messages.crossed({ label, percent: formats.percent.format(top) })
      setAnnouncement((previous) => ({ id: (previous?.id ?? 0) + 1, text }))
    },
  })

  const usedText = formats.count(safeUsed)
  const limitText = formats.count(safeLimit)
  // NaN or ±Infinity says nothing about the amount: shown as unknown, never as "0 of 100".
  const unknownText = result.known
    ? undefined
    : messages.unknown({ limit: result.metered ? limitText : undefined, unit })
  return {
    level: result.level,
    metered: result.metered,
    label,
    used: safeUsed,
    limit: safeLimit,
    ratio: result.ratio,
    percent: result.percent,
    valueText:
      unknownText ??
      (result.metered
        ? messages.value({ used: usedText, limit: limitText, unit })
        : messages.unlimited({ used: usedText, unit })),
    resetsText: resetsDate && messages.resets(formats.date.format(resetsDate)),
    resetsAt: resetsDate?.toISOString(),
    actionDue: ACTION_LEVELS.includes(result.level),
    announcement,
    loading,
    messages,
    labelProps: { id: labelId },
    meterProps: {
      role: 'meter',
      'aria-labelledby': labelId,
      'aria-valuemin': 0,
      'aria-valuemax': safeLimit,
      // ARIA requires the value within [min, max]; the text still tells the real amount when over.
      'aria-valuenow': Math.min(safeUsed, safeLimit),
      'aria-valuetext':
        unknownText ??
        messages.valueText({
          used: usedText,
          limit: limitText,
          label,
          percent: formats.percent.format(result.percent / 100),
          unit,
        }),
      ...(loading && { 'aria-busy': true as const }),
    },
  }
}
