import { PaywallModal, usePaywall } from '@paywall-kit/react'
import { useEffect, useRef } from 'react'
import { useRoute } from '../router/router'

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
    />
  )
}
