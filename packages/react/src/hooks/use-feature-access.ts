import { type PaymentRequired, PaymentRequiredError, type PaywallState } from '@paywall-kit/core'
import { hashKey, type Query, type QueryCache, type QueryKey } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { usePaywallBridge } from '../provider/paywall-bridge-context'
import { usePaywallContext } from '../provider/paywall-context'
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

function featureOf(query: Query): unknown {
  const meta = query.meta as { paywallFeature?: unknown } | undefined
  return meta?.paywallFeature
}

/** Whether a query that decides the feature is still loading or failed (for a reason other than a 402). */
function isUnsettled(cache: QueryCache, feature: string, queryHash: string | undefined): boolean {
  const queries = queryHash
    ? [cache.get(queryHash)]
    : cache.findAll({ predicate: (query) => featureOf(query) === feature })
  return queries.some((query) => query !== undefined && query.state.status !== 'success')
}

const noSubscription = () => () => {}

/**
 * Whether `feature` is usable, subscribed to that feature's slice only: a 402 on another feature
 * does not re-render this component. `unknown` never means locked: treat it as "show the feature".
 */
export function useFeatureAccess(feature: string, options: UseFeatureAccessOptions = {}): FeatureAccess {
  usePaywallContext('useFeatureAccess')
  const { client, throwOnError: providerThrows } = usePaywallBridge()
  const lock = usePaywallSelector(useCallback((state: PaywallState) => state.locks[feature], [feature]))

  const queryHash = options.queryKey ? hashKey(options.queryKey) : undefined
  const cache = client?.getQueryCache()
  const subscribe = useCallback(
    (listener: () => void) => (cache ? cache.subscribe(listener) : noSubscription()),
    [cache],
  )
  const getUnsettled = useCallback(
    () => (cache ? isUnsettled(cache, feature, queryHash) : false),
    [cache, feature, queryHash],
  )
  // The server knows nothing about the browser's cache: render as if nothing is loading yet.
  const unsettled = useSyncExternalStore(subscribe, getUnsettled, () => false)

  if (lock) {
    if (options.throwOnError ?? providerThrows) throw new PaymentRequiredError(lock)
    return { state: 'locked', paywall: lock }
  }
  return { state: unsettled ? 'unknown' : 'unlocked' }
}
