import type { PaywallEvent } from '@paywall-kit/react'
import { useSyncExternalStore } from 'react'

/** One line of the business-event log: a kit telemetry event, or a note about the demo itself. */
export type LogEntry = PaywallEntry | NoteEntry

interface PaywallEntry {
  id: number
  kind: 'paywall'
  at: number
  event: PaywallEvent
}

interface NoteEntry {
  id: number
  kind: 'demo'
  at: number
  note: string
}

const limit = 200

/** Keeps the latest telemetry events in memory, newest first, for the Events drawer. */
export function createEventLog() {
  let entries: readonly LogEntry[] = []
  let nextId = 1
  const listeners = new Set<() => void>()

  const push = (entry: Omit<PaywallEntry, 'id'> | Omit<NoteEntry, 'id'>) => {
    entries = [{ ...entry, id: nextId++ }, ...entries].slice(0, limit)
    for (const listener of listeners) listener()
  }

  return {
    /** The kit's `onEvent` callback. */
    record(event: PaywallEvent): void {
      push({ kind: 'paywall', at: event.at ?? Date.now(), event })
    },
    /** A demo note (scenario changed, clock moved): context between the business events. */
    note(note: string): void {
      push({ kind: 'demo', at: Date.now(), note })
    },
    clear(): void {
      entries = []
      for (const listener of listeners) listener()
    },
    getSnapshot: (): readonly LogEntry[] => entries,
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The app's one event log. */
export const eventLog = createEventLog()

/** The log's entries, newest first. */
export function useEventLog(): readonly LogEntry[] {
  return useSyncExternalStore(eventLog.subscribe, eventLog.getSnapshot, eventLog.getSnapshot)
}
