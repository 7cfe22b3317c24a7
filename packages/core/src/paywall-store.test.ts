import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPaywallStore } from './paywall-store'
import type { PaymentRequired, PaywallEvent } from './types'

function paywall(fields: Partial<PaymentRequired> = {}): PaymentRequired {
  return {
    status: 402,
    reason: 'payment_required',
    title: 'Payment needed',
    message: 'Your plan does not cover this.',
    dialect: 'flat',
    ...fields,
  }
}

const expired = paywall({
  reason: 'subscription_expired',
  code: 'SUBSCRIPTION_EXPIRED',
  requestId: 'req_1',
  action: { url: 'https://billing.example.com/renew', label: 'Renew' },
})

// `paywall_shown` waits one microtask so that reports of the same tick are merged first.
const settle = () => Promise.resolve()

function recorder() {
  const events: PaywallEvent[] = []
  return {
    events,
    onEvent: (event: PaywallEvent) => events.push(event),
    types: () => events.map((e) => e.type),
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('given a new store', () => {
  it('should show nothing and lock nothing', () => {
    const store = createPaywallStore()
    expect(store.getSnapshot()).toEqual({
      current: null,
      isOpen: false,
      count: 0,
      locks: {},
      reports: [],
      dismissed: false,
    })
  })

  it('should return the same snapshot until something changes', () => {
    const store = createPaywallStore()
    expect(store.getSnapshot()).toBe(store.getSnapshot())
  })

  it('should give a frozen snapshot', () => {
    const store = createPaywallStore()
    store.report(expired, { feature: 'reports' })
    const state = store.getSnapshot()
    expect(Object.isFrozen(state)).toBe(true)
    expect(Object.isFrozen(state.locks)).toBe(true)
    expect(Object.isFrozen(state.reports)).toBe(true)
  })
})

describe('given one 402 reported', () => {
  it('should open it and lock its feature', () => {
    const store = createPaywallStore()
    const before = store.getSnapshot()
    const report = store.report(expired, { feature: 'reports', source: 'query', key: '["reports"]' })

    const state = store.getSnapshot()
    expect(state).not.toBe(before)
    expect(state.current).toBe(expired)
    expect(state.isOpen).toBe(true)
    expect(state.count).toBe(1)
    expect(state.feature).toBe('reports')
    expect(state.locks).toEqual({ reports: expired })
    expect(state.reports).toEqual([report])
    expect(report).toMatchObject({
      paywall: expired,
      feature: 'reports',
      source: 'query',
      key: '["reports"]',
    })
  })

  it('should emit paywall_shown with the reason, feature, code, request id and paywall', async () => {
    const { events, onEvent } = recorder()
    const store = createPaywallStore({ onEvent, now: () => 1_700_000_000_000 })
    store.report(expired, { feature: 'reports' })
    await settle()

    expect(events).toEqual([
      {
        type: 'paywall_shown',
        at: 1_700_000_000_000,
        reason: 'subscription_expired',
        feature: 'reports',
        code: 'SUBSCRIPTION_EXPIRED',
        requestId: 'req_1',
        count: 1,
        paywall: expired,
      },
    ])
  })

  it('should leave unknown fields out of the event rather than send them as undefined', async () => {
    const { events, onEvent } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(paywall())
    await settle()
    expect(Object.keys(events[0] ?? {}).sort()).toEqual(['at', 'count', 'paywall', 'reason', 'type'])
  })

  it('should take the feature from the body when the report names none', () => {
    const store = createPaywallStore()
    const fromBody = paywall({ feature: 'exports' })
    const report = store.report(fromBody)
    expect(report.feature).toBe('exports')
    expect(store.getSnapshot().locks).toEqual({ exports: fromBody })
  })

  it('should prefer the feature named by the report over the body', () => {
    const store = createPaywallStore()
    store.report(paywall({ feature: 'exports' }), { feature: 'reports' })
    expect(Object.keys(store.getSnapshot().locks)).toEqual(['reports'])
  })

  it('should say it came from the app when no source is given', () => {
    const store = createPaywallStore()
    expect(store.report(expired).source).toBe('manual')
  })

  it('should keep a mutation retry without ever calling it', () => {
    const store = createPaywallStore()
    const retry = vi.fn()
    store.report(expired, { source: 'mutation', retry })
    store.dismiss()
    store.resolve()
    expect(retry).not.toHaveBeenCalled()
  })

  it('should give every report its own id', () => {
    const store = createPaywallStore()
    const ids = [store.report(expired).id, store.report(expired).id, store.report(expired, { key: 'a' }).id]
    expect(new Set(ids).size).toBe(3)
  })
})

describe('given several 402s arriving together', () => {
  it('should open one paywall and emit one paywall_shown with the count', async () => {
    const { events, onEvent } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(paywall(), { feature: 'a', key: 'a' })
    store.report(paywall(), { feature: 'b', key: 'b' })
    store.report(paywall(), { feature: 'c', key: 'c' })
    await settle()

    expect(events.map((e) => [e.type, e.count])).toEqual([['paywall_shown', 3]])
    expect(store.getSnapshot().count).toBe(3)
    expect(store.getSnapshot().isOpen).toBe(true)
  })

  it('should show a specific reason over payment_required even with more details', () => {
    const store = createPaywallStore()
    const generic = paywall({
      action: { url: 'https://example.com/pay', label: 'Pay' },
      plans: [{ name: 'Pro' }],
      usage: { used: 10, limit: 10 },
      docUrl: 'https://example.com/docs',
    })
    const credits = paywall({ reason: 'insufficient_credits' })
    store.report(generic, { feature: 'a' })
    store.report(credits, { feature: 'b' })

    expect(store.getSnapshot().current).toBe(credits)
    expect(store.getSnapshot().feature).toBe('b')
  })

  it('should show the paywall with more details when the reasons are equally specific', () => {
    const store = createPaywallStore()
    const bare = paywall({ reason: 'quota_exceeded' })
    const detailed = paywall({
      reason: 'quota_exceeded',
      action: { url: 'https://example.com/upgrade', label: 'Upgrade' },
      plans: [{ name: 'Pro', price: '$10/month' }],
      usage: { used: 100, limit: 100 },
    })
    store.report(bare)
    store.report(detailed)
    store.report(bare)

    expect(store.getSnapshot().current).toBe(detailed)
    expect(store.getSnapshot().count).toBe(3)
  })

  it('should keep the first paywall shown when a later one is no more specific', () => {
    const store = createPaywallStore()
    const first = paywall({ reason: 'trial_ended' })
    const second = paywall({ reason: 'upgrade_required' })
    store.report(first)
    store.report(second)
    expect(store.getSnapshot().current).toBe(first)
  })

  it('should not count an empty plan list as a detail', () => {
    const store = createPaywallStore()
    const first = paywall({ reason: 'trial_ended' })
    store.report(first)
    store.report(paywall({ reason: 'trial_ended', plans: [] }))
    expect(store.getSnapshot().current).toBe(first)
  })

  it('should lock each feature separately', () => {
    const store = createPaywallStore()
    const a = paywall({ reason: 'quota_exceeded' })
    const b = paywall({ reason: 'upgrade_required' })
    store.report(a, { feature: 'exports' })
    store.report(b, { feature: 'reports' })
    expect(store.getSnapshot().locks).toEqual({ exports: a, reports: b })
  })

  it('should lock a feature with its most specific paywall', () => {
    const store = createPaywallStore()
    const detailed = paywall({ reason: 'upgrade_required', plans: [{ name: 'Pro' }] })
    store.report(detailed, { feature: 'reports', key: 'one' })
    store.report(paywall(), { feature: 'reports', key: 'two' })
    expect(store.getSnapshot().locks.reports).toBe(detailed)
  })
})

describe('given the same request reported again', () => {
  it('should keep only the latest report of that key', () => {
    const store = createPaywallStore()
    const older = paywall({ requestId: 'req_old' })
    const newer = paywall({ requestId: 'req_new' })
    store.report(older, { key: '["reports"]', feature: 'reports' })
    const latest = store.report(newer, { key: '["reports"]', feature: 'reports' })

    expect(store.getSnapshot().reports).toEqual([latest])
    expect(store.getSnapshot().locks.reports).toBe(newer)
  })

  it('should not count the repeat as another report', async () => {
    const { events, onEvent } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(paywall(), { key: 'k' })
    store.report(paywall(), { key: 'k' })
    await settle()
    expect(store.getSnapshot().count).toBe(1)
    expect(events.map((e) => e.count)).toEqual([1])
  })

  it('should keep reports without a key apart', () => {
    const store = createPaywallStore()
    store.report(paywall())
    store.report(paywall())
    expect(store.getSnapshot().reports).toHaveLength(2)
  })

  it('should show the latest report of that key while it is open, even when it is less specific', () => {
    const store = createPaywallStore()
    const trial = paywall({
      reason: 'trial_ended',
      action: { url: 'https://billing.example.com/upgrade', label: 'Upgrade' },
      plans: [{ name: 'Pro' }],
    })
    const failed = paywall({ reason: 'payment_failed' })
    store.report(trial, { key: 'q', feature: 'reports' })
    store.report(failed, { key: 'q', feature: 'exports' })

    const state = store.getSnapshot()
    expect(state.current).toBe(failed)
    expect(state.current?.action).toBeUndefined()
    expect(state.feature).toBe('exports')
    expect(state.locks.exports).toBe(failed)
  })

  it('should make the latest report of that key the one to show again after "Not now", quietly', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    const failed = paywall({ reason: 'payment_failed' })
    store.report(expired, { key: 'q', feature: 'reports' })
    await settle()
    store.dismiss()
    store.report(failed, { key: 'q', feature: 'reports', interactive: false })

    expect(store.getSnapshot()).toMatchObject({ isOpen: false, current: failed, feature: 'reports' })
    store.open()
    await settle()
    expect(store.getSnapshot()).toMatchObject({ isOpen: true, current: failed })
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed', 'paywall_shown'])
  })

  it('should keep the paywall shown when another key is replaced by a less specific report', () => {
    const store = createPaywallStore()
    store.report(expired, { key: 'a', feature: 'reports' })
    store.report(paywall({ reason: 'trial_ended' }), { key: 'b', feature: 'exports' })
    store.report(paywall(), { key: 'b', feature: 'exports' })

    expect(store.getSnapshot().current).toBe(expired)
    expect(store.getSnapshot().feature).toBe('reports')
  })

  it('should move a lock when the latest report of a key names another feature', () => {
    const store = createPaywallStore()
    store.report(paywall(), { key: 'k', feature: 'reports' })
    store.report(paywall(), { key: 'k', feature: 'exports' })
    expect(Object.keys(store.getSnapshot().locks)).toEqual(['exports'])
  })
})

describe('given reports arriving in any order', () => {
  it('should keep the latest per key, one paywall_shown and the most specific paywall', async () => {
    const specific = paywall({
      reason: 'insufficient_credits',
      action: { url: 'https://x.test/top-up', label: 'Top up' },
    })
    const arrivals = [
      { key: 'a', feature: 'reports', paywall: paywall() },
      { key: 'b', feature: 'exports', paywall: paywall({ plans: [{ name: 'Pro' }] }) },
      { key: 'a', feature: 'reports', paywall: paywall({ requestId: 'again' }) },
      { key: 'c', feature: 'credits', paywall: specific },
      { key: 'b', feature: 'exports', paywall: paywall() },
      { key: 'd', feature: undefined, paywall: paywall({ reason: 'trial_ended' }) },
    ]

    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const { events, onEvent } = recorder()
        const store = createPaywallStore({ onEvent })
        const order: number[] = []
        for (const [index, arrival] of arrivals.entries()) {
          s.schedule(Promise.resolve(index)).then(() => {
            order.push(index)
            store.report(arrival.paywall, { key: arrival.key, feature: arrival.feature, source: 'query' })
          })
        }
        await s.waitAll()
        await settle()

        const state = store.getSnapshot()
        const latest = new Map(order.map((index) => [arrivals[index]?.key, arrivals[index]?.paywall]))
        expect(state.reports.map((r) => [r.key, r.paywall])).toEqual(
          expect.arrayContaining([...latest.entries()]),
        )
        expect(state.reports).toHaveLength(4)
        expect(state.current).toBe(specific)
        expect(state.count).toBe(4)
        expect(state.locks.credits).toBe(specific)
        expect(state.locks.reports).toBe(latest.get('a'))
        expect(Object.keys(state.locks).sort()).toEqual(['credits', 'exports', 'reports'])
        expect(events.filter((e) => e.type === 'paywall_shown')).toHaveLength(1)
      }),
      { numRuns: 100 },
    )
  })
})

