import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  type MouseEventHandler,
  type ReactNode,
  useState,
} from 'react'
import { ActionLink } from '../internal/action-link'
import { composeEventHandlers } from '../internal/compose-event-handlers'
import { createContext } from '../internal/create-context'
import { cx } from '../internal/cx'
import { type PartProps, Primitive, showsDefaultContent } from '../internal/primitive'
import { useBillingViewer } from '../internal/use-billing-viewer'
import { useSafeHref } from '../internal/use-safe-href'
import { writeClipboard } from '../internal/write-clipboard'
import { type GraceBannerState, type UseGraceBannerOptions, useGraceBanner } from './use-grace-banner'

export type { GraceAccessLevel } from '@paywall-kit/core'

const [BannerProvider, useBannerContext] = createContext<GraceBannerState>('Banner.Root')

/** Props of `Banner.Root`: the options of `useGraceBanner`, and the `div`'s own. */
export interface RootProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    UseGraceBannerOptions,
    PartProps {
  /** The parts: `Title`, `DaysLeft`, `Description`, `Action`, `Dismiss`. */
  children?: ReactNode
}

/**
 * Resolves the grace end (from `endsAt`, `accessLevel`, or the provider's current paywall) and the time
 * (`useGraceBanner`), and renders the banner: `role="status"` while access continues, `role="alert"`
 * once it has ended. `data-state`: `active | expiring | expired`; `data-variant`: the `BannerVariant`. Renders nothing without a valid grace
 * end, after dismissal, or on the server when neither `now` nor `serverNow` is given.
 * Emits `grace_banner_shown` through the provider once per banner shown (`reason` `payment_failed` while
 * access continues, `subscription_expired` once it has ended).
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function BannerRoot(
  {
    variant,
    endsAt,
    accessLevel,
    now,
    serverNow,
    timeZone,
    expiringDays,
    locale,
    messages,
    dismissible,
    onDismiss,
    className,
    ...props
  },
  ref,
) {
  const banner = useGraceBanner({
    variant,
    endsAt,
    accessLevel,
    now,
    serverNow,
    timeZone,
    expiringDays,
    locale,
    messages,
    dismissible,
    onDismiss,
  })
  if (!banner) return null
  return (
    // A new element when access is lost: screen readers announce an alert when it appears, not when an
    // existing region changes its role.
    <BannerProvider key={banner.phase} value={banner}>
      <Primitive
        as="div"
        {...banner.bannerProps}
        data-state={banner.state}
        data-variant={banner.variant}
        data-days-left={banner.daysLeft}
        {...props}
        className={cx('pwk-banner', className)}
        ref={ref}
      />
    </BannerProvider>
  )
})

/** Props of `Banner.Title`. */
export interface TitleProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/** The banner's heading: "Your payment failed", or "Your access has ended" once expired. Names the banner. */
export const Title = forwardRef<HTMLParagraphElement, TitleProps>(function BannerTitle(
  { className, ...props },
  ref,
) {
  const { state, title, titleProps } = useBannerContext('Banner.Title')
  return (
    <Primitive
      as="p"
      data-state={state}
      defaultContent={title}
      {...props}
      className={cx('pwk-banner__title', className)}
      {...titleProps}
      ref={ref}
    />
  )
})

/** Props of `Banner.Description`. */
export interface DescriptionProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/** What to do: "Update your payment method to keep your plan." (or "… to restore access." once expired). */
export const Description = forwardRef<HTMLParagraphElement, DescriptionProps>(function BannerDescription(
  { className, ...props },
  ref,
) {
  const { state, description, messages } = useBannerContext('Banner.Description')
  // A viewer who cannot pay is told who can (`canManageBilling`).
  const viewer = useBillingViewer()
  return (
    <Primitive
      as="p"
      data-state={state}
      defaultContent={viewer.canPay ? description : messages.askOwner({ owner: viewer.owner })}
      {...props}
      className={cx('pwk-banner__description', className)}
      ref={ref}
    />
  )
})

/** Props of `Banner.DaysLeft`. */
export interface DaysLeftProps extends ComponentPropsWithoutRef<'span'>, PartProps {}

