import { type GraceState, graceStatus, type PaywallStore } from '@paywall-kit/core'
import { Slot } from 'radix-ui'
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEvent,
  type MouseEventHandler,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react'
import { intlFormat } from '../i18n/intl-format'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { ActionLink, useSafeHref } from '../internal/action-link'
import { createContext } from '../internal/create-context'
import { cx } from '../internal/cx'
import { renderPart } from '../internal/part-element'
import { instant } from '../internal/part-instant'
import { useIsClient } from '../internal/use-is-client'
import { useNow } from '../internal/use-now'
import { useSessionFlag } from '../internal/use-session-flag'
import { withDefaultText } from '../internal/with-default-text'
import { usePaywallContextOptional } from '../provider/paywall-context'

/** Grace length assumed when only the billing issue's date is known (the source documents' default: 7 days). */
const DEFAULT_GRACE_MS = 7 * 86_400_000
const STORAGE_PREFIX = 'pwk:grace-dismissed:'

/** Adapty-style access level (server-side API v2 profile), as returned by the billing provider. */
export interface GraceAccessLevel {
  /** When a renewal failed (ISO 8601). */
  billing_issue_detected_at?: string | null
  /** When access ends if payment is not fixed (ISO 8601). */
  grace_period_expires_at?: string | null
  /** When the paid period ends (ISO 8601). */
  expires_at?: string | null
  /** Whether the access level currently grants access. */
  is_active?: boolean | null
}

type Instant = string | number | Date

/**
 * The grace end of an access level: `grace_period_expires_at`, else 7 days after
 * `billing_issue_detected_at`. `NaN` when there is no billing issue to warn about.
 */
function graceEndOf(level: GraceAccessLevel | null | undefined): number {
  if (!level || typeof level !== 'object') return Number.NaN
  const end = instant(level.grace_period_expires_at)
  return Number.isNaN(end) ? instant(level.billing_issue_detected_at) + DEFAULT_GRACE_MS : end
}

const selectGraceEnd = (state: { current: { graceEndsAt?: string } | null }) => state.current?.graceEndsAt
const subscribeNever = () => () => {}
const getUndefined = () => undefined

/** The current paywall's `graceEndsAt` in `store`, re-rendering only when that value changes. */
function useProviderGraceEnd(store: PaywallStore | undefined): string | undefined {
  const getSnapshot = store ? () => selectGraceEnd(store.getSnapshot()) : getUndefined
  return useSyncExternalStore(store ? store.subscribe : subscribeNever, getSnapshot, getSnapshot)
}

interface BannerContextValue {
  state: GraceState
  daysLeft: number
  daysLeftText: string | undefined
  titleId: string
  messages: PaywallMessages['banner']
  dismissible: boolean
  dismiss: () => void
}

const [BannerProvider, useBannerContext] = createContext<BannerContextValue>('Banner.Root')

/** Props of `Banner.Root`. */
export interface RootProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** End of the grace period (ISO 8601 string, `Date` or epoch ms). Takes precedence over `accessLevel`. */
  endsAt?: Instant | null
  /**
   * An Adapty-style access level: the grace end is `grace_period_expires_at`, else 7 days after
   * `billing_issue_detected_at`. Without a billing issue, nothing is shown.
   */
  accessLevel?: GraceAccessLevel | null
  /**
   * A fixed "now" (tests, stories, screenshots): the banner renders for this instant and does not tick.
   * An invalid value is ignored.
   * @default the live clock, read after hydration
   */
  now?: Instant
  /**
   * The server's current time (e.g. the request time during server rendering, or a response's `Date`
   * header). Server HTML and the first client render use it, so they agree when `timeZone` and `locale`
   * are given too (otherwise each side counts days in its own); afterwards the live clock
   * takes over, corrected by the difference between this and the client's clock when it arrived.
   * Without `now` or `serverNow` the banner renders nothing on the server and appears after hydration.
   */
  serverNow?: Instant
  /** IANA time zone whose calendar days are counted. @default the user's */
  timeZone?: string
  /** At this many calendar days left or fewer the state is `expiring`. @default 3 */
  expiringDays?: number
  /** BCP 47 locale for "in 3 days". @default the provider's `locale`, else the user's */
  locale?: string
  /** Overrides for this banner's strings. */
  messages?: PaywallMessagesOverride
  /**
   * Whether `Dismiss` is shown. A dismissal lasts for the browser tab's session (`sessionStorage`) and
   * is kept apart for the warning and the expired alert: dismissing the warning does not hide the
   * alert once access is lost.
   * @default true
   */
  dismissible?: boolean
  /** Called after the user dismissed the banner. */
  onDismiss?: () => void
  /** Render the child element instead of a `div`, merging props. @default false */
  asChild?: boolean
  /** The parts: `Title`, `DaysLeft`, `Description`, `Action`, `Dismiss`. */
  children?: ReactNode
}