describe('given a subscriber', () => {
  it('should be called after every change and not after unsubscribing', () => {
    const store = createPaywallStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.report(expired)
    store.dismiss()
    expect(listener).toHaveBeenCalledTimes(2)

    unsubscribe()
    store.resolve()
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('should keep calling the other listeners when one throws, and report the error later', () => {
    vi.useFakeTimers()
    const store = createPaywallStore()
    const after = vi.fn()
    store.subscribe(() => {
      throw new Error('listener bug')
    })
    store.subscribe(after)

    expect(() => store.report(expired)).not.toThrow()
    expect(after).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot().isOpen).toBe(true)
    expect(() => vi.runAllTimers()).toThrow('listener bug')
  })
})

describe('given a subscriber to one slice', () => {
  it('should be notified only when that slice changes', () => {
    const store = createPaywallStore()
    const onReports = vi.fn()
    store.select((state) => state.locks.reports, onReports)

    store.report(paywall(), { feature: 'exports' })
    store.dismiss()
    expect(onReports).not.toHaveBeenCalled()

    const locked = paywall({ reason: 'upgrade_required' })
    store.report(locked, { feature: 'reports' })
    expect(onReports).toHaveBeenCalledTimes(1)
    expect(onReports).toHaveBeenLastCalledWith(locked)

    store.resolve()
    expect(onReports).toHaveBeenCalledTimes(2)
    expect(onReports).toHaveBeenLastCalledWith(undefined)
  })

  it('should keep the locks object when no lock changes', () => {
    const store = createPaywallStore()
    store.report(expired, { feature: 'reports', key: 'r' })
    const { locks } = store.getSnapshot()

    store.report(paywall(), { key: 'no-feature' })
    store.dismiss()
    store.open()
    store.report(paywall(), { feature: 'reports', key: 'less-specific' })
    expect(store.getSnapshot().locks).toBe(locks)
  })

  it('should compare slices with the given equality', () => {
    const store = createPaywallStore()
    const onFeatures = vi.fn()
    store.select(
      (state) => Object.keys(state.locks),
      onFeatures,
      (a, b) => a.join() === b.join(),
    )
    store.report(paywall(), { feature: 'reports', key: 'one' })
    store.report(paywall({ reason: 'trial_ended' }), { feature: 'reports', key: 'two' })
    expect(onFeatures).toHaveBeenCalledTimes(1)
    expect(onFeatures).toHaveBeenCalledWith(['reports'])
  })

  it('should stop after unsubscribing', () => {
    const store = createPaywallStore()
    const onOpen = vi.fn()
    const unsubscribe = store.select((state) => state.isOpen, onOpen)
    unsubscribe()
    store.report(expired)
    expect(onOpen).not.toHaveBeenCalled()
  })
})

describe('given a feature whose name is also an object member', () => {
  it('should read it as unlocked until a 402 locks it', () => {
    const store = createPaywallStore()
    store.report(expired, { feature: 'reports' })
    expect(store.getSnapshot().locks.constructor).toBeUndefined()
    expect(store.getSnapshot().locks.toString).toBeUndefined()

    store.report(expired, { feature: '__proto__' })
    expect(Object.keys(store.getSnapshot().locks)).toEqual(['reports', '__proto__'])
    expect(({} as Record<string, unknown>).reports).toBeUndefined()
  })
})

describe('given the user dismisses the paywall ("Not now")', () => {
  it('should close it, keep the locks and emit paywall_dismissed', async () => {
    const { onEvent, types, events } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.dismiss()

    const state = store.getSnapshot()
    expect(state.isOpen).toBe(false)
    expect(state.dismissed).toBe(true)
    expect(state.locks).toEqual({ reports: expired })
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed'])
    expect(events[1]).toMatchObject({ reason: 'subscription_expired', feature: 'reports', paywall: expired })
    await settle()
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed'])
  })

  it('should only lock quietly on background 402s', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.dismiss()

    const background = paywall({ reason: 'quota_exceeded' })
    store.report(background, { feature: 'exports', interactive: false })
    await settle()

    const state = store.getSnapshot()
    expect(state.isOpen).toBe(false)
    expect(state.dismissed).toBe(true)
    expect(state.locks).toEqual({ reports: expired, exports: background })
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed'])
  })

  it('should reopen when the user causes another 402', async () => {
    const { onEvent, events } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.dismiss()
    await settle()

    const again = paywall({ reason: 'quota_exceeded' })
    store.report(again, { feature: 'exports' })
    await settle()

    const state = store.getSnapshot()
    expect(state).toMatchObject({
      isOpen: true,
      dismissed: false,
      current: again,
      feature: 'exports',
      count: 1,
    })
    expect(events.map((e) => [e.type, e.feature])).toEqual([
      ['paywall_shown', 'reports'],
      ['paywall_dismissed', 'reports'],
      ['paywall_shown', 'exports'],
    ])
  })

  it('should do nothing when nothing is open', () => {
    const { onEvent, events } = recorder()
    const store = createPaywallStore({ onEvent })
    const before = store.getSnapshot()
    store.dismiss()
    expect(store.getSnapshot()).toBe(before)
    expect(events).toEqual([])
  })

  it('should open a background 402 when nothing was dismissed', () => {
    const store = createPaywallStore()
    store.report(expired, { interactive: false })
    expect(store.getSnapshot().isOpen).toBe(true)
  })
})

