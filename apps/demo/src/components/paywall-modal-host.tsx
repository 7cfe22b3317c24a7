import { PaywallModal, type PaywallReason, usePaywall } from '@paywall-kit/react'
import { useDemo } from '../demo-context'
import { hrefFor } from '../router/routes'

const fallbackLabels: Partial<Record<PaywallReason, string>> = {
  insufficient_credits: 'Buy credits',
  payment_failed: 'Update payment method',
  invoice_unpaid: 'Pay invoice',
}

/**
 * The next step when the 402 did not carry a usable action link (HTML pages, x402, empty bodies):
 * this app's own billing page, for the feature and reason the kit understood.
 */
function FallbackAction() {
  const { current, feature, followAction } = usePaywall()
  const { config } = useDemo()
  // The kit's own action covers these: a checkout overlay button, or the ask-the-owner copy.
  if (config.checkout === 'overlay' || config.viewer === 'member') return null
  if (!current || current.action) return null
  const locked = feature ?? current.feature
  const href = hrefFor('billing', {
    ...(locked ? { upgrade: locked } : {}),
    reason: current.reason,
  })
  return (
    <p className="paywall-fallback">
      <a className="pwk-button pwk-modal__action" href={href} onClick={followAction}>
        {fallbackLabels[current.reason] ?? 'See plans'}
      </a>
    </p>
  )
}

/**
 * The kit's modal with this app's fallback next step. Following the action link closes it (the kit
 * does not count that as "Not now"), so it never covers the billing or checkout page that takes
 * the payment; the feature stays locked until the payment goes through.
 */
export function PaywallModalHost() {
  return (
    <PaywallModal>
      <FallbackAction />
    </PaywallModal>
  )
}
