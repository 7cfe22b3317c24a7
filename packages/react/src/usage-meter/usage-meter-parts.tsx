import { type UsageLevel, type UsageLevelResult, usageLevel } from '@paywall-kit/core'
import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  forwardRef,
  type MouseEventHandler,
  type ReactNode,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react'
import { intlFormat } from '../i18n/intl-format'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { ActionLink, useSafeHref } from '../internal/action-link'
import { createContext } from '../internal/create-context'
import { cx } from '../internal/cx'
import { renderPart } from '../internal/part-element'
import { instant, isDateOnly } from '../internal/part-instant'
import { usePaywallContextOptional } from '../provider/paywall-context'
import { useThresholdEvents } from './use-threshold-events'

/** Levels at which the upgrade action appears. */
const ACTION_LEVELS: readonly UsageLevel[] = ['critical', 'exceeded']

const countable = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0)

/** Keeps live-region text out of sight even when styles.css is not loaded. */
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

interface Announcement {
  id: number
  text: string
}

interface MeterContextValue {
  label: string
  unit: string | undefined
  /** `used`, sanitized (never negative or NaN). */
  used: number
  limit: number
  result: UsageLevelResult
  usedText: string
  limitText: string
  percentText: string
  resetsText: string | undefined
  resetsIso: string | undefined
  labelId: string
  messages: PaywallMessages['meter']
  announcement: Announcement | null
}

const [MeterProvider, useMeterContext] = createContext<MeterContextValue>('Meter.Root')

/** Props of `Meter.Root`. */
export interface RootProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What is measured, e.g. "API calls". Shown by `Label` and used in `aria-valuetext` and announcements. */
  label: string
  /** Amount used. Negative or NaN values count as 0. */
  used: number
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
  /** When the quota resets (ISO 8601 string, `Date` or epoch ms); shown by `Resets`. Invalid dates are ignored. */
  resetsAt?: string | number | Date
  /** IANA time zone of the reset date. Pass it when server rendering so server and client agree. @default the user's */
  timeZone?: string
  /** BCP 47 locale for numbers and dates. @default the provider's `locale`, else the user's */
  locale?: string
  /** Overrides for this meter's strings. */
  messages?: PaywallMessagesOverride
  /**
   * Called once for each threshold crossed upward while mounted, with the meter's level after the change.
   * Nothing is reported for the value the meter mounts with, nor for re-renders with the same `used`.
   */
  onThresholdCross?: (threshold: number, level: UsageLevel) => void
  /** Render the child element instead of a `div`, merging props. @default false */
  asChild?: boolean
  /** The parts: `Label`, `ValueText`, `Track` (with `Indicator`), `Resets`, `Action`, `Announcer`. */
  children?: ReactNode
}

/**
 * Holds one usage measurement and shares it with the other parts. Also reports threshold crossings to
 * `onThresholdCross`, to the provider's `onEvent` (`threshold_crossed`) and to `Announcer`.
 * `data-state`: `ok | notice | warning | critical | exceeded`; `data-limit`: `limited | unlimited`.
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function MeterRoot(
  {
    label,
    used,
    limit,
    unit,
    // `undefined` means `usageLevel`'s defaults.
    thresholds,
    resetsAt,
    timeZone,
    locale: localeProp,
    messages: messagesOverride,
    onThresholdCross,
    ...props
  },
  ref,
) {
  const paywall = usePaywallContextOptional()
  const locale = localeProp ?? paywall?.locale
  const messages = useMessages(messagesOverride).meter
  const labelId = useId()
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)

  const result = usageLevel({ used, limit }, thresholds)
  const safeUsed = countable(used)
  const safeLimit = result.metered ? (limit as number) : 0

  const zone = isDateOnly(resetsAt) ? 'UTC' : timeZone
  const formats = useMemo(
    () => ({
      number: intlFormat(Intl.NumberFormat, locale),
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
  const resetsMs = instant(resetsAt)
  const resetsDate = Number.isNaN(resetsMs) ? undefined : new Date(resetsMs)

  useThresholdEvents({
    used,
    limit,
    thresholds,
    onCross: (crossed, level) => {
      for (const threshold of crossed) {
        onThresholdCross?.(threshold, level)
        paywall?.store.emit({ type: 'threshold_crossed', threshold, label })
      }
      const top = crossed[crossed.length - 1] as number
      const text = top === 1 ? messages.exceeded(label) : messages.crossed(label, formats.percent.format(top))
      setAnnouncement((previous) => ({ id: (previous?.id ?? 0) + 1, text }))
    },
  })

  const context: MeterContextValue = {
    label,
    unit,
    used: safeUsed,
    limit: safeLimit,
    result,
    usedText: formats.number.format(safeUsed),
    limitText: formats.number.format(safeLimit),
    percentText: formats.percent.format(result.percent / 100),
    resetsText: resetsDate && messages.resets(formats.date.format(resetsDate)),
    resetsIso: resetsDate?.toISOString(),
    labelId,
    messages,
    announcement,
  }

  return (
    <MeterProvider value={context}>
      {renderPart(
        'div',
        props,
        {
          'data-state': result.level,
          'data-limit': result.metered ? 'limited' : 'unlimited',
          className: 'pwk-meter',
        },
        { ref },
      )}
    </MeterProvider>
  )
})

/** Props of `Meter.Label`. */
export interface LabelProps extends ComponentPropsWithoutRef<'span'> {
  /** Render the child element instead of a `span`. @default false */
  asChild?: boolean
}