describe('given the user opens the paywall again', () => {
  it('should show a locked feature its own paywall', async () => {
    const { onEvent, events } = recorder()
    const store = createPaywallStore({ onEvent })
    const quota = paywall({ reason: 'quota_exceeded' })
    store.report(expired, { feature: 'reports', key: 'r' })
    store.report(quota, { feature: 'exports', key: 'e' })
    store.dismiss()
    store.open('exports')
    await settle()

    expect(store.getSnapshot()).toMatchObject({
      isOpen: true,
      dismissed: false,
      current: quota,
      feature: 'exports',
      count: 1,
    })
    expect(events.at(-1)).toMatchObject({
      type: 'paywall_shown',
      reason: 'quota_exceeded',
      feature: 'exports',
      count: 1,
    })
  })

  it('should reopen the dismissed paywall when no feature is named', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.dismiss()
    store.open()
    await settle()

    expect(store.getSnapshot()).toMatchObject({ isOpen: true, dismissed: false, current: expired })
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed', 'paywall_shown'])
  })

  it('should do nothing for a feature that is not locked', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.open('reports')
    store.open()
    await settle()
    expect(store.getSnapshot().isOpen).toBe(false)
    expect(types()).toEqual([])
  })

  it('should not announce again a paywall that is already open', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    await settle()
    const before = store.getSnapshot()
    store.open('reports')
    store.open()
    await settle()
    expect(store.getSnapshot()).toBe(before)
    expect(types()).toEqual(['paywall_shown'])
  })
})

