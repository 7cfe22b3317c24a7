import { createContext, useContext } from 'react'
import type { DemoConfig } from './demo-config'

/** The demo's own controls, shared by the scenario panel and the pages. */
export interface DemoContextValue {
  config: DemoConfig
  /**
   * Starts a fresh session (new query cache and paywall state), as if another customer signed in;
   * then focuses the element with `focusId`, so keyboard users keep their place.
   */
  restart(focusId?: string): void
}

/** Provided by `App`. */
export const DemoContext = createContext<DemoContextValue | null>(null)

/** The demo's config and `restart`; throws outside `App`. */
export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext)
  if (!value) throw new Error('`useDemo` must be used within `App`')
  return value
}
