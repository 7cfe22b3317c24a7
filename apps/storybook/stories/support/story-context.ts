import type { BillingApi, Dialect, ScenarioName } from '@paywall-kit/mock-billing'
import type { PaywallEvent, PaywallProvider } from '@paywall-kit/react'
import type { QueryClient } from '@tanstack/react-query'
import type { ComponentProps } from 'react'
import type { Mock } from 'storybook/test'

/** What the preview's loader gives every story (`context.loaded`). */
export interface StoryLoaded {
  /** A fresh client per story: no cache is shared between stories. */
  queryClient: QueryClient
  /** The mock billing API behind `/api/*` for this story (MSW forwards to it). */
  billing: BillingApi
  /** The provider's `onEvent`, spied, and logged to the Actions panel. */
  onEvent: Mock<(event: PaywallEvent) => void>
  /** Every `/api/*` request the story made, as `"GET /api/reports"`, in order. */
  requests: string[]
}

/** Story parameters read by the preview. */
export interface PaywallParameters {
  /** Options of this story's mock billing API. */
  billing?: { scenario?: ScenarioName; dialect?: Dialect }
  /** Extra `PaywallProvider` props (messages, locale, allowed origins). */
  paywall?: Partial<ComponentProps<typeof PaywallProvider>>
}

/** How many times the running story sent `request` (e.g. `"GET /api/reports"`). */
export function countRequests(context: { loaded: Record<string, unknown> }, request: string): number {
  return loadedOf(context).requests.filter((sent) => sent === request).length
}

/** The loaded values of a story context, typed. */
export function loadedOf(context: { loaded: Record<string, unknown> }): StoryLoaded {
  return context.loaded as unknown as StoryLoaded
}
