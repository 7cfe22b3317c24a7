import type { RequestContext } from '../model/context.ts'

/** What the demo controls can do to the whole API. */
export interface DemoControls {
  /** Restores the API to its initial state (store, seed, clock). */
  reset(): void
  /** The request's context again, at the clock's current time. */
  refresh(): RequestContext
}

/** What a route of the product API (demo controls included) answers from. */
export interface ProductRequest {
  context: RequestContext
  controls: DemoControls
}
