import type { PaymentRequired } from '@paywall-kit/core'
import { useSyncExternalStore } from 'react'
import { canPay, ownerOf, useBillingOptions } from '../provider/billing-context'
import { usePaywallContextOptional } from '../provider/paywall-context'
import { subscribeNothing } from './subscribe-nothing'

const none = () => null

/**
 * Whether the viewer can pay (`canManageBilling`) and who to ask otherwise, for a part that may have no
 * paywall of its own (the banner): judged on the provider's current paywall, or `null` without one.
 */
export function useBillingViewer(): { canPay: boolean; owner: string | undefined } {
  const store = usePaywallContextOptional()?.store
  const current: PaymentRequired | null = useSyncExternalStore(
    store ? store.subscribe : subscribeNothing,
    store ? () => store.getSnapshot().current : none,
    store ? () => store.getSnapshot().current : none,
  )
  const billing = useBillingOptions()
  return { canPay: canPay(billing, current), owner: ownerOf(billing, current) }
}
