import type { PaymentRequired, PaywallReport, PaywallStore, ReportOptions } from '@paywall-kit/core'
import type { Mutation, MutationObserver, Query, QueryClient } from '@tanstack/react-query'
import type { FetchIntent } from './fetch-intent'
import { featureFromMeta } from './paywall-meta'
import { hasUnreadResponse } from './unread-response'

type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>
type AnyMutation = Mutation<unknown, unknown, unknown, unknown>
type AnyMutationObserver = MutationObserver<unknown, unknown, unknown, unknown>

/** Moves 402s from the caches into the paywall store, and the store's unlocks back into refetches. */
export interface PaywallReports {
  /** A query fetch failed: report it when it is a paywall, as interactive as the fetch was. */
  queryFailed(query: AnyQuery, error: unknown): void
  /** A query's data was set: by its own fetch, its lock (if any) goes; by `setQueryData` (`manual`), nothing changes. */
  querySucceeded(query: AnyQuery, manual: boolean): void
  /** A mutation failed: report it when it is a paywall, with "Try again" replaying it. */
  mutationFailed(mutation: AnyMutation, error: unknown): void
  /** A mutation succeeded: the locks of the same feature's mutations go (the user paid meanwhile). */
  mutationSucceeded(mutation: AnyMutation): void
  /** A `useMutation` observes the mutation: "Try again" replays through it, so its state shows the attempt. */
  mutationObserved(mutation: AnyMutation, observer: AnyMutationObserver): void
  /** "I paid": unlock everything, then refetch each 402'd query once as the user's own fetch. */
  resolve(): Promise<void>
  /** Refetch each 402'd query once, quietly: a 402 again keeps it locked without opening the paywall. */
  recheck(): Promise<void>
}

export function createPaywallReports(
  client: QueryClient,
  store: PaywallStore,
  paywallOf: (error: unknown) => PaymentRequired | null,
  intent: FetchIntent,
  readPaywall: (error: unknown) => Promise<PaymentRequired | null>,
): PaywallReports {
  const observers = new WeakMap<AnyMutation, AnyMutationObserver>()

  // The feature named in `meta` wins over the one in the body. A body nobody read yet (ky 1) is read
  // (once, bounded) before the paywall shows, so the modal says the server's words, not a generic
  // line; `stillFailing` drops the report when a newer fetch settled meanwhile.
  function report(
    error: unknown,
    meta: unknown,
    options: Omit<ReportOptions, 'feature'>,
    stillFailing: () => boolean,
  ) {
    const paywall = paywallOf(error)
    if (!paywall) return
    const file = (found: PaymentRequired) =>
      store.report(found, { feature: featureFromMeta(meta) ?? found.feature, ...options })
    if (!hasUnreadResponse(error)) return void file(paywall)
    void readPaywall(error)
      .catch(() => null)
      .then((read) => {
        if (stillFailing()) file(read ?? paywall)
      })
  }

  function replay(mutation: AnyMutation, variables: unknown) {
    const observer = observers.get(mutation)
    const attempt = observer?.hasListeners()
      ? observer.mutate(variables)
      : client.getMutationCache().build(client, mutation.options).execute(variables)
    // The outcome reaches the caches (and a 402 the paywall again); nobody awaits this promise.
    return attempt.catch(() => undefined)
  }

  function refetch(reports: readonly PaywallReport[], interactive: boolean) {
    const cache = client.getQueryCache()
    const fetches: Promise<unknown>[] = []
    // The store keeps one report per key, so each query is refetched once.
    for (const { source, key } of reports) {
      const query = source === 'query' && key ? cache.get(key) : undefined
      if (!query) continue
      fetches.push(intent.caused(query.queryHash, interactive, () => query.fetch()).catch(() => undefined))
    }
    return Promise.all(fetches).then(() => undefined)
  }

  return {
    queryFailed(query, error) {
      const interactive = intent.ended(query.queryHash)
      report(
        error,
        query.meta,
        { source: 'query', key: query.queryHash, interactive },
        () => query.state.error === error,
      )
    },
    querySucceeded(query, manual) {
      intent.ended(query.queryHash)
      // `clear` does nothing when the query holds no lock.
      if (!manual) store.clear(query.queryHash)
    },
    mutationFailed(mutation, error) {
      const variables = mutation.state.variables
      report(
        error,
        mutation.options.meta,
        {
          source: 'mutation',
          key: `mutation:${mutation.mutationId}`,
          retry: () => replay(mutation, variables),
        },
        () => mutation.state.error === error,
      )
    },
    mutationSucceeded(mutation) {
      const feature = featureFromMeta(mutation.options.meta)
      if (feature === undefined) return
      for (const report of store.getSnapshot().reports) {
        if (report.source === 'mutation' && report.feature === feature && report.key) store.clear(report.key)
      }
    },
    mutationObserved(mutation, observer) {
      observers.set(mutation, observer)
    },
    resolve: () => refetch(store.resolve(), true),
    recheck: () => refetch(store.getSnapshot().reports, false),
  }
}
