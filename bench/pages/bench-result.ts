import { resultPrefix } from './result-prefix'

/** The run id the bench script put in `?run=`, forwarded to the server so it counts requests per run. */
export function runId(): string {
  return new URLSearchParams(window.location.search).get('run') ?? 'manual'
}

/**
 * Hands the page's measurement to the bench script (`bench/chromium.ts`) as one console line, once the
 * measurement is over, so that reading it never runs anything in the page while it is being timed.
 */
export function publish(result: object): void {
  console.debug(`${resultPrefix}${JSON.stringify(result)}`)
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
  /** What a time-to-paywall page publishes once its paywall is on screen at `shownAt`. */
  result(shownAt: number): TimeToPaywallSample
}

/** One time-to-paywall run, as the page measured it (`performance.now()` differences, ms). */
export interface TimeToPaywallSample {
  /** First request → the first frame with the paywall. */
  ms: number
  /** First request → its response headers. */
  firstResponseMs: number
  /** Navigation start → the first frame with the paywall: includes loading and running the page's script. */
  sinceNavigationMs: number
}

/**
 * Wraps `window.fetch` to time the page's first request: the same measuring point for the kit's `paywallFetch`
 * and the baseline's plain `fetch`, whatever each does with the response afterwards.
 */
export function trackFirstFetch(): FirstFetch {
  const first: FirstFetch = {
    startedAt: Number.NaN,
    respondedAt: Number.NaN,
    result: (shownAt) => ({
      ms: shownAt - first.startedAt,
      firstResponseMs: first.respondedAt - first.startedAt,
      sinceNavigationMs: shownAt,
    }),
  }
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    if (Number.isNaN(first.startedAt)) first.startedAt = performance.now()
    const response = await original(input, init)
    if (Number.isNaN(first.respondedAt)) first.respondedAt = performance.now()
    return response
  }
  return first
}