/**
 * Resolves the grace end (from `endsAt`, `accessLevel`, or the provider's current paywall) and the time,
 * and renders the banner: `role="status"` while access continues, `role="alert"` once it has ended.
 * `data-state`: `active | expiring | expired`. Renders nothing without a valid grace end, after
 * dismissal, or on the server when neither `now` nor `serverNow` is given.
 * Emits `grace_banner_shown` through the provider once per banner shown (`reason` `payment_failed` while
 * access continues, `subscription_expired` once it has ended).
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function BannerRoot(
  {
    endsAt,
    accessLevel,
    now,
    serverNow,
    timeZone,
    expiringDays,
    locale: localeProp,
    messages: messagesOverride,
    dismissible = true,
    onDismiss,
    ...props
  },
  ref,
) {
  const paywall = usePaywallContextOptional()
  const providerEnd = useProviderGraceEnd(paywall?.store)
  const locale = localeProp ?? paywall?.locale
  const messages = useMessages(messagesOverride).banner
  const titleId = useId()
  const isClient = useIsClient()

  const fixedNow = instant(now)
  const serverMs = instant(serverNow)
  const liveNow = useNow(Number.isNaN(fixedNow))

  // Skew correction needs the client's time when `serverNow` arrived: the first live reading after it.
  const received = useRef<{ server: number; at: number } | null>(null)
  // Written during render on purpose: it is idempotent for a given `serverNow` and must be known before
  // this render computes the status.
  if (liveNow !== null && !Number.isNaN(serverMs) && received.current?.server !== serverMs) {
    received.current = { server: serverMs, at: liveNow }
  }

  // The instant shown: a fixed `now` (the live clock is off then), else the live clock corrected by
  // `serverNow`, else `serverNow` itself until the live clock is read.
  const clock = liveNow ?? (Number.isNaN(fixedNow) ? serverMs : fixedNow)
  // The first source given wins: a healthy `accessLevel` means "no banner", not "ask the provider".
  const endMs = instant(endsAt ?? (accessLevel === undefined ? providerEnd : graceEndOf(accessLevel)))
  // `null` without a valid end.
  const status = Number.isNaN(clock)
    ? null
    : graceStatus({
        endsAt: endMs,
        now: clock,
        serverNow: liveNow === null ? undefined : serverMs,
        receivedAt: received.current?.at,
        timeZone,
        expiringDays,
      })

  const phase = status?.state === 'expired' ? 'expired' : 'grace'
  // One banner per grace end and phase: its dismissal and its `grace_banner_shown` go by this key.
  const bannerKey = status && `${status.endsAt.toISOString()}:${phase}`
  const [dismissed, setDismissed] = useSessionFlag(bannerKey && STORAGE_PREFIX + bannerKey)
  const visible = status !== null && !(dismissible && dismissed)

  const relative = useMemo(() => intlFormat(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }), [locale])

  // Once per banner shown: the ref survives StrictMode's simulated remount, so its second effect run does
  // not emit again. `isClient` keeps the hydration pass (server snapshot: not dismissed yet) from counting.
  const shownKey = visible && isClient ? bannerKey : null
  const emitted = useRef<string | null>(null)
  useEffect(() => {
    if (shownKey === null || emitted.current === shownKey) return
    emitted.current = shownKey
    paywall?.store.emit({
      type: 'grace_banner_shown',
      reason: shownKey.endsWith(':expired') ? 'subscription_expired' : 'payment_failed',
    })
  }, [shownKey, paywall])

  if (!visible) return null

  const { state, daysLeft } = status
  const context: BannerContextValue = {
    state,
    daysLeft,
    daysLeftText:
      state === 'expired' ? undefined : messages.daysLeft(daysLeft, relative.format(daysLeft, 'day')),
    titleId,
    messages,
    dismissible,
    dismiss: () => {
      setDismissed()
      onDismiss?.()
    },
  }

  return (
    // A new element when access is lost: screen readers announce an alert when it appears, not when an
    // existing region changes its role.
    <BannerProvider key={phase} value={context}>
      {renderPart(
        'div',
        props,
        {
          role: phase === 'expired' ? 'alert' : 'status',
          'aria-labelledby': titleId,
          'data-state': state,
          'data-days-left': daysLeft,
          className: 'pwk-banner',
        },
        { ref },
      )}
    </BannerProvider>
  )
})

/** Props of `Banner.Title`. */
export interface TitleProps extends ComponentPropsWithoutRef<'p'> {
  /** Render the child element (e.g. an `h2`) instead of a `p`. @default false */
  asChild?: boolean
}

