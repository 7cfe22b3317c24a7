import type { Mutation, Query } from '@tanstack/react-query'

type RetryFn = (failureCount: number, error: unknown) => boolean
type RetryValue = boolean | number | RetryFn | undefined
type AnyQuery = Query<unknown, unknown, unknown, readonly unknown[]>
type AnyMutation = Mutation<unknown, unknown, unknown, unknown>

/**
 * The app's own `retry` behind every wrapper the kit installed, whichever bridge installed it. Shared by
 * all bridges on the page, so that a wrapper is never wrapped again: a query keeps its options between
 * fetches (`invalidateQueries` refetches with them as they are), and two bridges wrapping each other's
 * wrapper on every fetch grew a chain that overflowed the stack after a few thousand fetches.
 */
const appRetryOf = new WeakMap<RetryFn, RetryValue>()

function appRetry(retry: RetryValue): RetryValue {
  return typeof retry === 'function' && appRetryOf.has(retry) ? appRetryOf.get(retry) : retry
}

/** TanStack Query's own default for queries: no retry where it believes it runs on a server. */
function defaultQueryRetries(): number {
  return typeof window === 'undefined' || 'Deno' in globalThis ? 0 : 3
}

/** Installs the fail-fast retry on queries and mutations: a paywall error is never retried. */
export interface FailFastRetry {
  /**
   * Replace the query's current `options.retry` with the fail-fast one. Call it from the cache's
   * `fetch` event: TanStack Query hands `options.retry` to the fetch's retryer right after dispatching
   * that action (see fail-fast-retry.contract.test.ts), and `query.fetch(options)` has just replaced
   * `query.options` with a fresh object, so neither the app's options nor its defaults are touched.
   */
  query(query: AnyQuery): void
  /** Give the mutation a copy of its options with the fail-fast retry (its options object is shared with its observer). */
  mutation(mutation: AnyMutation): void
}

/**
 * The fail-fast retry: for an error that `isPaywall` accepts, no retry at all (one request, then the
 * paywall); for any other error, exactly the retry the app configured (a function, a count, a boolean,
 * or TanStack Query's default).
 */
export function createFailFastRetry(isPaywall: (error: unknown) => boolean): FailFastRetry {
  const own = new WeakSet<RetryFn>()

  function failFast(retry: RetryValue, fallbackRetries: number): RetryFn {
    const app = appRetry(retry)
    const wrapped: RetryFn = (failureCount, error) => {
      if (isPaywall(error)) return false
      if (typeof app === 'function') return app(failureCount, error)
      return typeof app === 'boolean' ? app : failureCount < (app ?? fallbackRetries)
    }
    appRetryOf.set(wrapped, app)
    own.add(wrapped)
    return wrapped
  }

  const isOwn = (retry: RetryValue) => typeof retry === 'function' && own.has(retry)

  return {
    query(query) {
      const options = query.options as { retry?: RetryValue }
      if (!isOwn(options.retry)) options.retry = failFast(options.retry, defaultQueryRetries())
    },
    mutation(mutation) {
      const retry = mutation.options.retry as RetryValue
      if (!isOwn(retry)) mutation.options = { ...mutation.options, retry: failFast(retry, 0) }
    },
  }
}
