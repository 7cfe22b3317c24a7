import type { PaywallStore } from '@paywall-kit/core'

/** The one quiet recheck after the user followed the paywall's action and came back to the tab. */
export interface TabReturn {
  /** Arm a single recheck for the next time the tab is visible and focused again. */
  arm(): void
  /** Listen for the tab coming back (`visibilitychange`, `focus`); returns the cleanup. No-op without a DOM. */
  listen(): () => void
}

/**
 * @param recheck refetches the 402'd queries quietly.
 * @param store tells whether the recheck unlocked everything (paid in another tab), which is then
 *   reported as `paywall_resolved`.
 */
export function createTabReturn(recheck: () => Promise<void>, store: PaywallStore): TabReturn {
  let armed = false

  function onReturn() {
    if (!armed || document.visibilityState === 'hidden') return
    armed = false
    const before = store.getSnapshot().reports.length
    void recheck().then(() => {
      // Paid in another tab: every 402'd query now succeeds, and the store closed the paywall.
      if (before > 0 && store.getSnapshot().reports.length === 0) {
        store.emit({ type: 'paywall_resolved', count: before })
      }
    })
  }

  return {
    arm() {
      armed = true
    },
    listen() {
      if (typeof window === 'undefined' || typeof document === 'undefined') return () => {}
      document.addEventListener('visibilitychange', onReturn)
      window.addEventListener('focus', onReturn)
      return () => {
        document.removeEventListener('visibilitychange', onReturn)
        window.removeEventListener('focus', onReturn)
      }
    },
  }
}
