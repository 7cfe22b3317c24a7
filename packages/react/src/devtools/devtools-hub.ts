import type { PaywallEvent, PaywallStore } from '@paywall-kit/core'

/** A usage meter on the page, as the devtools list it. */
export interface DevtoolsMeter {
  /** The meter's label: what it measures, and the key its usage override is kept under. */
  label: string
  /** The amount the app passed (not the override). */
  used: number
  /** The limit the app passed; `null` or `undefined` mean unlimited. */
  limit?: number | null
}

/** The raw 402 behind a report, when the devtools made it or could still read it. */
export interface DevtoolsRawBody {
  status: number
  /** Header name → value, as received. */
  headers: Readonly<Record<string, string>>
  /** The body as text. */
  body: string
}

/** What the devtools change and watch beside the paywall store. Immutable: a new object on each change. */
export interface DevtoolsHubState {
  /** Usage shown instead of the app's, per meter label. */
  usage: Readonly<Record<string, number>>
  /** The time grace banners read, epoch ms; `null` means the real clock. */
  now: number | null
  /** The meters mounted under the provider, by label. */
  meters: Readonly<Record<string, DevtoolsMeter>>
  /** The provider's events, oldest first, at most `EVENT_LOG_SIZE`. */
  events: readonly PaywallEvent[]
  /** Raw 402s by report id. */
  bodies: Readonly<Record<string, DevtoolsRawBody>>
}

/**
 * The link between one provider's store and `@paywall-kit/devtools`: overrides the components read
 * (a meter's usage, the grace clock), the meters mounted, the event log and raw bodies. Development
 * only: the components read it behind `process.env.NODE_ENV !== 'production'`.
 */
export interface DevtoolsHub {
  getSnapshot(): DevtoolsHubState
  subscribe(listener: () => void): () => void
  /** Show `used` on the meter labelled `label` instead of the app's value; `undefined` removes the override. */
  setUsage(label: string, used: number | undefined): void
  /** Move the grace banners' clock to `now` (epoch ms); `null` returns to the real clock. */
  setNow(now: number | null): void
  /** Called by each mounted meter; returns the function that forgets it. */
  registerMeter(meter: DevtoolsMeter): () => void
  /** Append an event to the log (the provider calls it for each `onEvent`). */
  record(event: PaywallEvent): void
  clearEvents(): void
  /** Keep the raw 402 behind a report. */
  keepBody(reportId: string, body: DevtoolsRawBody): void
  /** Remove every override (usage, clock); keeps the log, the meters and the bodies. */
  resetOverrides(): void
}

/** How many events the log keeps; older ones drop off. */
export const EVENT_LOG_SIZE = 200

const empty: DevtoolsHubState = Object.freeze({
  usage: Object.freeze({}),
  now: null,
  meters: Object.freeze({}),
  events: Object.freeze([]),
  bodies: Object.freeze({}),
})

/** A new hub. Prefer `devtoolsHubOf(store)`, which gives every reader of one store the same hub. */
export function createDevtoolsHub(): DevtoolsHub {
  const listeners = new Set<() => void>()
  let state = empty
  const set = (patch: Partial<DevtoolsHubState>) => {
    state = Object.freeze({ ...state, ...patch })
    for (const listener of [...listeners]) listener()
  }
  const without = <T>(record: Readonly<Record<string, T>>, key: string) => {
    const { [key]: _removed, ...rest } = record
    return rest
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    setUsage(label, used) {
      if (used === undefined || !Number.isFinite(used)) {
        if (label in state.usage) set({ usage: without(state.usage, label) })
        return
      }
      if (state.usage[label] !== used) set({ usage: { ...state.usage, [label]: Math.max(0, used) } })
    },
    setNow(now) {
      const next = now !== null && Number.isFinite(now) ? now : null
      if (next !== state.now) set({ now: next })
    },
    registerMeter(meter) {
      const held = state.meters[meter.label]
      if (!held || held.used !== meter.used || held.limit !== meter.limit) {
        set({ meters: { ...state.meters, [meter.label]: { ...meter } } })
      }
      return () => {
        if (state.meters[meter.label]) set({ meters: without(state.meters, meter.label) })
      }
    },
    record(event) {
      set({ events: [...state.events, event].slice(-EVENT_LOG_SIZE) })
    },
    clearEvents() {
      if (state.events.length) set({ events: [] })
    },
    keepBody(reportId, body) {
      set({ bodies: { ...state.bodies, [reportId]: body } })
    },
    resetOverrides() {
      if (Object.keys(state.usage).length || state.now !== null) set({ usage: {}, now: null })
    },
  }
}

const hubs = new WeakMap<PaywallStore, DevtoolsHub>()

/** The hub of a provider's store, made on first use: the provider, the components and the panel share it. */
export function devtoolsHubOf(store: PaywallStore): DevtoolsHub {
  let hub = hubs.get(store)
  if (!hub) {
    hub = createDevtoolsHub()
    hubs.set(store, hub)
  }
  return hub
}
