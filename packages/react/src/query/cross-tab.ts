import type { PaywallEvent, PaywallReport, PaywallStore } from '@paywall-kit/core'
import type { QueryClient } from '@tanstack/react-query'
import { type CrossTabChannel, type CrossTabMessage, openCrossTabChannel } from './cross-tab-channel'

/**
 * `PaywallProvider`'s `crossTab`: `true` for the channel `'paywall-kit'`, a string to name the channel
 * (apps that share an origin), `false` to keep each tab to itself.
 */
export type CrossTabOption = boolean | string

/** The channel name when `crossTab` is `true`. */
export const DEFAULT_CROSS_TAB_CHANNEL = 'paywall-kit'

/** The channel to use for a `crossTab` option, or `null` when it is off. */
export function crossTabChannelName(option: CrossTabOption | undefined): string | null {
  if (option === false) return null
  if (typeof option === 'string' && option.trim() !== '') return option
  return DEFAULT_CROSS_TAB_CHANNEL
}

/** Keeps one tab's paywall in step with the app's other open tabs. */
export interface CrossTabSync {
  /** Open the channel and watch the store; returns the cleanup. No-op without a channel (a server). */
  connect(): () => void
  /**
   * Hear an event of this tab's store: a "Not now" or a payment is told to the other tabs. Returns
   * `false` for the "Not now" this tab only repeated for another tab, which the app's `onEvent` must
   * not count a second time.
   */
  observe(event: PaywallEvent): boolean
}

const queryKeysOf = (reports: readonly PaywallReport[]) =>
  reports.flatMap((report) => (report.source === 'query' && report.key !== undefined ? [report.key] : []))

const featuresOf = (reports: readonly PaywallReport[]) => [
  ...new Set(reports.flatMap((report) => (report.feature === undefined ? [] : [report.feature]))),
]

/**
 * Tells the other tabs of the app (same origin, same channel name) when this tab unlocks or dismisses,
 * and follows what they tell it:
 * - a payment there (`resolve`) rechecks every query that hit the paywall here, quietly (a 402 again
 *   keeps it locked without a modal), and unlocks the other reports of the features paid for;
 * - a successful refetch there (`unlock`) rechecks the same queries and features here, quietly;
 * - "Not now" there closes this tab's modal when it shows the same queries or features, as "Not now"
 *   here would (locks stay; background 402s then only lock).
 *
 * The server stays the judge: a tab unlocks a query only when its own refetch succeeds. Mutations are
 * never replayed, and their keys (per tab) never cross.
 */
export function createCrossTabSync(
  name: string,
  store: PaywallStore,
  client: QueryClient | null,
): CrossTabSync {
  let channel: CrossTabChannel | null = null
  // True while this tab repeats another tab's action, so that it is not sent back.
  let applying = false
  // `resolve()` reported its payment already; the reset that follows is not sent again as `unlock`.
  let resolving = false
  let before: readonly PaywallReport[] = store.getSnapshot().reports

  function recheck(key: string | undefined) {
    const query = key === undefined ? undefined : client?.getQueryCache().get(key)
    // A locked query's own fetch counts as a background refetch (fetch-intent), so a 402 stays quiet.
    if (query) void query.fetch().catch(() => undefined)
  }

  function apply(message: CrossTabMessage) {
    const { reports, isOpen } = store.getSnapshot()
    const keys = new Set(message.keys)
    const features = new Set(message.features)
    const concerns = (report: PaywallReport) =>
      (report.source === 'query' && report.key !== undefined && keys.has(report.key)) ||
      (report.feature !== undefined && features.has(report.feature))
    applying = true
    try {
      if (message.type === 'dismiss') {
        if (isOpen && reports.some(concerns)) store.dismiss()
        return
      }
      for (const report of message.type === 'resolve' ? reports : reports.filter(concerns)) {
        if (report.source === 'query') recheck(report.key)
        // A 402 reported by hand cannot be refetched: the payment there unlocks its feature here.
        else if (
          message.type === 'resolve' &&
          report.source === 'manual' &&
          report.key !== undefined &&
          report.feature !== undefined &&
          features.has(report.feature)
        ) {
          store.clear(report.key)
        }
      }
    } finally {
      applying = false
    }
  }

  function onStoreChange() {
    const { reports, locks } = store.getSnapshot()
    const previous = before
    before = reports
    if (resolving) {
      resolving = false
      return
    }
    if (applying || reports === previous) return
    const remaining = new Set(reports.map((report) => report.key))
    const unlocked = previous.filter(
      (report) => report.source === 'query' && report.key !== undefined && !remaining.has(report.key),
    )
    if (unlocked.length === 0) return
    channel?.post({
      type: 'unlock',
      keys: queryKeysOf(unlocked),
      features: featuresOf(unlocked).filter((feature) => locks[feature] === undefined),
    })
  }

  return {
    connect() {
      channel = openCrossTabChannel(name, (message) => {
        try {
          apply(message)
        } catch (error) {
          if (process.env.NODE_ENV !== 'production') {
            console.warn('[paywall-kit] could not follow another tab’s paywall change.', error)
          }
        }
      })
      if (!channel) return () => {}
      before = store.getSnapshot().reports
      const unsubscribe = store.subscribe(onStoreChange)
      return () => {
        unsubscribe()
        channel?.close()
        channel = null
      }
    },
    observe(event) {
      if (applying) return event.type !== 'paywall_dismissed'
      if (event.type === 'paywall_resolved') {
        const { reports } = store.getSnapshot()
        // `resolve()` tells before it resets the store; a return to the tab tells after its recheck.
        if (reports.length > 0) resolving = true
        channel?.post({ type: 'resolve', keys: queryKeysOf(reports), features: featuresOf(reports) })
      } else if (event.type === 'paywall_dismissed') {
        const { reports } = store.getSnapshot()
        channel?.post({ type: 'dismiss', keys: queryKeysOf(reports), features: featuresOf(reports) })
      }
      return true
    },
  }
}
