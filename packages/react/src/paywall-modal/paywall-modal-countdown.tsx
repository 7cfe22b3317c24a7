import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { cx } from '../internal/cx'
import { type PartProps, Primitive } from '../internal/primitive'
import { useModal } from './paywall-modal-parts'
import { useRetryCountdown } from './use-retry-countdown'

export interface CountdownProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/**
 * "Try again in 2 hours" for a paywall that says when to come back (`retryAfter`, or a
 * `quota_exceeded` paywall's `usage.resetsAt`), counting down live in the modal's locale, then "You
 * can try again now."; nothing for other paywalls. The visible text follows every change (minutes,
 * then 10-second steps in the last minute); screen readers hear it through a polite live region only
 * when the unit changes (days, hours, minutes, seconds) and when the time is up. `data-state`:
 * `running | ended`.
 */
export const Countdown = forwardRef<HTMLParagraphElement, CountdownProps>(function Countdown(
  { className, ...props },
  ref,
) {
  const { paywall, locale, messages } = useModal()
  const countdown = useRetryCountdown(paywall, locale)
  if (!countdown) return null
  const { ended, relative, announcedRelative } = countdown
  const visible = relative === undefined ? messages.retryReady : messages.retryIn({ relative })
  const announced =
    announcedRelative === undefined ? messages.retryReady : messages.retryIn({ relative: announcedRelative })
  return (
    <Primitive
      as="p"
      data-state={ended ? 'ended' : 'running'}
      {...props}
      className={cx('pwk-modal__countdown', className)}
      ref={ref}
    >
      <span aria-hidden="true">{visible}</span>
      <span className="pwk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announced}
      </span>
    </Primitive>
  )
})
