import {
  type ParseOptions,
  type PaymentRequired,
  type PaywallReport,
  type PaywallStore,
  type ReportOptions,
  toPaymentRequired,
} from '@paywall-kit/core'
import {
  isServer,
  type Mutation,
  type MutationObserver,
  type Query,
  type QueryClient,
} from '@tanstack/react-query'

type RetryFn = (failureCount: number, error: unknown) => boolean
type RetryValue = boolean | number | RetryFn | undefined
type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>
type AnyMutation = Mutation<unknown, unknown, unknown, unknown>

/** What the provider keeps between the paywall store and the host app's QueryClient. */
export interface PaywallQueryBridge {
  /** Subscribe to the QueryCache, the MutationCache, and tab focus; returns the cleanup. */
  connect(): () => void
  /** Whether `error` is a paywall under the provider's options (cached per error object). */
  paywallOf(error: unknown): PaymentRequired | null
  /** Unlock everything and refetch each query that hit the paywall, once; never replays mutations. */
  resolve(): Promise<void>
  /** Refetch each query that hit the paywall once, quietly (a 402 again keeps it locked without a modal). */
  recheck(): Promise<void>
  /** Arm a single quiet recheck for the next time the tab becomes visible or focused. */
  armRecheck(): void
}

function featureFromMeta(meta: unknown): string | undefined {
  const feature = (meta as { paywallFeature?: unknown } | null | undefined)?.paywallFeature
  return typeof feature === 'string' && feature !== '' ? feature : undefined
}

function warn(message: string, error: unknown) {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    console.warn(`[paywall-kit] ${message}`, error)
  }
}

/**
 * Connects a paywall store to the app's own QueryClient without replacing any of its callbacks or
 * defaults: paywall errors stop TanStack's retry per query (other errors keep the app's retry),
 * each 402 is reported once, and successful refetches unlock.
 */
