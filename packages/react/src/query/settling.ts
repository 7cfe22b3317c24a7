import type { Query, QueryCache } from '@tanstack/react-query'
import { featureFromMeta } from './paywall-meta'

type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>

/** Whose settling state to read: every query of a feature (`meta.paywallFeature`), or one query. */
export type SettlingTarget = { feature: string } | { queryHash: string }

/**
 * Per feature (and per query), whether a query that decides it is still loading or failed for a
 * reason other than success: a lock shows `unknown` meanwhile, never `locked`. Kept from the
 * QueryCache's events with one cache subscription for all readers; each reader hears only of its
 * own target flipping, so a cache event of another query costs a lock nothing.
 */
export interface SettlingState {
  /** Whether the target is settling now. */
  isSettling(target: SettlingTarget): boolean
  /** Call `listener` whenever the target starts or stops settling; returns the unsubscribe. */
  subscribe(target: SettlingTarget, listener: () => void): () => void
}

const keyOf = (target: SettlingTarget) =>
  'feature' in target ? `feature:${target.feature}` : `query:${target.queryHash}`

const isUnsettled = (query: AnyQuery) => query.state.status !== 'success'

export function createSettlingState(cache: QueryCache): SettlingState {
  const listeners = new Map<string, Set<() => void>>()
  // While someone listens: the unsettled queries, and each tracked query's feature.
  const unsettled = new Set<string>()
  const unsettledOfFeature = new Map<string, Set<string>>()
  const featureOf = new Map<string, string | undefined>()
  let stop: (() => void) | null = null

  function notify(key: string) {
    for (const listener of [...(listeners.get(key) ?? [])]) listener()
  }

  function setFeatureMember(feature: string, hash: string, member: boolean) {
    let hashes = unsettledOfFeature.get(feature)
    const before = (hashes?.size ?? 0) > 0
    if (member) {
      if (!hashes) {
        hashes = new Set()
        unsettledOfFeature.set(feature, hashes)
      }
      hashes.add(hash)
    } else if (hashes) {
      hashes.delete(hash)
      if (hashes.size === 0) unsettledOfFeature.delete(feature)
    }
    if (before !== (hashes?.size ?? 0) > 0) notify(`feature:${feature}`)
  }

  function track(hash: string, feature: string | undefined, isNowUnsettled: boolean) {
    const previousFeature = featureOf.get(hash)
    if (previousFeature !== undefined && previousFeature !== feature) {
      setFeatureMember(previousFeature, hash, false)
    }
    if (feature === undefined) featureOf.delete(hash)
    else featureOf.set(hash, feature)
    if (feature !== undefined) setFeatureMember(feature, hash, isNowUnsettled)
    if (unsettled.has(hash) !== isNowUnsettled) {
      if (isNowUnsettled) unsettled.add(hash)
      else unsettled.delete(hash)
      notify(`query:${hash}`)
    }
  }

  function start() {
    for (const query of cache.getAll() as AnyQuery[]) {
      track(query.queryHash, featureFromMeta(query.meta), isUnsettled(query))
    }
    stop = cache.subscribe((event) => {
      const query = event.query as AnyQuery
      if (event.type === 'removed') track(query.queryHash, undefined, false)
      else track(query.queryHash, featureFromMeta(query.meta), isUnsettled(query))
    })
  }

  function reset() {
    stop?.()
    stop = null
    unsettled.clear()
    unsettledOfFeature.clear()
    featureOf.clear()
  }

  // Before anyone listens (a first render), a direct look at the cache.
  function scan(target: SettlingTarget) {
    if ('queryHash' in target) {
      const query = cache.get(target.queryHash) as AnyQuery | undefined
      return query !== undefined && isUnsettled(query)
    }
    return (cache.getAll() as AnyQuery[]).some(
      (query) => featureFromMeta(query.meta) === target.feature && isUnsettled(query),
    )
  }

  return {
    isSettling(target) {
      if (!stop) return scan(target)
      return 'queryHash' in target ? unsettled.has(target.queryHash) : unsettledOfFeature.has(target.feature)
    },
    subscribe(target, listener) {
      const key = keyOf(target)
      let set = listeners.get(key)
      if (!set) {
        set = new Set()
        listeners.set(key, set)
      }
      set.add(listener)
      if (!stop) start()
      return () => {
        set.delete(listener)
        if (set.size === 0 && listeners.get(key) === set) listeners.delete(key)
        if (listeners.size === 0) reset()
      }
    },
  }
}
