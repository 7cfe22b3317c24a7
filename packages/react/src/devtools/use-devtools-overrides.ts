import type { PaywallStore } from '@paywall-kit/core'
import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { subscribeNothing } from '../internal/subscribe-nothing'
import { devtoolsHubOf } from './devtools-hub'

const none = () => undefined
const noClock = () => null

/**
 * The usage a meter shows: the devtools' override for its label, else the app's `used`. Registers the
 * meter with the devtools while mounted. Development only: callers skip it in production builds.
 */
export function useUsageOverride(
  store: PaywallStore | undefined,
  label: string,
  used: number,
  limit: number | null | undefined,
): number {
  const hub = store ? devtoolsHubOf(store) : undefined
  const getOverride = useCallback(() => hub?.getSnapshot().usage[label], [hub, label])
  // The server and hydration read the app's value, so the first client render matches the HTML.
  const override = useSyncExternalStore(hub ? hub.subscribe : subscribeNothing, getOverride, none)
  useEffect(() => hub?.registerMeter({ label, used, limit }), [hub, label, used, limit])
  return override ?? used
}

/**
 * The devtools' grace clock (epoch ms), or `null` for the real one. Development only: callers skip it
 * in production builds.
 */
export function useClockOverride(store: PaywallStore | undefined): number | null {
  const hub = store ? devtoolsHubOf(store) : undefined
  const getNow = useCallback(() => hub?.getSnapshot().now ?? null, [hub])
  return useSyncExternalStore(hub ? hub.subscribe : subscribeNothing, getNow, noClock)
}
