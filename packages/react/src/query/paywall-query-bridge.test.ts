import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  createPaywallStore,
  PaymentRequiredError,
  type PaywallEvent,
  parsePaymentRequired,
} from '@paywall-kit/core'
import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPaywallQueryBridge } from './paywall-query-bridge'

// The bridge on its own: a plain QueryClient, QueryObservers and a paywall store, no React render.

const expired = parsePaymentRequired({
  status: 402,
  body: { error: { code: 'SUBSCRIPTION_EXPIRED', message: 'Your subscription has expired.' } },
})
if (!expired) throw new Error('the 402 body above must parse as a paywall')
const paywallError = () => new PaymentRequiredError(expired)

function setup(events: PaywallEvent[] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })
  const store = createPaywallStore({ onEvent: (event) => events.push(event) })
  const bridge = createPaywallQueryBridge(client, store, () => ({}))
  const disconnect = bridge.connect()
  cleanups.push(disconnect, () => client.clear())
  return { client, store, bridge }
}

/** Subscribes an observer (as a mounted `useQuery` would) and resolves when the query has settled. */
function observe(client: QueryClient, options: ConstructorParameters<typeof QueryObserver>[1]) {
  const observer = new QueryObserver(client, options)
  return new Promise<ReturnType<typeof observer.getCurrentResult>>((resolve) => {
    const unsubscribe = observer.subscribe((result) => {
      if (result.fetchStatus === 'idle' && result.status !== 'pending') {
        unsubscribe()
        resolve(result)
      }
    })
  })
}

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  Reflect.deleteProperty(document, 'visibilityState')
})

describe('given a query whose function throws a paywall', () => {
  it('should call it once despite TanStack’s default retry, and lock its feature with the paywall open', async () => {
    const { client, store } = setup()
    const queryFn = vi.fn(() => Promise.reject(paywallError()))

    const result = await observe(client, {
      queryKey: ['reports'],
      queryFn,
      meta: { paywallFeature: 'reports' },
    })

    expect(result.status).toBe('error')
    expect(queryFn).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot()).toMatchObject({ isOpen: true, current: expired })
    expect(Object.keys(store.getSnapshot().locks)).toEqual(['reports'])
  })

  it('should keep the app’s retry for any other error', async () => {
    const { client, store } = setup()
    const queryFn = vi.fn(() => Promise.reject(new Error('HTTP 500')))

    await observe(client, { queryKey: ['usage'], queryFn, retry: 2 })

    expect(queryFn).toHaveBeenCalledTimes(3)
    expect(store.getSnapshot().isOpen).toBe(false)
  })
})

describe('given a locked query and the user pays', () => {
  it('should refetch it once on resolve() and unlock', async () => {
    const { client, store, bridge } = setup()
    let paid = false
    const queryFn = vi.fn(() => (paid ? Promise.resolve({ rows: 3 }) : Promise.reject(paywallError())))
    await observe(client, { queryKey: ['reports'], queryFn, meta: { paywallFeature: 'reports' } })

    paid = true
    await bridge.resolve()

    expect(queryFn).toHaveBeenCalledTimes(2)
    expect(client.getQueryData(['reports'])).toEqual({ rows: 3 })
    expect(store.getSnapshot()).toMatchObject({ isOpen: false, reports: [], locks: {} })
  })
})

describe('given the user followed the paywall’s action (bridge.followAction, no telemetry involved)', () => {
  function returnToTab() {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' })
    document.dispatchEvent(new Event('visibilitychange'))
  }

  it('should re-check the 402’d query once when the tab comes back, and report paywall_resolved', async () => {
    const events: PaywallEvent[] = []
    const { client, store, bridge } = setup(events)
    let paid = false
    const queryFn = vi.fn(() => (paid ? Promise.resolve({ rows: 3 }) : Promise.reject(paywallError())))
    await observe(client, { queryKey: ['reports'], queryFn, meta: { paywallFeature: 'reports' } })
    store.followAction()
    bridge.followAction()

    paid = true
    returnToTab()
    returnToTab()
    await vi.waitFor(() => expect(store.getSnapshot().reports).toEqual([]))

    expect(queryFn).toHaveBeenCalledTimes(2)
    expect(events.map((event) => event.type)).toEqual(['paywall_shown', 'action_clicked', 'paywall_resolved'])
  })

  it('should not re-check on return when only the store heard of the action', async () => {
    const { client, store } = setup()
    const queryFn = vi.fn(() => Promise.reject(paywallError()))
    await observe(client, { queryKey: ['reports'], queryFn, meta: { paywallFeature: 'reports' } })
    store.followAction()

    returnToTab()
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(queryFn).toHaveBeenCalledTimes(1)
  })
})

describe('given a background refetch that gets a 402', () => {
  it('should lock quietly without reopening a dismissed paywall', async () => {
    const { client, store } = setup()
    const queryFn = vi.fn(() => Promise.reject(paywallError()))
    await observe(client, { queryKey: ['reports'], queryFn, meta: { paywallFeature: 'reports' } })
    store.dismiss()

    await client.refetchQueries({ queryKey: ['reports'] }).catch(() => undefined)

    expect(queryFn).toHaveBeenCalledTimes(2)
    expect(store.getSnapshot()).toMatchObject({ isOpen: false, dismissed: true })
    expect(Object.keys(store.getSnapshot().locks)).toEqual(['reports'])
  })
})

describe('given the query/ folder', () => {
  it('should import nothing from React at runtime (only types from @tanstack/react-query)', () => {
    const folder = import.meta.dirname
    const sources = readdirSync(folder).filter((name) => /\.ts$/.test(name) && !name.includes('.test.'))
    expect(sources.length).toBeGreaterThan(5)
    for (const name of sources) {
      const source = readFileSync(join(folder, name), 'utf8')
      const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*from\s+'([^']+)'/gm)].map(
        (match) => match[1],
      )
      expect(
        runtimeImports.filter((from) => /react/.test(from ?? '')),
        name,
      ).toEqual([])
    }
  })
})
