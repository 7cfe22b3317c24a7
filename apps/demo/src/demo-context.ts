import { createContext, useContext } from 'react'
import type { DemoConfig } from './demo-config'
import type { KitLanguage } from './kit-language'

/** The demo's own controls, shared by the scenario panel and the pages. */
export interface DemoContextValue {
  config: DemoConfig
  /**
   * Starts a fresh session (new query cache and paywall state), as if another customer signed in;
   * then focuses the element with `focusId`, so keyboard users keep their place.
   */
  restart(focusId?: string): void
  /** The kit's language; `undefined` for its defaults. */
  language: KitLanguage | undefined
  /** Loads a shipped locale and starts a fresh session in it (a shown paywall keeps the copy it arrived with). */
  changeLanguage(tag: string): Promise<void>
  /** Switches who is looking or how checkout opens (`?viewer=`, `?checkout=`) and starts a fresh session. */
  changeHandOff(next: Partial<Pick<DemoConfig, 'viewer' | 'checkout'>>): void
}

/** Provided by `App`. */
export const DemoContext = createContext<DemoContextValue | null>(null)

/** The demo's config and `restart`; throws outside `App`. */
export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext)
  if (!value) throw new Error('`useDemo` must be used within `App`')
  return value
}
