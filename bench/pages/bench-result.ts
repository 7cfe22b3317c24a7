declare global {
  interface Window {
    /** Set once by a benchmark page when its measurement is done; read by `bench/run.ts`. */
    __benchResult?: unknown
  }
}

/** The run id the bench script put in `?run=`, forwarded to the server so it counts requests per run. */
export function runId(): string {
  return new URLSearchParams(window.location.search).get('run') ?? 'manual'
}

/** Hands the page's measurement to the bench script. */
export function publish(result: object): void {
  window.__benchResult = result
}

/** Resolves on the next animation frame, with its `performance.now()`. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Resolves with `performance.now()` in the first animation frame after an element matching
 * `selector` is in the DOM: the frame in which the user can first see it.
 */
export function visibleAt(selector: string): Promise<number> {
  return new Promise((resolve) => {
    const found = () => {
      if (!document.querySelector(selector)) return false
      observer.disconnect()
      void nextFrame().then(resolve)
      return true
    }
    const observer = new MutationObserver(() => {
      found()
    })
    if (!found()) observer.observe(document.body, { childList: true, subtree: true, attributes: true })
  })
}

/** The element React renders into. */
export function rootElement(): HTMLElement {
  const element = document.getElementById('root')
  if (!element) throw new Error('The benchmark page has no #root element.')
  return element
}

/** When the page's first request started and when its response headers arrived (`performance.now()`). */
export interface FirstFetch {
  startedAt: number
  respondedAt: number
}

/**
 * Wraps `window.fetch` to time the page's first request: the same measuring point for the kit's `paywallFetch`
 * and the baseline's plain `fetch`, whatever each does with the response afterwards.
 */
export function trackFirstFetch(): FirstFetch {
  const first: FirstFetch = { startedAt: Number.NaN, respondedAt: Number.NaN }
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    if (Number.isNaN(first.startedAt)) first.startedAt = performance.now()
    const response = await original(input, init)
    if (Number.isNaN(first.respondedAt)) first.respondedAt = performance.now()
    return response
  }
  return first
}
