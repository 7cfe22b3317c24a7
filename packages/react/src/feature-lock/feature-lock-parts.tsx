import type { QueryKey } from '@tanstack/react-query'
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useId, useMemo, useRef, version } from 'react'
import { type FeatureAccess, useFeatureAccess } from '../hooks/use-feature-access'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { composeEventHandlers } from '../internal/compose-event-handlers'
import { useComposedRefs } from '../internal/compose-refs'
import { createContext } from '../internal/create-context'
import { cx } from '../internal/cx'
import { type PartProps, Primitive } from '../internal/primitive'
import { canPay, useBillingOptions } from '../provider/billing-context'
import { usePaywallContext } from '../provider/paywall-context'

interface LockContextValue {
  feature: string
  access: FeatureAccess
  messages: PaywallMessages
  titleId: string
  open: () => void
}

const [LockProvider, useLockContext] = createContext<LockContextValue>('Lock.Root')

// React 19 knows `inert` as a boolean; React 18 passes unknown attributes through as strings.
const inertProps = { inert: (Number.parseInt(version, 10) >= 19 ? true : '') as boolean }

export interface RootProps extends ComponentPropsWithoutRef<'div'>, PartProps {
  /** The feature, as named by `meta.paywallFeature` or the 402 body. */
  feature: string
  /**
   * The query whose loading or error state makes the lock `unknown`.
   * @default every query with `meta.paywallFeature === feature`
   */
  queryKey?: QueryKey
  /** Strings for this lock, over the provider's. */
  messages?: PaywallMessagesOverride
}

/**
 * Holds one feature's access and shares it with the parts. `data-state="locked" | "unlocked" |
 * "unknown"`; `unknown` (loading, or a non-paywall error) never looks locked. `data-feature` names the
 * feature (what `findFeatureLock` from `@paywall-kit/react/testing` looks for).
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function Root(
  { feature, queryKey, messages: override, className, ...props },
  ref,
) {
  const { store } = usePaywallContext('Lock.Root')
  const access = useFeatureAccess(feature, { queryKey })
  const messages = useMessages(override)
  const titleId = useId()
  const { state, paywall } = access
  const context = useMemo<LockContextValue>(
    () => ({
      feature,
      // Localised as it entered the store: the same paywall as the hooks and the render prop.
      access: paywall ? { state, paywall } : { state },
      messages,
      titleId,
      open: () => store.open(feature),
    }),
    [feature, state, paywall, messages, titleId, store],
  )
  return (
    <LockProvider value={context}>
      <Primitive
        as="div"
        data-state={state}
        data-feature={feature}
        {...props}
        className={cx('pwk-lock', className)}
        ref={ref}
      />
    </LockProvider>
  )
})

export interface ContentProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/** Wraps the feature. While locked it stays visible but is `inert`: not focusable, not clickable, hidden from screen readers. */
export const Content = forwardRef<HTMLDivElement, ContentProps>(function Content(
  { className, ...props },
  ref,
) {
  const { state } = useLockContext('Lock.Content').access
  return (
    <Primitive
      as="div"
      data-state={state}
      {...(state === 'locked' && inertProps)}
      {...props}
      className={cx('pwk-lock__content', className)}
      ref={ref}
    />
  )
})

export interface OverlayProps extends ComponentPropsWithoutRef<'div'>, PartProps {
  /** Render even when not locked (for animations). @default false */
  forceMount?: boolean
}

/** Covers the locked feature; rendered only while locked. Labelled by `Lock.Title`. */
export const Overlay = forwardRef<HTMLDivElement, OverlayProps>(function Overlay(
  { forceMount, className, ...props },
  ref,
) {
  const { access, titleId } = useLockContext('Lock.Overlay')
  if (access.state !== 'locked' && !forceMount) return null
  return (
    <Primitive
      as="div"
      role="group"
      aria-labelledby={titleId}
      data-state={access.state}
      {...props}
      className={cx('pwk-lock__overlay', className)}
      ref={ref}
    />
  )
})

