import { type PaymentRequired, type PaywallStore, toPaymentRequired } from '@paywall-kit/core'
import type { QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query'
import { Component, type ReactNode, useEffect } from 'react'
import { FeatureLock } from '../feature-lock/feature-lock'
import { usePaywallBridge } from '../provider/paywall-bridge-context'
import { usePaywallContext } from '../provider/paywall-context'

export interface PaywallBoundaryProps {
  /** The feature whose lock is shown for a paywall error, as named by `meta.paywallFeature`. */
  feature: string
  /**
   * Shown instead of the feature's lock while the children's paywall error holds.
   * @default the feature's `FeatureLock` (padlock, the paywall's title and reason, "Unlock")
   */
  fallback?: ReactNode
  children?: ReactNode
}

/**
 * An error boundary for the paywall: a paywall error thrown below it (a `useSuspenseQuery` 402, a
 * `throwOnError` query, `useFeatureAccess` with `throwOnError`) renders the feature's lock, or
 * `fallback`; any other error goes on to the next error boundary up, untouched. It resets by itself,
 * rendering the children again, once the query that threw succeeds (after `resolve()`, or any
 * refetch that gets data); an error that came from no query resets when the feature's lock goes.
 *
 * @example
 * <PaywallBoundary feature="reports">
 *   <Suspense fallback={<Spinner />}>
 *     <Reports />
 *   </Suspense>
 * </PaywallBoundary>
 */
export function PaywallBoundary({ feature, fallback, children }: PaywallBoundaryProps) {
  const { store, parseOptions } = usePaywallContext('PaywallBoundary')
  const { client, bridge } = usePaywallBridge()
  const paywallOf = (error: unknown): PaymentRequired | null => {
    if (bridge) return bridge.paywallOf(error)
    try {
      return toPaymentRequired(error, parseOptions)
    } catch {
      return null
    }
  }
  return (
    <CatchPaywall feature={feature} fallback={fallback} paywallOf={paywallOf} store={store} client={client}>
      {children}
    </CatchPaywall>
  )
}

interface CatchPaywallProps extends PaywallBoundaryProps {
  paywallOf: (error: unknown) => PaymentRequired | null
  store: PaywallStore
  client: QueryClient | null
}

interface CatchPaywallState {
  // Boxed: a component may throw `undefined` or `null`, which must still count as caught.
  caught: { error: unknown } | null
}

class CatchPaywall extends Component<CatchPaywallProps, CatchPaywallState> {
  override state: CatchPaywallState = { caught: null }

  static getDerivedStateFromError(error: unknown): CatchPaywallState {
    return { caught: { error } }
  }

  reset = () => this.setState({ caught: null })

  override render() {
    const { caught } = this.state
    if (!caught) return this.props.children
    // Anything but a paywall is the app's to handle: the next error boundary up receives it.
    if (this.props.paywallOf(caught.error) === null) throw caught.error
    const { feature, fallback, store, client } = this.props
    return (
      <>
        {fallback === undefined ? <FeatureLock feature={feature} /> : fallback}
        <ResetWhenSettled
          error={caught.error}
          feature={feature}
          store={store}
          client={client}
          onReset={this.reset}
        />
      </>
    )
  }
}

/**
 * Resets the boundary once the failed query has data again; an error no query holds resets when its
 * feature's lock goes. Not on the lock alone when a query threw: `resolve()` clears locks before its
 * refetch lands, and a suspense query rendered in that gap would have neither data nor an error to throw.
 */
function ResetWhenSettled({
  error,
  feature,
  store,
  client,
  onReset,
}: {
  error: unknown
  feature: string
  store: PaywallStore
  client: QueryClient | null
  onReset: () => void
}) {
  useEffect(() => {
    const cache = client?.getQueryCache()
    const query = cache?.getAll().find((candidate) => candidate.state.error === error)
    if (cache && query) {
      if (query.state.status === 'success') {
        onReset()
        return
      }
      return cache.subscribe((event: QueryCacheNotifyEvent) => {
        if (event.query === query && event.type === 'updated' && event.action.type === 'success') onReset()
      })
    }
    const unlocked = () => store.getSnapshot().locks[feature] === undefined
    let wasLocked = !unlocked()
    return store.subscribe(() => {
      if (wasLocked && unlocked()) onReset()
      wasLocked = !unlocked()
    })
  }, [error, feature, store, client, onReset])
  return null
}
