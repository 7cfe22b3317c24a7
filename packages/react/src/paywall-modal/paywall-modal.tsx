import type { ReactNode } from 'react'
import type { PaywallMessagesOverride } from '../i18n/messages'
import * as Modal from './paywall-modal-parts'

export interface PaywallModalProps {
  /** Strings for this modal, over the provider's (`modal` and `reasons` sections). */
  messages?: PaywallMessagesOverride
  /** Extra class on the dialog element (`.pwk-modal__content`). */
  className?: string
  /**
   * Locale for numbers and dates.
   * @default the provider's `locale`
   */
  locale?: string
  /**
   * IANA time zone of the dates shown (when the quota resets, when the 402 happened), e.g. the
   * account's. An unknown zone falls back to the user's.
   * @default the user's
   */
  timeZone?: string
  /**
   * Element to render the modal into.
   * @default document.body
   */
  container?: HTMLElement | null
  /**
   * Controlled open state.
   * @default the provider's `isOpen`
   */
  open?: boolean
  /** Called with `false` when the user closes the modal (Escape, ×, "Not now") or follows its action link. */
  onOpenChange?: (open: boolean) => void
  /**
   * The hand-off for this modal, over the provider's `onAction` (e.g. a checkout overlay): called with
   * the paywall and the picked plan; a returned promise keeps the modal open and pending until it settles.
   * @default the provider's `onAction`
   */
  onAction?: Modal.RootProps['onAction']
  /** Extra content shown below the plans, e.g. a feature comparison. */
  children?: ReactNode
}

/**
 * The paywall modal: drop it once inside `PaywallProvider`. It opens on the first 402 with the
 * reason's title and message, usage and plans when the 402 has them, a live "Try again in 2 hours"
 * when it says when to come back, the one next step, "Not now",
 * "Try again" for a mutation, and the request id for support. Built from the `Modal` parts.
 */
export function PaywallModal({ className, container, children, ...rootProps }: PaywallModalProps) {
  return (
    <Modal.Root {...rootProps}>
      <Modal.Portal container={container}>
        <Modal.Overlay />
        <Modal.Content className={className}>
          <Modal.Close />
          <Modal.Title />
          <Modal.Description />
          <Modal.Usage />
          <Modal.Price />
          <Modal.Countdown />
          <Modal.Plans />
          {children}
          <Modal.AskOwner />
          <div className="pwk-modal__actions">
            <Modal.Action />
            <Modal.CopyLink />
            <Modal.RequestAccess />
            <Modal.TryAgain />
            <Modal.Dismiss />
          </div>
          <Modal.ActionStatus />
          <Modal.AfterPayment />
          <Modal.Support />
        </Modal.Content>
      </Modal.Portal>
    </Modal.Root>
  )
}
