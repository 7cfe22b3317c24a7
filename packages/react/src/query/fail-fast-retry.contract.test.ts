import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'

/*
 * The fail-fast retry rests on one fact about TanStack Query (5.x, checked on 5.108): a fetch hands
 * `query.options.retry` to its retryer right AFTER dispatching the `fetch` action, whose cache event
 * reaches subscribers synchronously, and the retryer then keeps that value for every failure of the
 * fetch. So a retry installed from the `fetch` event decides that very fetch, and one installed later
 * does not. If either test below fails, TanStack Query changed when it reads `options.retry`:
 * revisit query/fail-fast-retry.ts and the `fetch` branch of query/paywall-query-bridge.ts.
 */

function failingQuery(client: QueryClient, queryFn: () => Promise<never>) {
  const observer = new QueryObserver(client, { queryKey: ['contract'], queryFn, retry: 3, retryDelay: 0 })
  return new Promise<void>((resolve) => {
    const unsubscribe = observer.subscribe((result) => {
      if (result.status === 'error' && result.fetchStatus === 'idle') {
        unsubscribe()
        resolve()
      }
    })
  })
}

describe('given TanStack Query’s retryer (the contract the fail-fast retry relies on)', () => {
  it('should use a retry installed on query.options from the cache’s `fetch` event, for that same fetch', async () => {
    const client = new QueryClient()
    const installed = vi.fn(() => false)
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'fetch') {
        ;(event.query.options as { retry?: unknown }).retry = installed
      }
    })
    const queryFn = vi.fn(() => Promise.reject(new Error('boom')))

    await failingQuery(client, queryFn)

    expect(
      installed,
      'TanStack Query no longer reads `options.retry` after the `fetch` event: the kit’s fail-fast retry would not apply',
    ).toHaveBeenCalledTimes(1)
    expect(queryFn).toHaveBeenCalledTimes(1)
  })

  it('should keep the retry it read when the fetch started, for every failure of that fetch', async () => {
    const client = new QueryClient()
    const late = vi.fn(() => false)
    client.getQueryCache().subscribe((event) => {
      // After the first failure, while the fetch is still retrying.
      if (event.type === 'updated' && event.action.type === 'failed') {
        ;(event.query.options as { retry?: unknown }).retry = late
      }
    })
    const queryFn = vi.fn(() => Promise.reject(new Error('boom')))

    await failingQuery(client, queryFn)

    expect(
      late,
      'TanStack Query now reads `options.retry` on each failure: the fetch-event install still works, but the comment in fail-fast-retry.ts is out of date',
    ).not.toHaveBeenCalled()
    expect(queryFn).toHaveBeenCalledTimes(4)
  })
})