describe('given the user follows the action link', () => {
  it('should emit action_clicked for the current paywall', async () => {
    const { onEvent, events } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.followAction()

    expect(events.map((e) => e.type)).toEqual(['paywall_shown', 'action_clicked'])
    expect(events[1]).toMatchObject({
      reason: 'subscription_expired',
      feature: 'reports',
      requestId: 'req_1',
    })
  })

  it('should close the paywall and keep the locks, without counting it as "Not now"', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.followAction()
    await settle()

    const state = store.getSnapshot()
    expect(state).toMatchObject({ isOpen: false, dismissed: false, current: expired, feature: 'reports' })
    expect(state.locks).toEqual({ reports: expired })
    expect(types()).toEqual(['paywall_shown', 'action_clicked'])
  })

  it('should only lock quietly on background 402s while the user pays', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports', key: 'reports' })
    store.followAction()

    const background = paywall({ reason: 'quota_exceeded' })
    store.report(background, { feature: 'exports', key: 'exports', interactive: false })
    store.report(expired, { feature: 'reports', key: 'reports', interactive: false })
    await settle()

    const state = store.getSnapshot()
    expect(state.isOpen).toBe(false)
    expect(state.locks).toEqual({ reports: expired, exports: background })
    expect(types()).toEqual(['paywall_shown', 'action_clicked'])
  })

  it('should reopen when the user causes another 402', async () => {
    const { onEvent, events } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.followAction()
    await settle()

    const again = paywall({ reason: 'quota_exceeded' })
    store.report(again, { feature: 'exports' })
    await settle()

    expect(store.getSnapshot()).toMatchObject({ isOpen: true, current: again, feature: 'exports' })
    expect(events.map((e) => [e.type, e.feature])).toEqual([
      ['paywall_shown', 'reports'],
      ['action_clicked', 'reports'],
      ['paywall_shown', 'exports'],
    ])
  })

  it('should reopen when the user opens the locked feature, and then pop up for background 402s again', async () => {
    const store = createPaywallStore()
    store.report(expired, { feature: 'reports' })
    store.followAction()

    store.open('reports')
    expect(store.getSnapshot()).toMatchObject({ isOpen: true, current: expired })

    store.dismiss()
    store.resolve()
    store.report(expired, { feature: 'reports', interactive: false })
    expect(store.getSnapshot().isOpen).toBe(true)
  })

  it('should open the next background 402 after the payment resolved the paywall', () => {
    const store = createPaywallStore()
    store.report(expired, { feature: 'reports' })
    store.followAction()
    store.resolve()

    store.report(expired, { feature: 'reports', interactive: false })

    expect(store.getSnapshot().isOpen).toBe(true)
  })

  it('should only emit action_clicked when no paywall was reported', () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    const before = store.getSnapshot()
    store.followAction()

    expect(store.getSnapshot()).toBe(before)
    expect(types()).toEqual(['action_clicked'])
    store.report(expired, { interactive: false })
    expect(store.getSnapshot().isOpen).toBe(true)
  })

  it('should keep a "Not now" given before the click', () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    store.dismiss()
    store.followAction()

    expect(store.getSnapshot()).toMatchObject({ isOpen: false, dismissed: true })
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed', 'action_clicked'])
  })
})

