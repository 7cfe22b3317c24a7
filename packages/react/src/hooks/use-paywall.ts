import {
  type ParseOptions,
  type PaymentRequired,
  type PaywallReport,
  type PaywallState,
  type ReportOptions,
  toPaymentRequired,
} from '@paywall-kit/core'
import { useMemo, useRef, useSyncExternalStore } from 'react'
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect'
import { usePaywallBridge } from '../provider/paywall-bridge-context'
import { usePaywallContext } from '../provider/paywall-context'
import type { PaywallQueryBridge } from '../query/paywall-query-bridge'
import { usePaywallSelector } from './use-paywall-selector'

/** The paywall state and its actions, as returned by `usePaywall()`. */
export interface UsePaywallResult {
  /** The paywall shown (the most specific of the 402s merged into it), or `null`. */
  current: PaymentRequired | null
  /** Whether the modal should be open. */
  isOpen: boolean
  /** How many 402s were merged into `current` since it opened. */
  count: number
  /** Locked features and the paywall that locked each. */
  locks: Readonly<Record<string, PaymentRequired>>
  /** The feature `current` came from, when known. */
  feature?: string
  /** Whether the user dismissed the current paywall ("Not now"). */
  dismissed: boolean
  /** Open the paywall again on user action: for a locked `feature`, or the current paywall. */
  open: (feature?: string) => void
  /** "Not now": close the modal; features stay locked and it does not reopen by itself. */
  dismiss: () => void
  /**
   * After payment: unlock everything and refetch each query that hit the paywall, once.
   * Mutations are never replayed; see `retry`. Resolves when the refetches have settled.
   */
  resolve: () => Promise<void>
  /**
   * The user followed the action link: closes the modal without counting it as "Not now" (background
   * 402s then stay quiet while they pay), and coming back to the tab re-checks the 402'd queries once.
   */
  followAction: () => void
  /**
   * Report a 402 by hand, from code outside TanStack Query (an AI SDK `useChat` `onError`, an SWR
   * `onError`, a WebSocket message): a `PaymentRequired`, or any error, recognised as the provider
   * recognises query errors (axios, ky, ofetch, tRPC, GraphQL clients, AI SDK, `{ status, body }`,
   * the provider's `classify`). Returns the report, or `null` when the error is no paywall (nothing
   * happens then). A ky 1 error's unread body: `report(await readPaywallError(error))`.
   */
  report: {
    (paywall: PaymentRequired, options?: ReportOptions): PaywallReport
    (error: unknown, options?: ReportOptions): PaywallReport | null
  }
  /**
   * "Try again" for the latest mutation behind the current paywall (its paywall, or its feature):
   * replays it once and closes the modal, which is not a "Not now". `undefined` when no such mutation
   * is waiting; a mutation of another feature is never offered.
   */
  retry?: () => void
}

function latestRetryable({ reports, current, feature }: PaywallState): PaywallReport | undefined {
  for (let index = reports.length - 1; index >= 0; index -= 1) {
    const report = reports[index]
    // "Try again" under another feature's paywall would replay a write the user is not looking at.
    if (
      report?.retry &&
      (report.paywall === current || (feature !== undefined && report.feature === feature))
    )
      return report
  }
  return undefined
}

// A parsed paywall (from `parsePaymentRequired`) as opposed to an error to recognise.
function isPaywallShape(input: unknown): input is PaymentRequired {
  if (typeof input !== 'object' || input === null || input instanceof Error) return false
  const { reason, title, message } = input as Partial<PaymentRequired>
  return typeof reason === 'string' && typeof title === 'string' && typeof message === 'string'
}

// The bridge's recognition is cached per error and is the one queries get; without a QueryClient, core's.
function recognise(
  error: unknown,
  bridge: PaywallQueryBridge | null,
  parseOptions: ParseOptions,
): PaymentRequired | null {
  if (bridge) return bridge.paywallOf(error)
  try {
    return toPaymentRequired(error, parseOptions)
  } catch {
    return null
  }
}

/** The actions of `usePaywall()`, without subscribing to the paywall state. */
export type PaywallActions = Omit<
  UsePaywallResult,
  'current' | 'isOpen' | 'count' | 'locks' | 'feature' | 'dismissed'
>

/**
 * The paywall actions of the nearest `PaywallProvider`. Re-renders only when the mutation waiting
 * for "Try again" changes, so a storm of 402s does not re-render its callers once per 402.
 */
export function usePaywallActions(): PaywallActions {
  const { store, parseOptions } = usePaywallContext('usePaywallActions')
  const { bridge } = usePaywallBridge()
  // Read when `report` runs, so that new options do not hand out new actions (and re-render callers).
  const latestOptions = useRef(parseOptions)
  useIsomorphicLayoutEffect(() => {
    latestOptions.current = parseOptions
  }, [parseOptions])
  const retryable = usePaywallSelector(latestRetryable)

  // The store's methods are closures (no `this`), so they are handed out as they are.
  const actions = useMemo(
    () => ({
      open: store.open,
      dismiss: store.dismiss,
      resolve: () => (bridge ? bridge.resolve() : Promise.resolve(void store.resolve())),
      // Straight to the bridge as well: the tab-return recheck is armed by the action, not by its telemetry.
      followAction: () => {
        store.followAction()
        bridge?.followAction()
      },
      report: ((input: unknown, options?: ReportOptions) => {
        const paywall = isPaywallShape(input) ? input : recognise(input, bridge, latestOptions.current)
        return paywall ? store.report(paywall, options) : null
      }) as PaywallActions['report'],
    }),
    [store, bridge],
  )

  const retry = useMemo(() => {
    if (!retryable) return undefined
    return () => {
      if (retryable.key) store.clear(retryable.key)
      store.close()
      retryable.retry?.()
    }
  }, [store, retryable])

  return useMemo(() => ({ ...actions, retry }), [actions, retry])
}

/**
 * The paywall state and actions of the nearest `PaywallProvider`. Re-renders on every paywall
 * change; to follow one feature only, use `useFeatureAccess` or `usePaywallSelector`.
 */
export function usePaywall(): UsePaywallResult {
  const { store } = usePaywallContext('usePaywall')
  const { current, isOpen, count, locks, feature, dismissed } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getSnapshot,
  )
  const actions = usePaywallActions()
  return { current, isOpen, count, locks, feature, dismissed, ...actions }
}
