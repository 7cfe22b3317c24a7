import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  forwardRef,
  type MouseEventHandler,
  type ReactNode,
  useEffect,
  useImperativeHandle,
  useRef,
} from 'react'
import { ActionLink } from '../internal/action-link'
import { createContext } from '../internal/create-context'
import { cx } from '../internal/cx'
import { type PartProps, Primitive } from '../internal/primitive'
import { useSafeHref } from '../internal/use-safe-href'
import { type UsageMeterState, type UseUsageMeterOptions, useUsageMeter } from './use-usage-meter'

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

const [MeterProvider, useMeterContext] = createContext<UsageMeterState>('Meter.Root')

/** Props of `Meter.Root`: the options of `useUsageMeter`, and the `div`'s own. */
export interface RootProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    UseUsageMeterOptions,
    PartProps {
  /** The parts: `Label`, `ValueText`, `Track` (with `Indicator`), `Resets`, `Action`, `Announcer`. */
  children?: ReactNode
}

/**
 * Holds one usage measurement (`useUsageMeter`) and shares it with the other parts. Also reports
 * threshold crossings to `onThresholdCross`, to the provider's `onEvent` (`threshold_crossed`) and to
 * `Announcer`. `data-state`: `ok | notice | warning | critical | exceeded`; `data-limit`:
 * `limited | unlimited`.
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function MeterRoot(
  {
    label,
    used,
    loading,
    meterId,
    thresholdStorage,
    limit,
    unit,
    thresholds,
    resetsAt,
    timeZone,
    locale,
    messages,
    onThresholdCross,
    className,
    ...props
  },
  ref,
) {
  const meter = useUsageMeter({
    label,
    used,
    loading,
    meterId,
    thresholdStorage,
    limit,
    unit,
    thresholds,
    resetsAt,
    timeZone,
    locale,
    messages,
    onThresholdCross,
  })
  return (
    <MeterProvider value={meter}>
      <Primitive
        as="div"
        data-state={meter.level}
        data-limit={meter.metered ? 'limited' : 'unlimited'}
        {...props}
        className={cx('pwk-meter', className)}
        ref={ref}
      />
    </MeterProvider>
  )
})

/** Props of `Meter.Label`. */
export interface LabelProps extends ComponentPropsWithoutRef<'span'>, PartProps {}

/** The visible name of the meter (it labels `Track`). Defaults to the root's `label`. */
export const Label = forwardRef<HTMLSpanElement, LabelProps>(function MeterLabel(
  { className, ...props },
  ref,
) {
  const { level, labelProps, label } = useMeterContext('Meter.Label')
  return (
    <Primitive
      as="span"
      data-state={level}
      defaultContent={label}
      {...props}
      className={cx('pwk-meter__label', className)}
      {...labelProps}
      ref={ref}
    />
  )
})

/** Props of `Meter.Track`. */
export interface TrackProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/**
 * The `role="meter"` element, labelled by `Label`, with `aria-valuenow/min/max` and a human
 * `aria-valuetext`. Renders nothing for an unlimited allowance. Put `Indicator` inside.
 */
export const Track = forwardRef<HTMLDivElement, TrackProps>(function MeterTrack(
  { className, ...props },
  ref,
) {
  const { metered, meterProps, level } = useMeterContext('Meter.Track')
  if (!metered) return null
  return (
    <Primitive
      as="div"
      {...meterProps}
      data-state={level}
      {...props}
      className={cx('pwk-meter__track', className)}
      ref={ref}
    />
  )
})

/** Props of `Meter.Indicator`. */
export interface IndicatorProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/**
 * The filled part of the bar. Exposes the used fraction (0–1) as the `--pwk-meter-ratio` custom property
 * and `data-value` (whole percent, capped at 100). Renders nothing for an unlimited allowance.
 */
export const Indicator = forwardRef<HTMLDivElement, IndicatorProps>(function MeterIndicator(
  { style, className, ...props },
  ref,
) {
  const { level, ratio, percent, metered } = useMeterContext('Meter.Indicator')
  const node = useRef<HTMLDivElement>(null)
  useImperativeHandle(ref, () => node.current as HTMLDivElement)
  // A strict CSP (no style-src-attr) drops server-rendered style attributes and hydration does not patch
  // them; setting the property from script (CSSOM) is always allowed.
  useEffect(() => {
    node.current?.style.setProperty('--pwk-meter-ratio', String(ratio))
  }, [ratio])
  if (!metered) return null
  return (
    <Primitive
      as="div"
      aria-hidden
      data-state={level}
      data-value={Math.min(percent, 100)}
      {...props}
      className={cx('pwk-meter__indicator', className)}
      style={{ '--pwk-meter-ratio': ratio, ...style } as CSSProperties}
      ref={node}
    />
  )
})

/** Props of `Meter.ValueText`. */
export interface ValueTextProps extends ComponentPropsWithoutRef<'span'>, PartProps {}

/** Visible amount ("820 of 1,000 requests"), or the unlimited text ("820 requests used, no limit"). */
export const ValueText = forwardRef<HTMLSpanElement, ValueTextProps>(function MeterValueText(
  { className, ...props },
  ref,
) {
  const { level, valueText } = useMeterContext('Meter.ValueText')
  return (
    <Primitive
      as="span"
      data-state={level}
      defaultContent={valueText}
      {...props}
      className={cx('pwk-meter__value', className)}
      ref={ref}
    />
  )
})

/** Props of `Meter.Resets`. */
export interface ResetsProps extends ComponentPropsWithoutRef<'span'>, PartProps {}

/** "Resets Dec 1", from the root's `resetsAt`. Renders nothing without a valid reset date. */
export const Resets = forwardRef<HTMLSpanElement, ResetsProps>(function MeterResets(
  { className, ...props },
  ref,
) {
  const { level, resetsText, resetsAt } = useMeterContext('Meter.Resets')
  if (resetsText === undefined) return null
  return (
    <Primitive
      as="span"
      data-state={level}
      data-resets-at={resetsAt}
      defaultContent={resetsText}
      {...props}
      className={cx('pwk-meter__resets', className)}
      ref={ref}
    />
  )
})

/** Props of `Meter.Action`. */
export interface ActionProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'>, PartProps {
  /**
   * Where to upgrade. Rendered only if `safeHref` accepts it (with the provider's `allowedOrigins`);
   * an unsafe URL is dropped, and without `onClick` the action is not rendered at all.
   */
  href?: string
  /** Called on activation; without a (safe) `href` the action is a `button`. */
  onClick?: MouseEventHandler<HTMLElement>
  /** Render even below the top levels (`critical`, `exceeded`). @default false */
  forceMount?: boolean
}

/**
 * The upgrade action, shown at the top levels (`critical`, `exceeded`): a link to a safe `href`, else a
 * button calling `onClick`. Labelled "Upgrade" by default and described by the meter's label.
 */
export const Action = forwardRef<HTMLElement, ActionProps>(function MeterAction(
  { href, forceMount = false, className, ...props },
  ref,
) {
  const { level, actionDue, labelProps, messages } = useMeterContext('Meter.Action')
  const safe = useSafeHref('Meter.Action', href)
  if (!forceMount && !actionDue) return null
  return (
    <ActionLink
      data-state={level}
      aria-describedby={labelProps.id}
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
    <Primitive
      as="div"
      role="status"
      {...props}
      className={cx('pwk-visually-hidden', className)}
      style={{ ...visuallyHidden, ...style }}
      ref={ref}
    >
      {/* A new node per crossing: screen readers announce the same text again when it recurs. */}
      {announcement && <span key={announcement.id}>{announcement.text}</span>}
    </Primitive>
  )
})