describe('given the modal is closed by close() ("Try again")', () => {
  it('should close it without an event, and keep the locks and the dismissal as they were', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    await settle()

    store.close()

    expect(store.getSnapshot()).toMatchObject({ isOpen: false, dismissed: false, current: expired })
    expect(Object.keys(store.getSnapshot().locks)).toEqual(['reports'])
    expect(types()).toEqual(['paywall_shown'])
  })

  it('should do nothing when the modal is already closed', () => {
    const store = createPaywallStore()
    const listener = vi.fn()
    store.subscribe(listener)

    store.close()

    expect(listener).not.toHaveBeenCalled()
  })
})

describe('given the payment is done', () => {
  it('should clear everything, emit paywall_resolved and return each report once', async () => {
    const { onEvent, events } = recorder()
    const store = createPaywallStore({ onEvent })
    const a = store.report(expired, { feature: 'reports', key: 'a', source: 'query' })
    const b = store.report(paywall(), { feature: 'exports', key: 'b', source: 'query' })
    await settle()

    expect(store.resolve()).toEqual([a, b])
    expect(store.getSnapshot()).toEqual({
      current: null,
      isOpen: false,
      count: 0,
      locks: {},
      reports: [],
      dismissed: false,
    })
    expect(events.at(-1)).toMatchObject({
      type: 'paywall_resolved',
      count: 2,
      reason: 'subscription_expired',
    })

    expect(store.resolve()).toEqual([])
    expect(events.filter((e) => e.type === 'paywall_resolved')).toHaveLength(1)
  })

  it('should resolve a dismissed paywall too', () => {
    const store = createPaywallStore()
    const report = store.report(expired, { feature: 'reports', key: 'a' })
    store.dismiss()
    expect(store.resolve()).toEqual([report])
    expect(store.getSnapshot().dismissed).toBe(false)
    expect(store.getSnapshot().locks).toEqual({})
  })

  it('should announce the paywall before its resolution when both happen in one tick', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired)
    store.resolve()
    await settle()
    expect(types()).toEqual(['paywall_shown', 'paywall_resolved'])
  })

  it('should open the next 402 as a new paywall', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired)
    store.dismiss()
    store.resolve()
    store.report(expired, { interactive: false })
    await settle()
    expect(store.getSnapshot().isOpen).toBe(true)
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed', 'paywall_resolved', 'paywall_shown'])
  })
})

