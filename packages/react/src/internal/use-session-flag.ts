import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()
// Where sessionStorage is unavailable (blocked cookies, sandboxed iframes) the flag lasts for the page.
const memory = new Set<string>()

function read(key: string): boolean {
  if (memory.has(key)) return true
  try {
    return globalThis.sessionStorage?.getItem(key) === '1'
  } catch {
    return false
  }
}

function write(key: string) {
  try {
    if (!globalThis.sessionStorage) throw new Error('no sessionStorage')
    globalThis.sessionStorage.setItem(key, '1')
  } catch {
    memory.add(key)
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

const getServerSnapshot = () => false

/**
 * A boolean kept in `sessionStorage` under `key` (so it lasts for the tab's session), shared by every
 * component using the same key. Always `false` on the server and during hydration, so server HTML and
 * the first client render agree; `null` as the key disables it.
 *
 * @returns The flag, and a function that sets it.
 */
export function useSessionFlag(key: string | null): readonly [boolean, () => void] {
  const value = useSyncExternalStore(subscribe, () => key !== null && read(key), getServerSnapshot)
  // Not memoized: the banner calls it from a handler that is new on every render anyway.
  const set = () => {
    if (key !== null) write(key)
  }
  return [value, set] as const
}
