import {
  epochMs,
  type GraceAccessLevel,
  type GraceState,
  graceEndOf,
  graceStatus,
  type PaywallStore,
} from '@paywall-kit/core'
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react'
import { useClockOverride } from '../devtools/use-devtools-overrides'
import { intlFormat } from '../i18n/intl-format'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { subscribeNothing } from '../internal/subscribe-nothing'
import { useIsClient } from '../internal/use-is-client'
import { useNow } from '../internal/use-now'
import { useSessionFlag } from '../internal/use-session-flag'
import { usePaywallContextOptional } from '../provider/paywall-context'

const STORAGE_PREFIX = 'pwk:grace-dismissed:'

/**
 * What the banner is about, each with its own copy, action and `expiringDays`:
 * - `past-due`: a renewal failed and access continues for a grace period ("Your payment failed").
 * - `trial-ending`: a free trial that will not convert by itself ends ("Your trial is ending").
 * - `card-expiring`: the card on file expires ("Your card expires soon"); `endsAt` is the expiry.
 * - `access-ended`: access is already lost ("Your access has ended"), always an alert.
 */
export type BannerVariant = 'past-due' | 'trial-ending' | 'card-expiring' | 'access-ended'

/**
 * An Adapty access level as the banner reads it: the grace-period fields of `GraceAccessLevel`, plus the
 * fields that tell a trial that will not renew and an access already lost.
 */
export interface BannerAccessLevel extends GraceAccessLevel {
  /** Whether the subscription renews by itself at `expires_at`. */
  will_renew?: boolean | null
  /** `free_trial` while the access comes from a free trial. */
  active_introductory_offer_type?: string | null
  /** Whether the store reports a grace period right now. */
  is_in_grace_period?: boolean | null
}

// Days left from which the state is `expiring`: a card is replaced at leisure, a trial or a grace period
// ends sooner.
const EXPIRING_DAYS: Record<BannerVariant, number> = {
  'past-due': 3,
  'trial-ending': 3,
  'card-expiring': 7,
  'access-ended': 0,
}

/**
 * The variant an access level calls for, and the end it counts to: a billing issue is `past-due` (grace
 * end per `graceEndOf`); a free trial that will not renew is `trial-ending` (its `expires_at`); an
 * inactive access level is `access-ended`. `null` when it calls for no banner.
 */
export function bannerOf(
  level: BannerAccessLevel | null | undefined,
): { variant: BannerVariant; end: number } | null {
  if (!level || typeof level !== 'object') return null
  const graceEnd = graceEndOf(level)
  if (!Number.isNaN(graceEnd)) return { variant: 'past-due', end: graceEnd }
  const expires = epochMs(level.expires_at)
  if (level.is_active === false) return { variant: 'access-ended', end: expires }
  if (
    level.active_introductory_offer_type === 'free_trial' &&
    level.will_renew === false &&
    !Number.isNaN(expires)
  ) {
    return { variant: 'trial-ending', end: expires }
  }
  return null
}

/** The end a variant counts to when it is given as a prop: the grace end for `past-due`, else `expires_at`. */
function endFor(variant: BannerVariant, level: BannerAccessLevel | null | undefined): number {
  if (!level || typeof level !== 'object') return Number.NaN
  return variant === 'past-due' ? graceEndOf(level) : epochMs(level.expires_at)
}

/** The copy of a variant, from the banner's messages. */
function copyOf(variant: BannerVariant, messages: PaywallMessages['banner']) {
  switch (variant) {
    case 'trial-ending':
      return {
        title: messages.trialTitle,
        daysLeft: messages.trialDaysLeft,
        message: messages.trialMessage,
        action: messages.trialAction,
        expiredTitle: messages.trialEndedTitle,
        expiredMessage: messages.trialEndedMessage,
      }
    case 'card-expiring':
      return {
        title: messages.cardTitle,
        daysLeft: messages.cardDaysLeft,
        message: messages.cardMessage,
        action: messages.cardAction,
        expiredTitle: messages.cardExpiredTitle,
        expiredMessage: messages.cardExpiredMessage,
      }
    case 'access-ended':
      return {
        title: messages.expiredTitle,
        daysLeft: messages.daysLeft,
        message: messages.endedMessage,
        action: messages.endedAction,
        expiredTitle: messages.expiredTitle,
        expiredMessage: messages.endedMessage,
      }
    default:
      return {
        title: messages.title,
        daysLeft: messages.daysLeft,
        message: messages.message,
        action: messages.action,
        expiredTitle: messages.expiredTitle,
        expiredMessage: messages.expiredMessage,
      }
  }
}

