import { PaywallModal, type PaywallReason, usePaywall } from '@paywall-kit/react'
import { useEffect, useRef } from 'react'
import { useRoute } from '../router/router'
import { pathHrefFor } from '../router/routes'

const fallbackLabels: Partial<Record<PaywallReason, string>> = {
  insufficient_credits: 'Buy credits',
  payment_failed: 'Update payment method',
  invoice_unpaid: 'Pay invoice',
}

/**
 * The next step when the 402 did not carry a usable action link (HTML pages, x402, plain text,
 * empty bodies): this app's own billing page, for the feature and reason the kit understood.
 */
function FallbackAction() {
  const { current, feature, actionClicked } = usePaywall()
  if (!current || current.action) return null
  const locked = feature ?? current.feature
  const href = pathHrefFor('billing', {
    ...(locked ? { upgrade: locked } : {}),
    reason: current.reason,
  })
  return (
    <p className="paywall-fallback">
      <a className="pwk-button pwk-modal__action" href={href} onClick={actionClicked}>
        {fallbackLabels[current.reason] ?? 'See plans'}
      </a>
    </p>
  )
}

/**
 * The kit's modal, closed while the user is on the billing or checkout page they reached through
 * its action link. The action keeps the store's paywall open (a full page load would leave it
 * behind); inside this single-page app the modal would otherwise cover the page that takes the
 * payment. Leaving those pages without paying counts as "Not now".
 */
export function PaywallModalHost({
  followedAction,
  onSettled,
}: {
  /** The user followed the modal's action link since the paywall opened. */
  followedAction: boolean
  /** The paywall closed (resolved or dismissed): forget `followedAction`. */
  onSettled: () => void
}) {
  const { isOpen, dismiss } = usePaywall()
  const route = useRoute()
  const paying = route.name === 'billing' || route.name === 'checkout'
  const wasPaying = useRef(paying)

  useEffect(() => {
    if (!isOpen && followedAction) onSettled()
  }, [isOpen, followedAction, onSettled])

  useEffect(() => {
    if (wasPaying.current && !paying && followedAction && isOpen) dismiss()
    wasPaying.current = paying
  }, [paying, followedAction, isOpen, dismiss])

  return (
    <PaywallModal
      open={isOpen && !(followedAction && paying)}
      onOpenChange={(next) => {
        if (!next) dismiss()
      }}
    >
      <FallbackAction />
    </PaywallModal>
  )
}
