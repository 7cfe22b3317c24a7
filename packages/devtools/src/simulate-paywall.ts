import { type Dialect, paywallResponse } from '@paywall-kit/mock-billing'
import { type PaywallReason, type PaywallReport, readPaymentRequired } from '@paywall-kit/react'
import type { DevtoolsRawBody, PaywallDevtoolsBridge } from '@paywall-kit/react/devtools'

/** Where a simulated 402 lands: a query of the app's client (by its hash), or a feature. */
export type SimulationTarget = { kind: 'query'; queryHash: string } | { kind: 'feature'; feature: string }

/** What to simulate. */
export interface Simulation {
  reason: PaywallReason
  dialect: Dialect
  target: SimulationTarget
  /** As if a background refetch hit it: after "Not now" it only locks. @default true */
  interactive?: boolean
}

/** The outcome, in words for the panel's status line. */
export type SimulationResult = { ok: true; report: PaywallReport } | { ok: false; message: string }

async function rawOf(response: Response): Promise<DevtoolsRawBody> {
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.clone().text(),
  }
}

function featureOfQuery(bridge: PaywallDevtoolsBridge, queryHash: string): string | undefined {
  const feature = bridge.client?.getQueryCache().get(queryHash)?.meta?.paywallFeature
  return typeof feature === 'string' ? feature : undefined
}

/**
 * Makes a real response of the chosen reason and dialect (the mock billing API's own), reads it the way
 * the provider reads any 402 (its parse options included), and reports it to the store on the target:
 * for a query, under the query's hash, so that `resolve()` refetches that query; for a feature, under a
 * key of its own. The raw response is kept for the panel.
 */
export async function simulatePaywall(
  bridge: PaywallDevtoolsBridge,
  simulation: Simulation,
): Promise<SimulationResult> {
  const { reason, dialect, target, interactive = true } = simulation
  const queryFeature = target.kind === 'query' ? featureOfQuery(bridge, target.queryHash) : undefined
  const feature = target.kind === 'feature' ? target.feature : (queryFeature ?? 'reports')
  const response = paywallResponse({ reason, dialect, feature, url: globalThis.location?.href })
  const raw = await rawOf(response)
  const paywall = await readPaymentRequired(response, bridge.parseOptions)
  if (!paywall) {
    return {
      ok: false,
      message: `The kit does not read this ${dialect} response (HTTP ${response.status}) as a paywall with the provider's options.`,
    }
  }
  const report =
    target.kind === 'query'
      ? bridge.store.report(paywall, {
          key: target.queryHash,
          source: 'query',
          feature: queryFeature ?? paywall.feature,
          interactive,
        })
      : bridge.store.report(paywall, {
          key: `devtools:${target.feature}`,
          feature: target.feature,
          interactive,
        })
  bridge.hub.keepBody(report.id, raw)
  return { ok: true, report }
}

/**
 * Forgets every report without paying (no `paywall_resolved`, nothing refetched): locks go and the
 * paywall closes. Also removes the devtools' overrides (usage, clock).
 */
export function resetPaywall(bridge: PaywallDevtoolsBridge): void {
  const keys = new Set(bridge.store.getSnapshot().reports.map((report) => report.key))
  // `clear(undefined)` forgets the reports made without a key (e.g. `report()` by hand).
  for (const key of keys) bridge.store.clear(key as string)
  bridge.hub.resetOverrides()
}