describe('given a request that hit a 402 later succeeds', () => {
  it('should forget its report and unlock its feature', () => {
    const store = createPaywallStore()
    const quota = paywall({ reason: 'quota_exceeded' })
    store.report(expired, { feature: 'reports', key: 'r' })
    store.report(quota, { feature: 'exports', key: 'e' })
    store.clear('e')

    expect(store.getSnapshot().reports.map((r) => r.key)).toEqual(['r'])
    expect(store.getSnapshot().locks).toEqual({ reports: expired })
  })

  it('should keep a feature locked while another report still locks it', () => {
    const store = createPaywallStore()
    const second = paywall({ reason: 'upgrade_required' })
    store.report(expired, { feature: 'reports', key: 'list' })
    store.report(second, { feature: 'reports', key: 'detail' })
    store.clear('list')
    expect(store.getSnapshot().locks).toEqual({ reports: second })
  })

  it('should show the next most specific paywall when the one shown is forgotten', () => {
    const store = createPaywallStore()
    const quota = paywall({ reason: 'quota_exceeded' })
    store.report(expired, { feature: 'reports', key: 'r' })
    store.report(paywall(), { feature: 'other', key: 'o' })
    store.report(quota, { feature: 'exports', key: 'e' })
    store.clear('r')
    expect(store.getSnapshot()).toMatchObject({ current: quota, feature: 'exports', isOpen: true })
  })

  it('should close the paywall when no report is left', async () => {
    const { onEvent, types } = recorder()
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports', key: 'r' })
    store.dismiss()
    store.clear('r')
    await settle()

    expect(store.getSnapshot()).toMatchObject({ current: null, isOpen: false, dismissed: false, locks: {} })
    expect(types()).toEqual(['paywall_shown', 'paywall_dismissed'])
  })

  it('should change nothing for a key it never saw', () => {
    const store = createPaywallStore()
    store.report(expired, { key: 'r' })
    const before = store.getSnapshot()
    store.clear('unknown')
    expect(store.getSnapshot()).toBe(before)
  })
})

