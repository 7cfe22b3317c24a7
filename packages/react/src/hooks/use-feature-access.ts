import { type PaymentRequired, PaymentRequiredError, type PaywallState } from '@paywall-kit/core'
import { hashKey, type QueryKey } from '@tanstack/react-query'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { subscribeNothing } from '../internal/subscribe-nothing'
import { usePaywallBridge } from '../provider/paywall-bridge-context'
import { usePaywallContext } from '../provider/paywall-context'
import type { SettlingTarget } from '../query/settling'
import { usePaywallSelector } from './use-paywall-selector'

/** `unlocked`: usable; `locked`: a 402 locked it; `unknown`: still loading, or failed for another reason. */
export type FeatureAccessState = 'unlocked' | 'locked' | 'unknown'

/** What `useFeatureAccess` returns. */
export interface FeatureAccess {
  state: FeatureAccessState
  /** The paywall that locked the feature, while `locked`. */
  paywall?: PaymentRequired
}

export interface UseFeatureAccessOptions {
  /**
   * The query whose status decides `unknown` (loading or a non-paywall error). Without it, every
   * query whose `meta.paywallFeature` is the feature counts.
   * @default undefined
   */
  queryKey?: QueryKey
  /**
   * Re-throw the 402 (a `PaymentRequiredError`) to the nearest error boundary while locked.
   * @default the provider's `throwOnError` (false)
   */
  throwOnError?: boolean
}

/**
 * Whether `feature` is usable, subscribed to that feature's slice only: a 402 on another feature
 * does not re-render this component. `unknown` never means locked: treat it as "show the feature".
 */
export function useFeatureAccess(feature: string, options: UseFeatureAccessOptions = {}): FeatureAccess {
  usePaywallContext('useFeatureAccess')
  const { bridge, throwOnError: providerThrows } = usePaywallBridge()
  const lock = usePaywallSelector(useCallback((state: PaywallState) => state.locks[feature], [feature]))

  const queryHash = options.queryKey ? hashKey(options.queryKey) : undefined
  // The bridge keeps the settling state per feature: this hook hears only of its own target flipping.
  const settling = bridge?.settling
  const target = useMemo<SettlingTarget>(
    () => (queryHash === undefined ? { feature } : { queryHash }),
    [feature, queryHash],
  )
  const subscribe = useCallback(
    (listener: () => void) => (settling ? settling.subscribe(target, listener) : subscribeNothing()),
    [settling, target],
  )
  const getUnsettled = useCallback(() => settling?.isSettling(target) ?? false, [settling, target])
  // The server knows nothing about the browser's cache: render as if nothing is loading yet.
  const unsettled = useSyncExternalStore(subscribe, getUnsettled, () => false)

  if (lock) {
    if (options.throwOnError ?? providerThrows) throw new PaymentRequiredError(lock)
    return { state: 'locked', paywall: lock }
  }
  return { state: unsettled ? 'unknown' : 'unlocked' }
}
