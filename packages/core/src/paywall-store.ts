import type {
  PaymentRequired,
  PaywallEvent,
  PaywallEventType,
  PaywallReport,
  PaywallState,
  PaywallStore,
  PaywallStoreOptions,
} from './types'

// Null prototype: a feature named "constructor" or "__proto__" must read as unlocked, not as Object's members.
const { freeze } = Object
const initial: PaywallState = freeze({
  current: null,
  feature: undefined,
  isOpen: false,
  count: 0,
  locks: freeze(Object.create(null)),
  reports: freeze([]),
  dismissed: false,
})

/** Higher is more specific: a named reason outweighs any number of extra details. */
const specificity = (paywall: PaymentRequired) =>
  (paywall.reason === 'payment_required' ? 0 : 10) +
  [
    paywall.action,
    paywall.plans?.length,
    paywall.usage,
    paywall.graceEndsAt,
    paywall.support,
    paywall.docUrl,
  ].filter(Boolean).length

/**
 * Creates the paywall state for one app: it merges 402s that arrive together into one open paywall
 * (the most specific wins), keeps locks per feature, respects "Not now" and emits telemetry.
 * Framework-agnostic: React reads it through `useSyncExternalStore(store.subscribe, store.getSnapshot)`.
 *
 * - `paywall_shown` is emitted once per opening, in a microtask after it opened, so that it carries the
 *   most specific paywall and the count of reports that arrived in the same tick. Any other event
 *   flushes it first, so events always arrive in order.
 * - A report with the same `key` as an earlier one replaces it (the latest wins); `count` counts distinct keys.
 * - After `dismiss()` or `followAction()`, reports with `interactive: false` only lock their feature;
 *   interactive ones reopen.
 * - When `clear()` removes the last report, the store returns to its initial state (the paywall closes).
 */
export function createPaywallStore({ onEvent, now = Date.now }: PaywallStoreOptions = {}): PaywallStore {
  const listeners = new Set<() => void>()
  let state = initial
  let merged = new Set<string>()
  let shownPending = false
  let lastId = 0
  // The user followed the action link: they are paying, so background 402s must not pop up on top.
  let acted = false

  const set = (patch: Partial<PaywallState>) => {
    state = freeze({ ...state, ...patch })
    for (const listener of [...listeners]) {
      try {
        listener()
      } catch (error) {
        // Surface the bug without stopping the other listeners or the caller (often a cache callback).
        setTimeout(() => {
          throw error
        })
      }
    }
  }

  // A pending `paywall_shown` goes first, so that events always arrive in order.
  const send = (event: Omit<PaywallEvent, 'at'> & { at?: number }) => {
    flushShown()
    const sent = { ...event, at: event.at ?? now() }
    for (const name in sent)
      if (sent[name as keyof PaywallEvent] === undefined) delete sent[name as keyof PaywallEvent]
    try {
      onEvent?.(sent)
    } catch {
      // Telemetry must never break the app.
    }
  }

  const fire = (type: PaywallEventType, count?: number) => {
    const paywall = state.current || undefined
    send({
      type,
      reason: paywall?.reason,
      feature: state.feature,
      code: paywall?.code,
      requestId: paywall?.requestId,
      count,
      paywall,
    })
  }

  const flushShown = () => {
    if (!shownPending) return
    shownPending = false
    if (state.current) fire('paywall_shown', state.count)
  }

  const show = (patch: Partial<PaywallState>) => {
    acted = false
    set({ ...patch, isOpen: true, dismissed: false })
    if (!shownPending) Promise.resolve().then(flushShown)
    shownPending = true
  }

  /** The most specific report per feature; the previous object when no lock changed. */
  const locksOf = (reports: readonly PaywallReport[]) => {
    const next: Record<string, PaymentRequired> = Object.create(null)
    for (const { feature, paywall } of reports) {
      // A report without a feature locks nothing.
      if (feature === undefined) continue
      const held = next[feature]
      if (!held || specificity(paywall) >= specificity(held)) next[feature] = paywall
    }
    const previous = state.locks
    const features = Object.keys(next)
    return features.length === Object.keys(previous).length &&
      features.every((feature) => previous[feature] === next[feature])
      ? previous
      : freeze(next)
  }

  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }

  const reset = () => {
    flushShown()
    merged = new Set()
    acted = false
    set(initial)
  }

  return {
    getSnapshot: () => state,
    subscribe,

    select(selector, listener, isEqual = Object.is) {
      let slice = selector(state)
      return subscribe(() => {
        const next = selector(state)
        if (isEqual(slice, next)) return
        slice = next
        listener(next)
      })
    },

    report(paywall, { feature = paywall?.feature, source = 'manual', key, retry, interactive = true } = {}) {
      if (!paywall || typeof paywall !== 'object') {
        throw new TypeError('report() needs a paywall from parsePaymentRequired()')
      }
      const report: PaywallReport = freeze({ id: `${++lastId}`, paywall, feature, source, key, retry })
      const reports = freeze([
        ...state.reports.filter((earlier) => key === undefined || earlier.key !== key),
        report,
      ])
      const locks = locksOf(reports)
      const mergeKey = key ?? report.id

      // A report that replaced the current one takes its place, even with fewer details.
      const replaced = state.current !== null && !reports.some((r) => r.paywall === state.current)
      if (state.isOpen && state.current) {
        merged.add(mergeKey)
        const wins = specificity(paywall) > specificity(state.current) || replaced
        set({ reports, locks, count: merged.size, ...(wins && { current: paywall, feature }) })
      } else if ((state.dismissed || acted) && !interactive) {
        set({ reports, locks, ...(replaced && { current: paywall, feature }) })
      } else {
        merged = new Set([mergeKey])
        show({ reports, locks, current: paywall, feature, count: 1 })
      }
      return report
    },

    open(feature) {
      const target = feature === undefined ? state.current : state.locks[feature]
      if (!target || (state.isOpen && target === state.current)) return
      if (feature === undefined) return show({})
      merged = new Set(state.reports.filter((r) => r.feature === feature).map((r) => r.key ?? r.id))
      show({ current: target, feature, count: merged.size })
    },

    dismiss() {
      if (!state.isOpen) return
      fire('paywall_dismissed')
      set({ isOpen: false, dismissed: true })
    },

    followAction() {
      fire('action_clicked')
      if (!state.current) return
      acted = true
      if (state.isOpen) set({ isOpen: false })
    },

    close() {
      if (state.isOpen) set({ isOpen: false })
    },

    resolve() {
      const { reports } = state
      if (state.current || reports.length) {
        fire('paywall_resolved', reports.length)
        reset()
      }
      return reports
    },

    clear(key) {
      const reports = state.reports.filter((report) => report.key !== key)
      if (reports.length === state.reports.length) return
      if (!reports.length) return reset()
      // The most specific report left; on a tie the latest, whose data is freshest.
      const best = reports.some((report) => report.paywall === state.current)
        ? undefined
        : reports.reduce((best, report) =>
            specificity(best.paywall) > specificity(report.paywall) ? best : report,
          )
      set({
        reports: freeze(reports),
        locks: locksOf(reports),
        ...(best && { current: best.paywall, feature: best.feature }),
      })
    },

    emit: send,
  }
}