export function createPaywallQueryBridge(
  client: QueryClient,
  store: PaywallStore,
  getOptions: () => ParseOptions,
): PaywallQueryBridge {
  const parsed = new WeakMap<object, PaymentRequired | null>()
  const ownRetries = new WeakSet<RetryFn>()
  // Queries the user opened (a component subscribed) since their last fetch: a 402 there is interactive.
  const opened = new Set<string>()
  // Fetches started by the kit itself: `true` after "I paid" (resolve), `false` for a quiet recheck.
  const forced = new Map<string, boolean>()
  const interactiveFetch = new Map<string, boolean>()
  const observers = new WeakMap<AnyMutation, MutationObserver<unknown, unknown, unknown, unknown>>()
  let recheckArmed = false

  function paywallOf(error: unknown): PaymentRequired | null {
    if (error === null || typeof error !== 'object') return toPaymentRequired(error, getOptions())
    const cached = parsed.get(error)
    if (cached !== undefined) return cached
    let paywall: PaymentRequired | null = null
    try {
      paywall = toPaymentRequired(error, getOptions())
    } catch (cause) {
      warn('could not read an error as a paywall; treating it as an ordinary error.', cause)
    }
    parsed.set(error, paywall)
    return paywall
  }

  function isOwn(retry: RetryValue): retry is RetryFn {
    return typeof retry === 'function' && ownRetries.has(retry)
  }

  function failFast(retry: RetryValue, fallbackRetries: number): RetryFn {
    const wrapped: RetryFn = (failureCount, error) => {
      if (paywallOf(error)) return false
      if (typeof retry === 'function') return retry(failureCount, error)
      return typeof retry === 'boolean' ? retry : failureCount < (retry ?? fallbackRetries)
    }
    ownRetries.add(wrapped)
    return wrapped
  }

  // The retryer reads `options.retry` when a fetch starts, right after the `fetch` action is
  // dispatched, and `query.fetch(options)` replaces `query.options` first; so this runs on every
  // fetch and mutates that fresh per-query object (never the app's own options or defaults).
  function wrapQueryRetry(query: AnyQuery) {
    const options = query.options as { retry?: RetryValue }
    if (!isOwn(options.retry)) options.retry = failFast(options.retry, isServer ? 0 : 3)
  }

  function wrapMutationRetry(mutation: AnyMutation) {
    const retry = mutation.options.retry as RetryValue
    // A copy, because a mutation shares its options object with the app's MutationObserver.
    if (!isOwn(retry)) mutation.options = { ...mutation.options, retry: failFast(retry, 0) }
  }

  function isLocked(key: string) {
    return store.getSnapshot().reports.some((report) => report.key === key)
  }

  function onQueryFetch(query: AnyQuery) {
    wrapQueryRetry(query)
    const hash = query.queryHash
    const interactive =
      forced.get(hash) ?? (opened.has(hash) || (query.state.data === undefined && !isLocked(hash)))
    forced.delete(hash)
    opened.delete(hash)
    interactiveFetch.set(hash, interactive)
  }

  // Reports `error` when it is a paywall; the feature named in `meta` wins over the one in the body.
  function report(error: unknown, meta: unknown, options: Omit<ReportOptions, 'feature'>) {
    const paywall = paywallOf(error)
    if (paywall) store.report(paywall, { feature: featureFromMeta(meta) ?? paywall.feature, ...options })
  }

  function onQueryError(query: AnyQuery, error: unknown) {
    const hash = query.queryHash
    const interactive = interactiveFetch.get(hash) ?? true
    interactiveFetch.delete(hash)
    report(error, query.meta, { source: 'query', key: hash, interactive })
  }

  function onMutationError(mutation: AnyMutation, error: unknown) {
    const variables = mutation.state.variables
    report(error, mutation.options.meta, {
      source: 'mutation',
      key: `mutation:${mutation.mutationId}`,
      retry: () => replay(mutation, variables),
    })
  }

  // The same feature's call went through (e.g. the user pressed Export again after paying): unlock it.
  function onMutationSuccess(mutation: AnyMutation) {
    const feature = featureFromMeta(mutation.options.meta)
    if (feature === undefined) return
    for (const report of store.getSnapshot().reports) {
      if (report.source === 'mutation' && report.feature === feature && report.key) store.clear(report.key)
    }
  }

  function replay(mutation: AnyMutation, variables: unknown) {
    const observer = observers.get(mutation)
    // Through the mounted `useMutation` so its state shows the new attempt; else a fresh mutation.
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
      // `query.fetch` dispatches its `fetch` action synchronously, so the flag applies to this fetch only.
      forced.set(query.queryHash, interactive)
      fetches.push(query.fetch().catch(() => undefined))
      forced.delete(query.queryHash)
    }
    return Promise.all(fetches).then(() => undefined)
  }

  function onReturn() {
    if (!recheckArmed || document.visibilityState === 'hidden') return
    recheckArmed = false
    const before = store.getSnapshot().reports.length
    void recheck().then(() => {
      // Paid in another tab: every 402'd query now succeeds, and the store closed the paywall.
      if (before > 0 && store.getSnapshot().reports.length === 0) {
        store.emit({ type: 'paywall_resolved', count: before })
      }
    })
  }

  function recheck() {
    return refetch(store.getSnapshot().reports, false)
  }

  function guarded<E>(handler: (event: E) => void) {
    // Throwing inside a cache listener would escape into TanStack's notify loop and the app's calls.
    return (event: E) => {
      try {
        handler(event)
      } catch (error) {
        warn('failed to handle a TanStack Query event.', error)
      }
    }
  }

  function connect() {
    const unsubscribeQueries = client.getQueryCache().subscribe(
      guarded((event) => {
        const query = event.query as AnyQuery
        if (event.type === 'added') wrapQueryRetry(query)
        else if (event.type === 'observerAdded') {
          // A mount fetches synchronously right after subscribing; later refetches are not the user's.
          const hash = query.queryHash
          opened.add(hash)
          queueMicrotask(() => opened.delete(hash))
          wrapQueryRetry(query)
        } else if (event.type === 'removed') {
          opened.delete(query.queryHash)
          interactiveFetch.delete(query.queryHash)
        } else if (event.type === 'updated') {
          const action = event.action
          if (action.type === 'fetch') onQueryFetch(query)
          else if (action.type === 'error') onQueryError(query, action.error)
          else if (action.type === 'success') {
            interactiveFetch.delete(query.queryHash)
            // `clear` does nothing when the query holds no lock.
            if (!action.manual) store.clear(query.queryHash)
          }
        }
      }),
    )
    const unsubscribeMutations = client.getMutationCache().subscribe(
      guarded((event) => {
        // Every event handled here names its mutation (only `observerOptionsUpdated` may not).
        const mutation = event.mutation as AnyMutation
        if (event.type === 'added') wrapMutationRetry(mutation)
        else if (event.type === 'observerAdded') observers.set(mutation, event.observer)
        else if (event.type === 'updated') {
          if (event.action.type === 'error') onMutationError(mutation, event.action.error)
          else if (event.action.type === 'success') onMutationSuccess(mutation)
        }
      }),
    )
    // Queries that settled before the provider mounted (e.g. prefetched by a router loader).
    for (const query of client.getQueryCache().getAll() as AnyQuery[]) {
      wrapQueryRetry(query)
      if (query.state.status === 'error' && query.state.fetchStatus === 'idle') {
        onQueryError(query, query.state.error)
      }
    }
    const hasDom = typeof window !== 'undefined' && typeof document !== 'undefined'
    const listen = (method: 'addEventListener' | 'removeEventListener') => {
      if (!hasDom) return
      document[method]('visibilitychange', onReturn)
      window[method]('focus', onReturn)
    }
    listen('addEventListener')
    return () => {
      unsubscribeQueries()
      unsubscribeMutations()
      listen('removeEventListener')
    }
  }

  return {
    connect,
    paywallOf,
    resolve: () => refetch(store.resolve(), true),
    recheck,
    armRecheck: () => {
      recheckArmed = true
    },
  }
}