// What `grace_banner_shown` reports for each variant while access continues.
const SHOWN_REASON: Record<BannerVariant, 'payment_failed' | 'trial_ended' | 'subscription_expired'> = {
  'past-due': 'payment_failed',
  'trial-ending': 'trial_ended',
  'card-expiring': 'payment_failed',
  'access-ended': 'subscription_expired',
}

type Instant = string | number | Date

const selectGraceEnd = (state: { current: { graceEndsAt?: string } | null }) => state.current?.graceEndsAt
const getUndefined = () => undefined

/** The current paywall's `graceEndsAt` in `store`, re-rendering only when that value changes. */
function useProviderGraceEnd(store: PaywallStore | undefined): string | undefined {
  const getSnapshot = store ? () => selectGraceEnd(store.getSnapshot()) : getUndefined
  return useSyncExternalStore(store ? store.subscribe : subscribeNothing, getSnapshot, getSnapshot)
}

/** Options of `useGraceBanner`: the same as `Banner.Root`'s (and `GracePeriodBanner`'s) props. */
export interface UseGraceBannerOptions {
  /**
   * What the banner is about: `past-due`, `trial-ending`, `card-expiring` or `access-ended` (see
   * `BannerVariant`); each has its own copy, action and `expiringDays`.
   * @default from `accessLevel` when given (a billing issue, a free trial that will not renew, an
   * inactive level), else `past-due`
   */
  variant?: BannerVariant
  /**
   * The end the banner counts to (ISO 8601 string, `Date` or epoch ms): the grace end, the trial's end,
   * the card's expiry. Takes precedence over `accessLevel`. Optional for `access-ended`.
   */
  endsAt?: Instant | null
  /**
   * An Adapty-style access level. A billing issue shows `past-due` until `grace_period_expires_at`,
   * else 7 days after `billing_issue_detected_at`; a `free_trial` with `will_renew: false` shows
   * `trial-ending` until `expires_at`; `is_active: false` shows `access-ended`. Otherwise nothing.
   */
  accessLevel?: BannerAccessLevel | null
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
  /**
   * At this many calendar days left or fewer the state is `expiring`.
   * @default 3 (`past-due`, `trial-ending`), 7 (`card-expiring`)
   */
  expiringDays?: number
  /** BCP 47 locale for "in 3 days". @default the provider's `locale`, else the user's */
  locale?: string
  /** Overrides for this banner's strings, over the provider's. */
  messages?: PaywallMessagesOverride
  /**
   * Whether the banner can be dismissed. A dismissal lasts for the browser tab's session
   * (`sessionStorage`) and is kept apart for the warning and the expired alert: dismissing the warning
   * does not hide the alert once access is lost.
   * @default true
   */
  dismissible?: boolean
  /** Called after the user dismissed the banner. */
  onDismiss?: () => void
}

/** What `useGraceBanner` returns while a banner is to be shown. */
export interface GraceBannerState {
  /** What the banner is about (given, or derived from `accessLevel`). */
  variant: BannerVariant
  /** `active | expiring | expired`: what `Banner` parts put in `data-state`. */
  state: GraceState
  /**
   * `grace` while access continues, `expired` once it has ended. Give the banner's element a new `key`
   * when it changes: screen readers announce an alert when it appears, not when a region changes role.
   */
  phase: 'grace' | 'expired'
  /** Whole calendar days left (0 = ends today, and once expired). */
  daysLeft: number
  /** The grace end. */
  endsAt: Date
  /** The variant's heading, e.g. "Your payment failed", or "Your access has ended" once expired. */
  title: string
  /** The variant's body, e.g. "Update your payment method to keep your plan.". */
  description: string
  /** "Access ends in 3 days" / "Trial ends tomorrow" / "Card expires today"; `undefined` once expired. */
  daysLeftText: string | undefined
  /** The variant's action label, e.g. "Update payment method", "Choose a plan", "Update card". */
  actionLabel: string
  /** The banner's strings in effect (e.g. `action` and `dismiss`). */
  messages: PaywallMessages['banner']
  /** The `dismissible` option. */
  dismissible: boolean
  /** Hides the banner for the tab's session (this phase only) and calls `onDismiss`. */
  dismiss: () => void
  /**
   * Spread onto the banner's element: `role="status"` while access continues, `role="alert"` once it
   * has ended, labelled by the title element.
   */
  bannerProps: { role: 'status' | 'alert'; 'aria-labelledby': string }
  /** Spread onto the title's element: its `id` names the banner. */
  titleProps: { id: string }
}