/** The visible name of the meter (it labels `Track`). Defaults to the root's `label`. */
export const Label = forwardRef<HTMLSpanElement, LabelProps>(function MeterLabel(props, ref) {
  const { result, labelId, label } = useMeterContext('Meter.Label')
  return renderPart(
    'span',
    props,
    { 'data-state': result.level, className: 'pwk-meter__label' },
    { id: labelId, ref },
    label,
  )
})

/** Props of `Meter.Track`. */
export interface TrackProps extends ComponentPropsWithoutRef<'div'> {
  /** Render the child element instead of a `div`. @default false */
  asChild?: boolean
}

/**
 * The `role="meter"` element, labelled by `Label`, with `aria-valuenow/min/max` and a human
 * `aria-valuetext`. Renders nothing for an unlimited allowance. Put `Indicator` inside.
 */
export const Track = forwardRef<HTMLDivElement, TrackProps>(function MeterTrack(props, ref) {
  const context = useMeterContext('Meter.Track')
  if (!context.result.metered) return null
  return renderPart(
    'div',
    props,
    {
      role: 'meter',
      'aria-labelledby': context.labelId,
      'aria-valuemin': 0,
      'aria-valuemax': context.limit,
      // ARIA requires the value within [min, max]; the text still tells the real amount when over.
      'aria-valuenow': Math.min(context.used, context.limit),
      'aria-valuetext': context.messages.valueText(
        context.usedText,
        context.limitText,
        context.label,
        context.percentText,
        context.unit,
      ),
      'data-state': context.result.level,
      className: 'pwk-meter__track',
    },
    { ref },
  )
})

/** Props of `Meter.Indicator`. */
export interface IndicatorProps extends ComponentPropsWithoutRef<'div'> {
  /** Render the child element instead of a `div`. @default false */
  asChild?: boolean
}

/**
 * The filled part of the bar. Exposes the used fraction (0–1) as the `--pwk-meter-ratio` custom property
 * and `data-value` (whole percent, capped at 100). Renders nothing for an unlimited allowance.
 */
export const Indicator = forwardRef<HTMLDivElement, IndicatorProps>(function MeterIndicator(
  { style, ...props },
  ref,
) {
  const { level, ratio, percent, metered } = useMeterContext('Meter.Indicator').result
  const node = useRef<HTMLDivElement>(null)
  useImperativeHandle(ref, () => node.current as HTMLDivElement)
  // A strict CSP (no style-src-attr) drops server-rendered style attributes and hydration does not patch
  // them; setting the property from script (CSSOM) is always allowed.
  useEffect(() => {
    node.current?.style.setProperty('--pwk-meter-ratio', String(ratio))
  }, [ratio])
  if (!metered) return null
  return renderPart(
    'div',
    props,
    {
      'aria-hidden': true,
      'data-state': level,
      'data-value': Math.min(percent, 100),
      className: 'pwk-meter__indicator',
      style: { '--pwk-meter-ratio': ratio, ...style },
    },
    { ref: node },
  )
})

