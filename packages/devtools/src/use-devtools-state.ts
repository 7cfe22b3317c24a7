import type { PaywallState } from '@paywall-kit/react'
import type { DevtoolsHubState, PaywallDevtoolsBridge } from '@paywall-kit/react/devtools'
import { useSyncExternalStore } from 'react'

/** The store's and the hub's current state, re-rendering on every change of either. */
export function useDevtoolsState(bridge: PaywallDevtoolsBridge): {
  state: PaywallState
  hub: DevtoolsHubState
} {
  const state = useSyncExternalStore(
    bridge.store.subscribe,
    bridge.store.getSnapshot,
    bridge.store.getSnapshot,
  )
  const hub = useSyncExternalStore(bridge.hub.subscribe, bridge.hub.getSnapshot, bridge.hub.getSnapshot)
  return { state, hub }
}
