import { useSyncExternalStore } from 'react'

/** The colour scheme the user chose; `system` follows the operating system. */
export type ThemePreference = 'system' | 'light' | 'dark'

const storageKey = 'acme-analytics:theme'
const listeners = new Set<() => void>()

function readStored(): ThemePreference {
  try {
    const value = window.localStorage.getItem(storageKey)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

let preference: ThemePreference = 'system'

/**
 * Applies a preference to `<html data-theme>`, which the app's styles follow, and `<html data-pwk-theme>`,
 * which the kit's follow (the kit never reads the page's own attributes or classes).
 */
function apply(value: ThemePreference): void {
  const root = document.documentElement
  if (value === 'system') {
    delete root.dataset.theme
    delete root.dataset.pwkTheme
  } else {
    root.dataset.theme = value
    root.dataset.pwkTheme = value
  }
}

/** Applies the stored preference before the first render, so the page never flashes the wrong theme. */
export function initTheme(): void {
  preference = readStored()
  apply(preference)
}

/** Applies and remembers the user's choice (`system` forgets it). */
export function setTheme(value: ThemePreference): void {
  preference = value
  try {
    if (value === 'system') window.localStorage.removeItem(storageKey)
    else window.localStorage.setItem(storageKey, value)
  } catch {
    // Storage can be unavailable (private mode): the choice then lasts for this page only.
  }
  apply(value)
  for (const listener of listeners) listener()
}

/** The current theme preference, re-rendering when it changes. */
export function useTheme(): ThemePreference {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => preference,
    () => 'system',
  )
}
