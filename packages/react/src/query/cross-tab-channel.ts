/**
 * What one tab tells the others. Only a type and keys (query hashes and feature names), never a
 * paywall body, a URL or anything else the server sent.
 * - `resolve`: the user paid here (`resolve()`, or a return to this tab found everything unlocked).
 * - `unlock`: these queries' refetches succeeded here, so the features they locked are unlocked.
 * - `dismiss`: "Not now" on the paywall of these queries and features.
 */
export interface CrossTabMessage {
  type: 'resolve' | 'unlock' | 'dismiss'
  /** Query hashes of the reports concerned. */
  keys: string[]
  /** Features concerned. */
  features: string[]
}

/** A link to the app's other tabs. */
export interface CrossTabChannel {
  post(message: CrossTabMessage): void
  close(): void
}

const TYPES = new Set<CrossTabMessage['type']>(['resolve', 'unlock', 'dismiss'])
// Bounds on what a message from another tab (or anything else on the channel) may carry.
const MAX_KEYS = 500
const MAX_KEY_LENGTH = 2_000

const isKeyList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_KEYS &&
  value.every((key) => typeof key === 'string' && key.length <= MAX_KEY_LENGTH)

/**
 * The message in `data`, or `null` when it is not one: anything may be posted on a channel of the same
 * name (an old version of the app, another library, a hand-written `localStorage` entry).
 */
export function readCrossTabMessage(data: unknown): CrossTabMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, keys, features } = data as Record<string, unknown>
  if (typeof type !== 'string' || !TYPES.has(type as CrossTabMessage['type'])) return null
  if (!isKeyList(keys) || !isKeyList(features)) return null
  return { type: type as CrossTabMessage['type'], keys: [...keys], features: [...features] }
}

/**
 * Opens the channel `name` to the page's other tabs of the same origin: a `BroadcastChannel`, else
 * `storage` events of `localStorage` (browsers without `BroadcastChannel`); `null` without either
 * (a server, a sandboxed frame). `onMessage` receives only well-formed messages of other tabs.
 */
export function openCrossTabChannel(
  name: string,
  onMessage: (message: CrossTabMessage) => void,
): CrossTabChannel | null {
  const deliver = (data: unknown) => {
    const message = readCrossTabMessage(data)
    if (message) onMessage(message)
  }

  if (typeof BroadcastChannel === 'function') {
    try {
      const channel = new BroadcastChannel(name)
      channel.onmessage = (event: MessageEvent) => deliver(event.data)
      return {
        post(message) {
          try {
            channel.postMessage(message)
          } catch {
            // A closed channel: the provider is unmounting.
          }
        },
        close: () => channel.close(),
      }
    } catch {
      // Fall through to storage events.
    }
  }

  const storage = localStorageOf()
  if (!storage) return null
  const storageKey = `paywall-kit:cross-tab:${name}`
  // `storage` events fire in the other tabs only, and only when the value changes: a counter makes
  // each message a new value.
  let sent = 0
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey || event.newValue === null) return
    try {
      deliver(JSON.parse(event.newValue))
    } catch {
      // Not JSON: not ours.
    }
  }
  window.addEventListener('storage', onStorage)
  return {
    post(message) {
      try {
        storage.setItem(storageKey, JSON.stringify({ ...message, sent: `${Date.now()}-${++sent}` }))
      } catch {
        // Quota or blocked storage: the other tabs catch up on their own next fetch.
      }
    },
    close: () => window.removeEventListener('storage', onStorage),
  }
}

function localStorageOf(): Storage | null {
  try {
    return typeof window !== 'undefined' && typeof window.addEventListener === 'function'
      ? window.localStorage
      : null
  } catch {
    return null
  }
}