/** The banner's heading: "Your payment failed", or "Your access has ended" once expired. Names the banner. */
export const Title = forwardRef<HTMLParagraphElement, TitleProps>(function BannerTitle(props, ref) {
  const { state, messages, titleId } = useBannerContext('Banner.Title')
  return renderPart(
    'p',
    props,
    { 'data-state': state, className: 'pwk-banner__title' },
    { id: titleId, ref },
    state === 'expired' ? messages.expiredTitle : messages.title,
  )
})

/** Props of `Banner.Description`. */
export interface DescriptionProps extends ComponentPropsWithoutRef<'p'> {
  /** Render the child element instead of a `p`. @default false */
  asChild?: boolean
}

/** What to do: "Update your payment method to keep your plan." (or "… to restore access." once expired). */
export const Description = forwardRef<HTMLParagraphElement, DescriptionProps>(
  function BannerDescription(props, ref) {
    const { state, messages } = useBannerContext('Banner.Description')
    return renderPart(
      'p',
      props,
      { 'data-state': state, className: 'pwk-banner__description' },
      { ref },
      state === 'expired' ? messages.expiredMessage : messages.message,
    )
  },
)

/** Props of `Banner.DaysLeft`. */
export interface DaysLeftProps extends ComponentPropsWithoutRef<'span'> {
  /** Render the child element instead of a `span`. @default false */
  asChild?: boolean
}

/**
 * "Access ends in 3 days" / "tomorrow" / "today" (`Intl.RelativeTimeFormat`, calendar days in the
 * banner's time zone). Renders nothing once access has ended. `data-days-left` holds the number.
 */
export const DaysLeft = forwardRef<HTMLSpanElement, DaysLeftProps>(function BannerDaysLeft(props, ref) {
  const { state, daysLeft, daysLeftText } = useBannerContext('Banner.DaysLeft')
  if (daysLeftText === undefined) return null
  return renderPart(
    'span',
    props,
    { 'data-state': state, 'data-days-left': daysLeft, className: 'pwk-banner__days-left' },
    { ref },
    daysLeftText,
  )
})

/** Props of `Banner.Action`. */
export interface ActionProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'> {
  /**
   * Where to update the payment method. Rendered only if `safeHref` accepts it (with the provider's
   * `allowedOrigins`); an unsafe URL is dropped, and without `onClick` the action is not rendered.
   */
  href?: string
  /** Called on activation; without a (safe) `href` the action is a `button`. */
  onClick?: MouseEventHandler<HTMLElement>
  /**
   * Render the child element (e.g. a router's link) instead of an `a`/`button`; it gets the safe `href`
   * unless it has its own.
   * @default false
   */
  asChild?: boolean
}

/** The update-payment action: a link to a safe `href`, else a button calling `onClick`. */
export const Action = forwardRef<HTMLElement, ActionProps>(function BannerAction(
  { href, className, ...props },
  ref,
) {
  const { state, messages } = useBannerContext('Banner.Action')
  const safe = useSafeHref('Banner.Action', href)
  return (
    <ActionLink
      data-state={state}
      className={cx('pwk-button', 'pwk-banner__action', className)}
      {...props}
      href={safe}
      label={messages.action}
      ref={ref}
    />
  )
})

/** Props of `Banner.Dismiss`. */
export interface DismissProps extends ComponentPropsWithoutRef<'button'> {
  /** Render the child element instead of a `button`. @default false */
  asChild?: boolean
}

/**
 * Hides the banner for the session. Shows "×" named "Dismiss" (`messages.banner.dismiss`) unless given
 * its own content, which then names it. Renders nothing when the root is not `dismissible`.
 */
export const Dismiss = forwardRef<HTMLButtonElement, DismissProps>(function BannerDismiss(
  { asChild = false, className, children, onClick, ...props },
  ref,
) {
  const context = useBannerContext('Banner.Dismiss')
  if (!context.dismissible) return null
  const Component = asChild ? Slot.Root : 'button'
  const content = withDefaultText(children, <span aria-hidden="true">×</span>, asChild)
  // Only the icon needs a name; visible text names the button itself (WCAG 2.5.3, label in name).
  const iconOnly = content !== children
  return (
    <Component
      type={asChild ? undefined : 'button'}
      aria-label={iconOnly ? context.messages.dismiss : undefined}
      data-state={context.state}
      className={cx('pwk-icon-button', 'pwk-banner__dismiss', className)}
      {...props}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event)
        if (!event.defaultPrevented) context.dismiss()
      }}
      ref={ref}
    >
      {content}
    </Component>
  )
})
