import { usePaywallActions } from '@paywall-kit/react'

/** Shown on the billing return page: the user paid, so everything the paywall locked is fetched again. */
export function PaidButton() {
  const { resolve } = usePaywallActions()
  return (
    <button type="button" onClick={() => resolve()}>
      I have paid
    </button>
  )
}
