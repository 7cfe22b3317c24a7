import type { Query, QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query'
import type { FailFastRetry } from './fail-fast-retry'

type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>

// Per QueryClient, the listener that stops when a bridge attaches.
const guards = new WeakMap<object, () => void>()

/**
 * Makes the fetches that start before any bridge attaches to `client` fail fast on a paywall.
 * `useSuspenseQuery` fetches while it renders, so a suspense query mounted in the same render as
 * `PaywallProvider` starts before the provider's layout effect connects, and TanStack hands the
 * retryer its `retry` at that moment: without this, its 402 is retried three times. Called while
 * the provider renders; it only wraps `retry` (it reports nothing), at most one per client, and
 * `endEarlyFailFast` removes it when a bridge attaches. A render React throws away leaves it in
 * place, where it does no more than the next provider's bridge would.
 */
export function startEarlyFailFast(client: QueryClient, retry: FailFastRetry): void {
  if (guards.has(client)) return
  const stop = client.getQueryCache().subscribe((event: QueryCacheNotifyEvent) => {
    if (event.type === 'added' || (event.type === 'updated' && event.action.type === 'fetch')) {
      try {
        retry.query(event.query as AnyQuery)
      } catch {}
    }
  })
  guards.set(client, stop)
}

/** A bridge attached to `client`: it wraps every fetch from now on. */
export function endEarlyFailFast(client: QueryClient): void {
  guards.get(client)?.()
  guards.delete(client)
}
