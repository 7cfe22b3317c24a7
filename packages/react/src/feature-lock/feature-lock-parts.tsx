import type { QueryKey } from '@tanstack/react-query'
import { Slot } from 'radix-ui'
import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent, useId, useMemo, version } from 'react'
import { type FeatureAccess, useFeatureAccess } from '../hooks/use-feature-access'
import { localizePaywall } from '../i18n/localize-paywall'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { createContext } from '../internal/create-context'
import { cx } from '../internal/cx'
import { renderPart } from '../internal/part-element'
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

interface PartProps {
  /** Render the part's child element instead, merging props. @default false */
  asChild?: boolean
}

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
 * "unknown"`; `unknown` (loading, or a non-paywall error) never looks locked.
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function Root(
  { feature, queryKey, messages: override, ...props },
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
      access: paywall ? { state, paywall: localizePaywall(paywall, messages.reasons) } : { state },
      messages,
      titleId,
      open: () => store.open(feature),
    }),
    [feature, state, paywall, messages, titleId, store],
  )
  return (
    <LockProvider value={context}>
      {renderPart(
        'div',
        props,
        { className: 'pwk-lock', 'data-state': state, 'data-pwk-lock': '', 'data-pwk-feature': feature },
        { ref },
      )}
    </LockProvider>
  )
})

export interface ContentProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/** Wraps the feature. While locked it stays visible but is `inert`: not focusable, not clickable, hidden from screen readers. */
export const Content = forwardRef<HTMLDivElement, ContentProps>(function Content(props, ref) {
  const { state } = useLockContext('Lock.Content').access
  return renderPart(
    'div',
    props,
    { className: 'pwk-lock__content', 'data-state': state, ...(state === 'locked' && inertProps) },
    { ref },
  )
})

export interface OverlayProps extends ComponentPropsWithoutRef<'div'>, PartProps {
  /** Render even when not locked (for animations). @default false */
  forceMount?: boolean
}

/** Covers the locked feature; rendered only while locked. Labelled by `Lock.Title`. */
export const Overlay = forwardRef<HTMLDivElement, OverlayProps>(function Overlay(
  { forceMount, ...props },
  ref,
) {
  const { access, titleId } = useLockContext('Lock.Overlay')
  if (access.state !== 'locked' && !forceMount) return null
  return renderPart(
    'div',
    props,
    {
      role: 'group',
      'aria-labelledby': titleId,
      className: 'pwk-lock__overlay',
      'data-state': access.state,
    },
    { ref },
  )
})

export interface TitleProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/** The reason the feature is locked, e.g. "Upgrade to unlock this feature". */
export const Title = forwardRef<HTMLParagraphElement, TitleProps>(function Title(
  { children, ...props },
  ref,
) {
  const { access, messages, titleId } = useLockContext('Lock.Title')
  return renderPart(
    'p',
    { ...props, children: children ?? access.paywall?.title ?? messages.lock.locked },
    { id: titleId, className: 'pwk-lock__title' },
    { ref },
  )
})

export interface DescriptionProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/** The paywall's human message, while locked. */
export const Description = forwardRef<HTMLParagraphElement, DescriptionProps>(function Description(
  { children, ...props },
  ref,
) {
  const { access } = useLockContext('Lock.Description')
  return renderPart(
    'p',
    { ...props, children: children ?? access.paywall?.message },
    { className: 'pwk-lock__description' },
    { ref },
  )
})

export interface UnlockProps extends ComponentPropsWithoutRef<'button'>, PartProps {}

/** "Unlock": opens the paywall modal for this feature. */
export const Unlock = forwardRef<HTMLButtonElement, UnlockProps>(function Unlock(
  { asChild, className, children, onClick, ...props },
  ref,
) {
  const { open, messages, titleId } = useLockContext('Lock.Unlock')
  const Comp = asChild ? Slot.Root : 'button'
  return (
    <Comp
      ref={ref}
      type="button"
      className={cx('pwk-lock__unlock pwk-button', className)}
      aria-describedby={titleId}
      data-pwk-unlock=""
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event)
        if (!event.defaultPrevented) open()
      }}
      {...props}
    >
      {children ?? messages.lock.unlock}
    </Comp>
  )
})

/** Access state of the nearest `Lock.Root`, for custom parts. */
export function useLock(): { feature: string; access: FeatureAccess; open: () => void } {
  const { feature, access, open } = useLockContext('useLock')
  return { feature, access, open }
}