export interface PanelProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/**
 * The card inside `Lock.Overlay` that holds the icon, title, reason and action. The stylesheet gives it an
 * opaque background and a border, so its text never sits on top of the obscured feature's text.
 */
export const Panel = forwardRef<HTMLDivElement, PanelProps>(function Panel({ className, ...props }, ref) {
  const { access } = useLockContext('Lock.Panel')
  return (
    <Primitive
      as="div"
      data-state={access.state}
      {...props}
      className={cx('pwk-lock__panel', className)}
      ref={ref}
    />
  )
})

export interface IconProps extends ComponentPropsWithoutRef<'span'>, PartProps {}

/** A padlock drawn inline (no asset to load, follows `currentColor`); hidden from screen readers. */
export const Icon = forwardRef<HTMLSpanElement, IconProps>(function Icon({ className, ...props }, ref) {
  useLockContext('Lock.Icon')
  return (
    <Primitive
      as="span"
      aria-hidden="true"
      defaultContent={padlock}
      {...props}
      className={cx('pwk-lock__icon', className)}
      ref={ref}
    />
  )
})

const padlock = (
  <svg viewBox="0 0 24 24" width="20" height="20" fill="none" focusable="false" aria-hidden="true">
    <rect x="4.5" y="10.5" width="15" height="10" rx="2" stroke="currentColor" strokeWidth="2" />
    <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    <circle cx="12" cy="15.5" r="1.5" fill="currentColor" />
  </svg>
)

export interface TitleProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/** The reason the feature is locked, e.g. "Upgrade to unlock this feature". */
export const Title = forwardRef<HTMLParagraphElement, TitleProps>(function Title(
  { className, ...props },
  ref,
) {
  const { access, messages, titleId } = useLockContext('Lock.Title')
  return (
    <Primitive
      as="p"
      defaultContent={access.paywall?.title ?? messages.lock.locked}
      {...props}
      className={cx('pwk-lock__title', className)}
      id={titleId}
      ref={ref}
    />
  )
})

export interface DescriptionProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/** The paywall's human message, while locked. */
export const Description = forwardRef<HTMLParagraphElement, DescriptionProps>(function Description(
  { className, ...props },
  ref,
) {
  const { access } = useLockContext('Lock.Description')
  return (
    <Primitive
      as="p"
      defaultContent={access.paywall?.message}
      {...props}
      className={cx('pwk-lock__description', className)}
      ref={ref}
    />
  )
})

export interface UnlockProps extends ComponentPropsWithoutRef<'button'>, PartProps {}

/**
 * "Unlock": opens the paywall modal for this feature, and is where the modal gives focus back when the
 * control that caused the 402 is gone or locked. A consumer's `onClick` that calls `preventDefault()`
 * keeps the modal closed.
 */
export const Unlock = forwardRef<HTMLButtonElement, UnlockProps>(function Unlock(
  { className, onClick, ...props },
  forwardedRef,
) {
  const { feature, open, messages, titleId, access } = useLockContext('Lock.Unlock')
  const { unlockControls } = usePaywallContext('Lock.Unlock')
  // A viewer who cannot pay is not offered to unlock: the modal it opens says who to ask.
  const viewerCanPay = canPay(useBillingOptions(), access.paywall ?? null)
  const element = useRef<HTMLButtonElement>(null)
  const ref = useComposedRefs(forwardedRef, element)
  // After every commit: with `asChild` the element may change while the feature stays the same.
  useEffect(() => {
    if (element.current) return unlockControls.register(feature, element.current)
  })
  return (
    <Primitive
      as="button"
      aria-describedby={titleId}
      defaultContent={viewerCanPay ? messages.lock.unlock : messages.lock.howToGetAccess}
      {...props}
      className={cx('pwk-lock__unlock pwk-button', className)}
      onClick={composeEventHandlers(onClick, open)}
      ref={ref}
    />
  )
})

/** Access state of the nearest `Lock.Root`, for custom parts. */
export function useLock(): { feature: string; access: FeatureAccess; open: () => void } {
  const { feature, access, open } = useLockContext('useLock')
  return { feature, access, open }
}
