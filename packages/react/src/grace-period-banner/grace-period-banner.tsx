import { forwardRef, type MouseEventHandler } from 'react'
import {
  Action,
  DaysLeft,
  Description,
  Dismiss,
  Root,
  type RootProps,
  Title,
} from './grace-period-banner-parts'

/** Props of `GracePeriodBanner`: everything of `Banner.Root`, plus the update-payment action. */
export interface GracePeriodBannerProps extends Omit<RootProps, 'asChild' | 'children'> {
  /**
   * Where the action leads (update payment, choose a plan, update the card, renew). Passed through `safeHref` with the provider's `allowedOrigins`:
   * an unsafe URL never reaches the page.
   */
  actionHref?: string
  /** Called when the action is activated; without `actionHref` the action is a button. */
  onAction?: MouseEventHandler<HTMLElement>
}

/**
 * Warns while a failed renewal's grace period lasts: "Your payment failed. Access ends in 3 days", with
 * the update-payment action, dismissible for the session; becomes an alert once access has ended.
 * `variant` (or an Adapty `accessLevel`) switches it to a trial ending, a card expiring or access
 * already ended, each with its own copy and action.
 * The grace end comes from `endsAt`, else an Adapty-style `accessLevel`, else the current paywall's
 * `graceEndsAt` inside a `PaywallProvider`; without one, nothing renders.
 * Server rendering: pass `serverNow` (or `now`) to render it on the server; otherwise it appears after
 * hydration. Either way server HTML and the first client render agree.
 *
 * @example <GracePeriodBanner endsAt="2026-11-28T00:00:00Z" actionHref="/billing" />
 */
export const GracePeriodBanner = forwardRef<HTMLDivElement, GracePeriodBannerProps>(
  function GracePeriodBanner({ actionHref, onAction, ...props }, ref) {
    return (
      <Root {...props} ref={ref}>
        <div className="pwk-banner__content">
          <Title />
          <DaysLeft />
          <Description />
          <div className="pwk-banner__actions">
            <Action href={actionHref} onClick={onAction} />
          </div>
        </div>
        <Dismiss />
      </Root>
    )
  },
)
