import type { QueryClient } from '@tanstack/react-query'
import { createContext, useContext } from 'react'
import type { PaywallQueryBridge } from '../query/paywall-query-bridge'

/** The provider's link to the host QueryClient, for hooks that refetch or read query status. */
export interface PaywallBridgeContextValue {
  client: QueryClient | null
  bridge: PaywallQueryBridge | null
  /** Whether a locked feature re-throws its 402 to the nearest error boundary. */
  throwOnError: boolean
}

export const PaywallBridgeContext = createContext<PaywallBridgeContextValue>({
  client: null,
  bridge: null,
  throwOnError: false,
})
PaywallBridgeContext.displayName = 'PaywallBridgeContext'

export function usePaywallBridge(): PaywallBridgeContextValue {
  return useContext(PaywallBridgeContext)
}