/**
 * "Access ends in 3 days" / "tomorrow" / "today" (`Intl.RelativeTimeFormat`, calendar days in the
 * banner's time zone). Renders nothing once access has ended. `data-days-left` holds the number.
 */
export const DaysLeft = forwardRef<HTMLSpanElement, DaysLeftProps>(function BannerDaysLeft(
  { className, ...props },
  ref,
) {
  const { state, daysLeft, daysLeftText } = useBannerContext('Banner.DaysLeft')
  if (daysLeftText === undefined) return null
  return (
    <Primitive
      as="span"
      data-state={state}
      data-days-left={daysLeft}
      defaultContent={daysLeftText}
      {...props}
      className={cx('pwk-banner__days-left', className)}
      ref={ref}
    />
  )
})

/** Props of `Banner.Action`. */
export interface ActionProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'>, PartProps {
  /**
   * Where to update the payment method. Rendered only if `safeHref` accepts it (with the provider's
   * `allowedOrigins`); an unsafe URL is dropped, and without `onClick` the action is not rendered.
   */
  href?: string
  /** Called on activation; without a (safe) `href` the action is a `button`. */
  onClick?: MouseEventHandler<HTMLElement>
}

/**
 * The variant's action ("Update payment method", "Choose a plan", "Update card", "Renew plan"): a link
 * to a safe `href`, else a button calling `onClick`.
 */
export const Action = forwardRef<HTMLElement, ActionProps>(function BannerAction(
  { href, className, ...props },
  ref,
) {
  const { state, actionLabel, messages } = useBannerContext('Banner.Action')
  const safe = useSafeHref('Banner.Action', href)
  const viewer = useBillingViewer()
  const [copied, setCopied] = useState(false)
  if (!viewer.canPay) {
    if (!safe) return null
    const { onClick, ...rest } = props
    // The banner is a live region (status, or alert once expired): the new label is announced.
    const copy = async () => setCopied(await writeClipboard(new URL(safe, globalThis.location?.href).href))
    return (
      <Primitive
        as="button"
        data-state={state}
        defaultContent={copied ? messages.linkCopied : messages.copyLink}
        {...(rest as ComponentPropsWithoutRef<'button'>)}
        className={cx('pwk-button', 'pwk-banner__action', 'pwk-banner__copy-link', className)}
        onClick={composeEventHandlers(onClick, () => void copy())}
        ref={ref as ForwardedRef<HTMLButtonElement>}
      />
    )
  }
  return (
    <ActionLink
      data-state={state}
      className={cx('pwk-button', 'pwk-banner__action', className)}
      {...props}
      href={safe}
      label={actionLabel}
      ref={ref}
    />
  )
})

/** Props of `Banner.Dismiss`. */
export interface DismissProps extends ComponentPropsWithoutRef<'button'>, PartProps {}

/**
 * Hides the banner for the session. Shows "×" named "Dismiss" (`messages.banner.dismiss`) unless given
 * its own content, which then names it. Renders nothing when the root is not `dismissible`. A
 * consumer's `onClick` that calls `preventDefault()` keeps the banner.
 */
export const Dismiss = forwardRef<HTMLButtonElement, DismissProps>(function BannerDismiss(
  { asChild = false, className, children, onClick, ...props },
  ref,
) {
  const { dismissible, dismiss, messages, state } = useBannerContext('Banner.Dismiss')
  if (!dismissible) return null
  // Only the icon needs a name; visible text names the button itself (WCAG 2.5.3, label in name).
  const iconOnly = showsDefaultContent(children, asChild)
  return (
    <Primitive
      as="button"
      asChild={asChild}
      aria-label={iconOnly ? messages.dismiss : undefined}
      data-state={state}
      defaultContent={<span aria-hidden="true">×</span>}
      {...props}
      className={cx('pwk-icon-button', 'pwk-banner__dismiss', className)}
      onClick={composeEventHandlers(onClick, dismiss)}
      ref={ref}
    >
      {children}
    </Primitive>
  )
})
