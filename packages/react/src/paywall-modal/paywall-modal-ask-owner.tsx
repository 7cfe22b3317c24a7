import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import type { PaywallMessages } from '../i18n/messages'
import { composeEventHandlers } from '../internal/compose-event-handlers'
import { cx } from '../internal/cx'
import { type PartProps, Primitive } from '../internal/primitive'
import { writeClipboard } from '../internal/write-clipboard'
import { useModalContext } from './paywall-modal-context'
import type { HandOffNotice } from './use-hand-off'

export interface AskOwnerProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/**
 * For a viewer who cannot pay (`canManageBilling`): "Ask {owner} to update billing for this account so
 * you can continue.", the owner from the 402 (`billingOwner`) or the provider's `billingOwner`, else
 * "an admin". Nothing for a viewer who can pay.
 */
export const AskOwner = forwardRef<HTMLParagraphElement, AskOwnerProps>(function AskOwner(
  { className, ...props },
  ref,
) {
  const { handOff, messages } = useModalContext('Modal.AskOwner')
  if (handOff.canPay) return null
  return (
    <Primitive
      as="p"
      defaultContent={messages.askOwner({ owner: handOff.owner })}
      {...props}
      className={cx('pwk-modal__ask-owner', className)}
      ref={ref}
    />
  )
})

export interface CopyLinkProps extends ComponentPropsWithoutRef<'button'>, PartProps {}

/**
 * For a viewer who cannot pay: "Copy link to billing" copies the link to the paywall's action (the
 * picked plan's, the 402's, else `billingUrl`) as an absolute URL, to send to whoever can pay;
 * `Modal.ActionStatus` announces "Link copied". Nothing for a viewer who can pay, or without a safe link.
 * A consumer's `onClick` that calls `preventDefault()` stops the copy.
 */
export const CopyLink = forwardRef<HTMLButtonElement, CopyLinkProps>(function CopyLink(
  { className, onClick, ...props },
  ref,
) {
  const { handOff, messages } = useModalContext('Modal.CopyLink')
  const { canPay, link, announce } = handOff
  if (canPay || !link) return null
  const copy = async () => {
    // A relative link means nothing in a chat message: sent as the page would resolve it.
    const absolute = new URL(link, globalThis.location?.href).href
    announce((await writeClipboard(absolute)) ? 'linkCopied' : 'copyFailed')
  }
  return (
    <Primitive
      as="button"
      defaultContent={messages.copyLink}
      {...props}
      className={cx('pwk-modal__copy-link pwk-button', className)}
      onClick={composeEventHandlers(onClick, () => void copy())}
      ref={ref}
    />
  )
})

export interface RequestAccessProps extends ComponentPropsWithoutRef<'button'>, PartProps {}

/**
 * For a viewer who cannot pay, when the provider has `onRequestAccess`: "Ask for access" calls it with
 * the paywall; `Modal.ActionStatus` then says "Request sent" (or that it failed). Nothing otherwise.
 * A consumer's `onClick` that calls `preventDefault()` stops the request.
 */
export const RequestAccess = forwardRef<HTMLButtonElement, RequestAccessProps>(function RequestAccess(
  { className, onClick, ...props },
  ref,
) {
  const { handOff, messages } = useModalContext('Modal.RequestAccess')
  const { requestAccess } = handOff
  if (!requestAccess) return null
  return (
    <Primitive
      as="button"
      defaultContent={messages.requestAccess}
      {...props}
      className={cx('pwk-modal__request-access pwk-button', className)}
      onClick={composeEventHandlers(onClick, requestAccess)}
      ref={ref}
    />
  )
})

/** Notices read out politely; the others are errors, shown as alerts. */
const polite: readonly HandOffNotice[] = ['pending', 'linkCopied', 'requestSent']

/** The message of each notice. */
const messageOf = {
  pending: 'actionPending',
  failed: 'actionFailed',
  linkCopied: 'linkCopied',
  copyFailed: 'copyFailed',
  requestSent: 'requestSent',
  requestFailed: 'requestFailed',
} as const satisfies Record<HandOffNotice, keyof PaywallMessages['modal']>

export interface ActionStatusProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/**
 * What became of the next step, for everyone to hear: "Opening checkout…", "Link copied", "Request
 * sent" in a polite live region (rendered before anything is said, so screen readers hear it change);
 * "Checkout could not be completed…" or a failed request as an alert (`role="alert"`) that stays until
 * the next try. Rendered only where something can happen: with `onAction`, `onRequestAccess`, or for a
 * viewer who cannot pay (copy link).
 */
export const ActionStatus = forwardRef<HTMLDivElement, ActionStatusProps>(function ActionStatus(
  { className, ...props },
  ref,
) {
  const { handOff, messages } = useModalContext('Modal.ActionStatus')
  const { notice, run, requestAccess, canPay } = handOff
  // Only where there can be something to say: one status region fewer for a plain link.
  if (!run && !requestAccess && canPay) return null
  const text = notice && messages[messageOf[notice]]
  const isPolite = notice !== undefined && polite.includes(notice)
  const content = (
    <>
      <span role="status" className="pwk-modal__status">
        {isPolite ? text : ''}
      </span>
      {text && !isPolite && (
        <p role="alert" className="pwk-modal__error">
          {text}
        </p>
      )}
    </>
  )
  return (
    <Primitive
      as="div"
      data-state={notice ?? 'idle'}
      defaultContent={content}
      {...props}
      className={cx('pwk-modal__action-status', className)}
      ref={ref}
    />
  )
})
