import type { ParseOptions, PaywallStore } from '@paywall-kit/core'
import type { QueryClient } from '@tanstack/react-query'
import type { PaywallActions } from '../hooks/use-paywall'
import { usePaywallActions } from '../hooks/use-paywall'
import { usePaywallBridge } from '../provider/paywall-bridge-context'
import { usePaywallContext } from '../provider/paywall-context'
import { type DevtoolsHub, devtoolsHubOf } from './devtools-hub'

/** What `@paywall-kit/devtools` reads and drives, from the nearest `PaywallProvider`. */
export interface PaywallDevtoolsBridge {
  /** The provider's paywall store (already localised on entry). */
  store: PaywallStore
  /** The QueryClient the provider watches, or `null` without one. */
  client: QueryClient | null
  /** The provider's parse options (`allowedOrigins`, `classify`, `reasonCodes`, `adapters`). */
  parseOptions: ParseOptions
  /** Overrides the components read, the mounted meters, the event log and raw bodies. */
  hub: DevtoolsHub
  /** The same actions as `usePaywallActions()`: `resolve` refetches the 402'd queries. */
  actions: PaywallActions
}

/**
 * For `@paywall-kit/devtools` only (not a stable app API): the provider's store, QueryClient, options,
 * actions and devtools hub. Throws outside a `PaywallProvider`.
 */
export function usePaywallDevtoolsBridge(): PaywallDevtoolsBridge {
  const { store, parseOptions } = usePaywallContext('usePaywallDevtoolsBridge')
  const { client } = usePaywallBridge()
  const actions = usePaywallActions()
  return { store, client, parseOptions, hub: devtoolsHubOf(store), actions }
}
