import type { Query } from '@tanstack/react-query'

type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>

/**
 * Answers "did the user cause this fetch?" for each query fetch, so that a 402 from a fetch the user
 * caused opens the paywall and one from a background refetch only locks its feature. Interactive:
 * the first load of a query that holds no lock, a fetch that starts as a component mounts the query,
 * and the kit's own refetch after "I paid". Quiet: any other refetch, and the kit's tab-return recheck.
 */
export interface FetchIntent {
  /** A component subscribed to the query: a fetch that starts in this same task is the user's. */
  observed(queryHash: string): void
  /** A fetch of the query started (the cache's `fetch` event): decide and remember its intent. */
  started(query: AnyQuery): void
  /**
   * Start a fetch the kit causes itself, with the intent given. `start` must dispatch the fetch
   * synchronously (as `query.fetch()` does), so the intent applies to that fetch only.
   */
  caused<T>(queryHash: string, interactive: boolean, start: () => T): T
  /** The fetch ended: whether the user caused it (`true` when it is unknown). */
  ended(queryHash: string): boolean
  /** The query left the cache. */
  forget(queryHash: string): void
}

/** @param isLocked whether a 402 of this query is already in the paywall store. */
export function createFetchIntent(isLocked: (queryHash: string) => boolean): FetchIntent {
  // Queries a component subscribed to since their last fetch.
  const observed = new Set<string>()
  // The intent of a fetch the kit is starting right now.
  const caused = new Map<string, boolean>()
  // The intent of each fetch in flight.
  const inFlight = new Map<string, boolean>()

  return {
    observed(queryHash) {
      observed.add(queryHash)
      // A mount fetches synchronously right after subscribing; a later refetch is not the mount's.
      queueMicrotask(() => observed.delete(queryHash))
    },
    started(query) {
      const hash = query.queryHash
      const interactive =
        caused.get(hash) ?? (observed.has(hash) || (query.state.data === undefined && !isLocked(hash)))
      caused.delete(hash)
      observed.delete(hash)
      inFlight.set(hash, interactive)
    },
    caused(queryHash, interactive, start) {
      caused.set(queryHash, interactive)
      try {
        return start()
      } finally {
        caused.delete(queryHash)
      }
    },
    ended(queryHash) {
      const interactive = inFlight.get(queryHash) ?? true
      inFlight.delete(queryHash)
      return interactive
    },
    forget(queryHash) {
      observed.delete(queryHash)
      inFlight.delete(queryHash)
    },
  }
}
