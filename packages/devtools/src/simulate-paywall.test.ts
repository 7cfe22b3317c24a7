import { dialectStatus, dialects } from '@paywall-kit/mock-billing'
import { createPaywallStore } from '@paywall-kit/react'
import { devtoolsHubOf, type PaywallDevtoolsBridge } from '@paywall-kit/react/devtools'
import { describe, expect, it } from 'vitest'
import { resetPaywall, simulatePaywall } from './simulate-paywall'

function bridgeOf(): PaywallDevtoolsBridge {
  const store = createPaywallStore()
  return {
    store,
    client: null,
    parseOptions: {},
    hub: devtoolsHubOf(store),
    actions: {
      open: store.open,
      dismiss: store.dismiss,
      followAction: store.followAction,
      resolve: async () => void store.resolve(),
      report: store.report as PaywallDevtoolsBridge['actions']['report'],
    },
  }
}

describe('given a simulated 402 on a feature', () => {
  it.each(dialects.filter((dialect) => dialectStatus(dialect) === 402))(
    'should lock the feature from a real %s response and keep its raw body',
    async (dialect) => {
      const bridge = bridgeOf()
      const result = await simulatePaywall(bridge, {
        reason: 'payment_failed',
        dialect,
        target: { kind: 'feature', feature: 'exports' },
      })
      if (!result.ok) throw new Error(result.message)
      expect(bridge.store.getSnapshot().locks.exports).toBe(result.report.paywall)
      expect(bridge.store.getSnapshot().isOpen).toBe(true)
      expect(bridge.hub.getSnapshot().bodies[result.report.id]?.status).toBe(402)
    },
  )

  it('should carry the chosen reason in the dialects that can say it', async () => {
    const bridge = bridgeOf()
    const result = await simulatePaywall(bridge, {
      reason: 'insufficient_credits',
      dialect: 'nested',
      target: { kind: 'feature', feature: 'ai_summaries' },
    })
    expect(result.ok && result.report.paywall).toMatchObject({
      reason: 'insufficient_credits',
      dialect: 'nested',
    })
  })

  it('should only lock, without opening, as a background refetch after "Not now"', async () => {
    const bridge = bridgeOf()
    await simulatePaywall(bridge, {
      reason: 'trial_ended',
      dialect: 'flat',
      target: { kind: 'feature', feature: 'a' },
    })
    bridge.store.dismiss()
    await simulatePaywall(bridge, {
      reason: 'trial_ended',
      dialect: 'flat',
      target: { kind: 'feature', feature: 'b' },
      interactive: false,
    })
    expect(Object.keys(bridge.store.getSnapshot().locks)).toEqual(['a', 'b'])
    expect(bridge.store.getSnapshot().isOpen).toBe(false)
  })
})

describe('given a dialect the kit does not take for a paywall without the app’s classify', () => {
  it.each(dialects.filter((dialect) => dialectStatus(dialect) !== 402))(
    'should report the %s response as a paywall or say why not, never throw',
    async (dialect) => {
      const bridge = bridgeOf()
      const result = await simulatePaywall(bridge, {
        reason: 'quota_exceeded',
        dialect,
        target: { kind: 'feature', feature: 'api_calls' },
      })
      if (result.ok) expect(bridge.store.getSnapshot().locks.api_calls).toBeDefined()
      else {
        expect(result.message).toContain(dialect)
        expect(bridge.store.getSnapshot().reports).toEqual([])
      }
    },
  )
})

describe('given Reset', () => {
  it('should forget every report, keyed or not, and every override, without a paywall_resolved', async () => {
    const events: string[] = []
    const store = createPaywallStore({ onEvent: (event) => events.push(event.type) })
    const bridge = { ...bridgeOf(), store, hub: devtoolsHubOf(store) }
    await simulatePaywall(bridge, {
      reason: 'trial_ended',
      dialect: 'flat',
      target: { kind: 'feature', feature: 'a' },
    })
    store.report(
      { status: 402, reason: 'payment_required', title: 'Pay', message: 'Pay.', dialect: 'text' },
      { feature: 'b' },
    )
    bridge.hub.setUsage('Seats', 9)
    bridge.hub.setNow(0)

    resetPaywall(bridge)

    expect(store.getSnapshot()).toMatchObject({ current: null, isOpen: false, reports: [] })
    expect(bridge.hub.getSnapshot()).toMatchObject({ usage: {}, now: null })
    expect(events).not.toContain('paywall_resolved')
  })
})