/** Props of `Meter.ValueText`. */
export interface ValueTextProps extends ComponentPropsWithoutRef<'span'> {
  /** Render the child element instead of a `span`. @default false */
  asChild?: boolean
}

/** Visible amount ("820 of 1,000 requests"), or the unlimited text ("820 requests used, no limit"). */
export const ValueText = forwardRef<HTMLSpanElement, ValueTextProps>(function MeterValueText(props, ref) {
  const { result, messages, usedText, limitText, unit } = useMeterContext('Meter.ValueText')
  return renderPart(
    'span',
    props,
    { 'data-state': result.level, className: 'pwk-meter__value' },
    { ref },
    result.metered ? messages.value(usedText, limitText, unit) : messages.unlimited(usedText, unit),
  )
})

/** Props of `Meter.Resets`. */
export interface ResetsProps extends ComponentPropsWithoutRef<'span'> {
  /** Render the child element instead of a `span`. @default false */
  asChild?: boolean
}

/** "Resets Dec 1", from the root's `resetsAt`. Renders nothing without a valid reset date. */
export const Resets = forwardRef<HTMLSpanElement, ResetsProps>(function MeterResets(props, ref) {
  const { result, resetsText, resetsIso } = useMeterContext('Meter.Resets')
  if (resetsText === undefined) return null
  return renderPart(
    'span',
    props,
    { 'data-state': result.level, 'data-resets-at': resetsIso, className: 'pwk-meter__resets' },
    { ref },
    resetsText,
  )
})

/** Props of `Meter.Action`. */
export interface ActionProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'> {
  /**
   * Where to upgrade. Rendered only if `safeHref` accepts it (with the provider's `allowedOrigins`);
   * an unsafe URL is dropped, and without `onClick` the action is not rendered at all.
   */
  href?: string
  /** Called on activation; without a (safe) `href` the action is a `button`. */
  onClick?: MouseEventHandler<HTMLElement>
  /** Render even below the top levels (`critical`, `exceeded`). @default false */
  forceMount?: boolean
  /**
   * Render the child element (e.g. a router's link) instead of an `a`/`button`; it gets the safe `href`
   * unless it has its own.
   * @default false
   */
  asChild?: boolean
}

/**
 * The upgrade action, shown at the top levels (`critical`, `exceeded`): a link to a safe `href`, else a
 * button calling `onClick`. Labelled "Upgrade" by default and described by the meter's label.
 */
export const Action = forwardRef<HTMLElement, ActionProps>(function MeterAction(
  { href, forceMount = false, className, ...props },
  ref,
) {
  const { result, labelId, messages } = useMeterContext('Meter.Action')
  const safe = useSafeHref('Meter.Action', href)
  if (!forceMount && !ACTION_LEVELS.includes(result.level)) return null
  return (
    <ActionLink
      data-state={result.level}
      aria-describedby={labelId}
      className={cx('pwk-button', 'pwk-meter__action', className)}
      {...props}
      href={safe}
      label={messages.upgrade}
      ref={ref}
    />
  )
})

/** Props of `Meter.Announcer`. */
export interface AnnouncerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {}

/**
 * A visually hidden polite live region (`role="status"`) that announces each threshold crossing once,
 * e.g. "API calls at 80% of your limit". Render it once inside `Root`; it stays empty until a crossing.
 */
export const Announcer = forwardRef<HTMLDivElement, AnnouncerProps>(function MeterAnnouncer(
  { className, style, ...props },
  ref,
) {
  const { announcement } = useMeterContext('Meter.Announcer')
  return (
    <div
      role="status"
      className={cx('pwk-visually-hidden', className)}
      style={{ ...visuallyHidden, ...style }}
      {...props}
      ref={ref}
    >
      {/* A new node per crossing: screen readers announce the same text again when it recurs. */}
      {announcement && <span key={announcement.id}>{announcement.text}</span>}
    </div>
  )
})