/**
 * The behaviour of a grace-period banner, for custom markup: resolves the grace end (from `endsAt`,
 * `accessLevel`, or the provider's current paywall) and the time, counts the days left, remembers a
 * dismissal for the session and emits `grace_banner_shown` through the provider once per banner shown
 * (`reason` `payment_failed` while access continues, `subscription_expired` once it has ended).
 * `Banner.Root` is built on it; use it when the parts' markup does not fit.
 *
 * @returns `null` when nothing is to be shown: no valid grace end, dismissed, or on the server
 * without `now` or `serverNow`.
 * @example
 * const banner = useGraceBanner({ endsAt: account.graceEndsAt })
 * if (!banner) return null
 * return (
 *   <aside key={banner.phase} {...banner.bannerProps} data-state={banner.state}>
 *     <h2 {...banner.titleProps}>{banner.title}</h2>
 *     <p>{banner.daysLeftText}</p>
 *     <button type="button" onClick={banner.dismiss}>{banner.messages.dismiss}</button>
 *   </aside>
 * )
 */
export function useGraceBanner({
  variant: variantOption,
  endsAt,
  accessLevel,
  now,
  serverNow,
  timeZone,
  expiringDays,
  locale: localeOption,
  messages: messagesOverride,
  dismissible = true,
  onDismiss,
}: UseGraceBannerOptions): GraceBannerState | null {
  const paywall = usePaywallContextOptional()
  const providerEnd = useProviderGraceEnd(paywall?.store)
  const locale = localeOption ?? paywall?.locale
  const messages = useMessages(messagesOverride).banner
  const titleId = useId()
  const isClient = useIsClient()

  // `@paywall-kit/devtools` can move the clock. The condition is fixed for a build, so the hook is
  // called in every render of a development build and in none of a production one (removed there).
  const devtoolsNow =
    // biome-ignore lint/correctness/useHookAtTopLevel: the condition never changes at run time (see above).
    process.env.NODE_ENV !== 'production' ? useClockOverride(paywall?.store) : null
  const fixedNow = epochMs(devtoolsNow ?? now)
  const serverMs = epochMs(serverNow)
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
  const derived = accessLevel === undefined || variantOption ? null : bannerOf(accessLevel)
  const variant: BannerVariant = variantOption ?? derived?.variant ?? 'past-due'
  const levelEnd =
    accessLevel === undefined
      ? // The provider's current paywall knows a grace end only.
        variant === 'past-due'
        ? epochMs(providerEnd)
        : Number.NaN
      : (derived?.end ?? endFor(variant, accessLevel))
  let endMs = endsAt == null ? levelEnd : epochMs(endsAt)
  // Access already lost needs no date to say so: without one it ended at the time shown.
  if (variant === 'access-ended' && Number.isNaN(endMs)) endMs = clock
  // Ended, whatever the date says: the variant is for access already lost.
  if (variant === 'access-ended' && endMs > clock) endMs = clock
  // `null` without a valid end.
  const status = Number.isNaN(clock)
    ? null
    : graceStatus({
        endsAt: endMs,
        now: clock,
        serverNow: liveNow === null ? undefined : serverMs,
        receivedAt: received.current?.at,
        timeZone,
        expiringDays: expiringDays ?? EXPIRING_DAYS[variant],
      })

  const phase = status?.state === 'expired' ? 'expired' : 'grace'
  // One banner per variant, end and phase: its dismissal and its `grace_banner_shown` go by this key
  // (`past-due` keeps the key it had before variants, so earlier dismissals still hold).
  const bannerKey =
    status && `${variant === 'past-due' ? '' : `${variant}:`}${status.endsAt.toISOString()}:${phase}`
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
      reason: shownKey.endsWith(':expired') ? 'subscription_expired' : SHOWN_REASON[variant],
    })
  }, [shownKey, paywall, variant])

  if (!visible) return null

  const { state, daysLeft } = status
  const expired = phase === 'expired'
  const copy = copyOf(variant, messages)
  return {
    variant,
    state,
    phase,
    daysLeft,
    endsAt: status.endsAt,
    title: expired ? copy.expiredTitle : copy.title,
    description: expired ? copy.expiredMessage : copy.message,
    daysLeftText: expired
      ? undefined
      : copy.daysLeft({ days: daysLeft, relative: relative.format(daysLeft, 'day') }),
    actionLabel: copy.action,
    messages,
    dismissible,
    dismiss: () => {
      setDismissed()
      onDismiss?.()
    },
    bannerProps: { role: expired ? 'alert' : 'status', 'aria-labelledby': titleId },
    titleProps: { id: titleId },
  }
}
