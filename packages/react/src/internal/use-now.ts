import { useSyncExternalStore } from 'react'
import { subscribeNothing } from './subscribe-nothing'

// Days left change at midnight and expiry is shown within a minute: a coarse shared tick is enough,
// and one timer serves every banner on the page.
const TICK_MS = 60_000

let snapshot: number | null = null
let timer: ReturnType<typeof setInterval> | undefined
const listeners = new Set<() => void>()

function refresh() {
  snapshot = Date.now()
  for (const listener of listeners) listener()
}

// Timers pause while a laptop sleeps; catch up as soon as the tab is seen again.
function onVisibilityChange() {
  if (document.visibilityState === 'visible') refresh()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (listeners.size === 1) {
    timer = setInterval(refresh, TICK_MS)
    document.addEventListener('visibilitychange', onVisibilityChange)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    clearInterval(timer)
    document.removeEventListener('visibilitychange', onVisibilityChange)
    // Nobody is watching: the next reader takes a fresh time instead of a stale one.
    snapshot = null
  }
}

function getSnapshot() {
  if (snapshot === null) snapshot = Date.now()
  return snapshot
}

const getNull = () => null

/**
 * The current time in epoch ms, shared by every subscriber and refreshed every minute (and when the tab
 * becomes visible again). `null` while rendering on the server and during hydration, so the first
 * client render matches the server's HTML; also `null` when `enabled` is `false`.
 */
export function useNow(enabled = true): number | null {
  return useSyncExternalStore(
    enabled ? subscribe : subscribeNothing,
    enabled ? getSnapshot : getNull,
    getNull,
  )
}
