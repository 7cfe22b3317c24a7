import {
  type ParseOptions,
  type PaymentRequired,
  type PaywallStore,
  readPaywallError,
  toPaymentRequired,
} from '@paywall-kit/core'
import type {
  Mutation,
  MutationCacheNotifyEvent,
  Query,
  QueryCacheNotifyEvent,
  QueryClient,
} from '@tanstack/react-query'
import { claimClient, isClaimed } from './client-owner'
import { endEarlyFailFast, startEarlyFailFast } from './early-fail-fast'
import { createFailFastRetry } from './fail-fast-retry'
import { createFetchIntent } from './fetch-intent'
import { createPaywallReports } from './paywall-reports'
import { createSettlingState, type SettlingState } from './settling'
import { createTabReturn } from './tab-return'

type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>
type AnyMutation = Mutation<unknown, unknown, unknown, unknown>

/** What the provider keeps between the paywall store and the host app's QueryClient. */
export interface PaywallQueryBridge {
  /**
   * Watch the client's QueryCache and MutationCache and the tab's return; returns the cleanup. Only
   * one bridge watches a client at a time (the first connected); a later one waits in line, with a
   * development warning, and takes over in order when the one before it disconnects.
   */
  connect(): () => void
  /** Whether `error` is a paywall under the provider's options (cached per error object). */
  paywallOf(error: unknown): PaymentRequired | null
  /** Unlock everything and refetch each query that hit the paywall, once; never replays mutations. */
  resolve(): Promise<void>
  /** Refetch each query that hit the paywall once, quietly (a 402 again keeps it locked without a modal). */
  recheck(): Promise<void>
  /** The user followed the paywall's action: re-check quietly, once, when they come back to the tab. */
  followAction(): void
  /** Per feature and per query, whether a query deciding it is loading or failed: what locks read. */
  settling: SettlingState
}

/** Options of `createPaywallQueryBridge`. */
export interface PaywallQueryBridgeOptions {
  /**
   * Where this bridge's provider was rendered, for the development warning when another provider
   * already watches the client. @default undefined
   */
  describe?: () => string
}

/**
 * Connects a paywall store to the app's own QueryClient without replacing any of its callbacks or
 * defaults: paywall errors stop TanStack's retry per query (other errors keep the app's retry),
 * each 402 is reported once, and successful refetches unlock. Framework-agnostic: no React here.
 */
export function createPaywallQueryBridge(
  client: QueryClient,
  store: PaywallStore,
  getOptions: () => ParseOptions,
  { describe }: PaywallQueryBridgeOptions = {},
): PaywallQueryBridge {
  const parsed = new WeakMap<object, PaymentRequired | null>()

  function paywallOf(error: unknown): PaymentRequired | null {
    if (error === null || typeof error !== 'object') return toPaymentRequired(error, getOptions())
    const cached = parsed.get(error)
    if (cached !== undefined) return cached
    let paywall: PaymentRequired | null = null
    try {
      paywall = toPaymentRequired(error, getOptions())
    } catch (cause) {
      if (process.env.NODE_ENV !== 'production') {
        console.warn(
          '[paywall-kit] could not read an error as a paywall; treating it as an ordinary error.',
          cause,
        )
      }
    }
    parsed.set(error, paywall)
    return paywall
  }

  const retry = createFailFastRetry((error) => paywallOf(error) !== null)
  const intent = createFetchIntent((key) => store.getSnapshot().reports.some((report) => report.key === key))
  const reports = createPaywallReports(client, store, paywallOf, intent, (error) =>
    readPaywallError(error, getOptions()),
  )
  const tabReturn = createTabReturn(reports.recheck, store)
  const settling = createSettlingState(client.getQueryCache())
  // Bridges are created while the provider renders, before children's suspense queries fetch. Not on
  // a server: nothing attaches there to end it, and TanStack Query does not retry there anyway.
  if (typeof window !== 'undefined' && !isClaimed(client)) startEarlyFailFast(client, retry)

  function onQueryEvent(event: QueryCacheNotifyEvent) {
    const query = event.query as AnyQuery
    if (event.type === 'added') retry.query(query)
    else if (event.type === 'observerAdded') {
      intent.observed(query.queryHash)
      retry.query(query)
    } else if (event.type === 'removed') intent.forget(query.queryHash)
    else if (event.type === 'updated') {
      const { action } = event
      if (action.type === 'fetch') {
        retry.query(query)
        intent.started(query)
      } else if (action.type === 'error') reports.queryFailed(query, action.error)
      else if (action.type === 'success') reports.querySucceeded(query, action.manual === true)
    }
  }

  function onMutationEvent(event: MutationCacheNotifyEvent) {
    // Every event handled here names its mutation (only `observerOptionsUpdated` may not).
    const mutation = event.mutation as AnyMutation
    if (event.type === 'added') retry.mutation(mutation)
    else if (event.type === 'observerAdded') reports.mutationObserved(mutation, event.observer)
    else if (event.type === 'updated') {
      if (event.action.type === 'error') reports.mutationFailed(mutation, event.action.error)
      else if (event.action.type === 'success') reports.mutationSucceeded(mutation)
    }
  }

  function attach() {
    endEarlyFailFast(client)
    const unsubscribeQueries = client.getQueryCache().subscribe(guarded(onQueryEvent))
    const unsubscribeMutations = client.getMutationCache().subscribe(guarded(onMutationEvent))
    // Queries that settled before the bridge attached (e.g. prefetched by a router loader).
    for (const query of client.getQueryCache().getAll() as AnyQuery[]) {
      retry.query(query)
      if (query.state.status === 'error' && query.state.fetchStatus === 'idle') {
        reports.queryFailed(query, query.state.error)
      }
    }
    const stopListening = tabReturn.listen()
    return () => {
      unsubscribeQueries()
      unsubscribeMutations()
      stopListening()
    }
  }

  let warned = false
  function connect() {
    const claim = claimClient(client, { attach })
    if (process.env.NODE_ENV !== 'production' && claim.deferred && !warned) {
      warned = true
      console.warn(
        '[paywall-kit] A second `PaywallProvider` watches a QueryClient that another `PaywallProvider` ' +
          'already watches. The first one keeps it: its 402s open only the first provider’s paywall ' +
          '(modal, locks, onEvent), and this one stays passive until the first unmounts. Render one ' +
          'provider per QueryClient, or give this one its own `queryClient`.' +
          (describe?.() ?? ''),
      )
    }
    return claim.release
  }

  return {
    connect,
    paywallOf,
    resolve: reports.resolve,
    recheck: reports.recheck,
    followAction: tabReturn.arm,
    settling,
  }
}

// Throwing inside a cache listener would escape into TanStack's notify loop and the app's calls.
function guarded<E>(handler: (event: E) => void) {
  return (event: E) => {
    try {
      handler(event)
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') {
        console.warn('[paywall-kit] failed to handle a TanStack Query event.', error)
      }
    }
  }
}