describe('given a component emits an event', () => {
  it('should stamp it with the clock and pass it on', () => {
    const { onEvent, events } = recorder()
    const store = createPaywallStore({ onEvent, now: () => 42 })
    store.emit({ type: 'threshold_crossed', threshold: 0.8, label: 'API calls' })
    store.emit({ type: 'grace_banner_shown', at: 7, feature: undefined })

    expect(events).toEqual([
      { type: 'threshold_crossed', at: 42, threshold: 0.8, label: 'API calls' },
      { type: 'grace_banner_shown', at: 7 },
    ])
  })

  it('should read the real clock by default', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'))
    const { onEvent, events } = recorder()
    createPaywallStore({ onEvent }).emit({ type: 'grace_banner_shown' })
    expect(events[0]?.at).toBe(Date.parse('2026-11-20T10:00:00Z'))
  })
})

describe('given a telemetry callback that throws', () => {
  it('should keep the store working', async () => {
    const onEvent = vi.fn(() => {
      throw new Error('analytics down')
    })
    const store = createPaywallStore({ onEvent })
    store.report(expired, { feature: 'reports' })
    await settle()
    expect(() => store.dismiss()).not.toThrow()
    expect(() => store.followAction()).not.toThrow()
    expect(() => store.emit({ type: 'grace_banner_shown' })).not.toThrow()
    expect(store.resolve()).toHaveLength(1)
    expect(onEvent).toHaveBeenCalledTimes(5)
    expect(store.getSnapshot().locks).toEqual({})
  })
})

describe('given something that is not a paywall', () => {
  it('should refuse it with an actionable error', () => {
    const store = createPaywallStore()
    expect(() => store.report(null as unknown as PaymentRequired)).toThrow(/parsePaymentRequired/)
    expect(store.getSnapshot().reports).toEqual([])
  })
})
