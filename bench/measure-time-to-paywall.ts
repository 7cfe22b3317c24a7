import type { Browser } from 'playwright'
import { runPage } from './chromium.ts'
import type { PageServer } from './page-server.ts'
import type { TimeToPaywallSample } from './pages/bench-result.ts'
import { percentile, round } from './stats.ts'

/** One page of the time-to-paywall comparison. */
export interface TimeToPaywall {
  /** First request → the first animation frame with the paywall (or, for the baseline, the error) in the DOM. */
  medianMs: number
  p90Ms: number
  minMs: number
  maxMs: number
  /** Median of first request → its response headers: the network's share of `medianMs`. */
  firstResponseMs: number
  /** Median of navigation start → the paywall on screen: adds downloading and running the page's script. */
  sinceNavigationMs: number
  /** Requests the one 402 cost (median over runs; every run is listed in `requestsPerRun`). */
  requests: number
  samplesMs: number[]
  requestsPerRun: number[]
}

/** Every page, and how the kit compares with each. */
export interface TimeToPaywallResults {
  runs: number
  /** The kit: plain `new QueryClient()`, `PaywallProvider`, `paywallFetch`, `PaywallModal`. */
  kit: TimeToPaywall
  /** TanStack Query's defaults (3 retries with backoff), the error shown once the query fails. */
  baseline: TimeToPaywall
  /** `baseline.medianMs / kit.medianMs`. */
  ratio: number
  /** The best hand-written code: retry predicate, `QueryCache` `onError`, `useState`, the same Radix Dialog and copy. */
  handWritten: TimeToPaywall
  /** The floor: `fetch` → `json()` → `setState` → `<div>`, no query or dialog library. */
  floor: TimeToPaywall
  /** The kit with `LazyPaywallModal` (`@paywall-kit/react/lazy-modal`): the modal in its own chunk. */
  lazy: TimeToPaywall
  /** `kit.medianMs / handWritten.medianMs`: 1 is as fast as the hand-written page (target ≤ 1.05). */
  kitVsHandWritten: number
  /** `lazy.medianMs / kit.medianMs`: what loading the modal lazily costs a 402 during page load. */
  lazyVsKit: number
}

/** Longer than TanStack's first retry delay (1 s), so a retry would be counted. */
const SETTLE_MS = 1500

const pages = {
  kit: 'time-to-paywall-kit',
  handWritten: 'time-to-paywall-hand-written',
  floor: 'time-to-paywall-floor',
  lazy: 'time-to-paywall-lazy',
  baseline: 'time-to-paywall-baseline',
} as const

type Side = keyof typeof pages

/** The built pages `measureTimeToPaywall` loads (`bench/pages/<name>.html`). */
export const timeToPaywallPages: string[] = Object.values(pages)

function summarize(samples: TimeToPaywallSample[], requests: number[]): TimeToPaywall {
  const ms = samples.map((sample) => sample.ms)
  return {
    medianMs: round(percentile(ms, 50)),
    p90Ms: round(percentile(ms, 90)),
    minMs: round(Math.min(...ms)),
    maxMs: round(Math.max(...ms)),
    firstResponseMs: round(
      percentile(
        samples.map((sample) => sample.firstResponseMs),
        50,
      ),
    ),
    sinceNavigationMs: round(
      percentile(
        samples.map((sample) => sample.sinceNavigationMs),
        50,
      ),
    ),
    requests: percentile(requests, 50),
    samplesMs: ms.map((sample) => round(sample)),
    requestsPerRun: requests,
  }
}

/** `sides` in round `round`: rotated by one place each round, so no page always follows the same one. */
export function rotation<T>(sides: readonly T[], round: number): T[] {
  const shift = ((round % sides.length) + sides.length) % sides.length
  return [...sides.slice(shift), ...sides.slice(0, shift)]
}

/**
 * Time to paywall on every page, `runs` times each after one unmeasured warm-up round. Runs are
 * interleaved (one run of each page per round, the order rotated each round) so that noise from other
 * work on the machine falls on every page alike.
 */
export async function measureTimeToPaywall(
  browser: Browser,
  server: PageServer,
  runs: number,
  onProgress: (line: string) => void,
): Promise<TimeToPaywallResults> {
  const sides = Object.keys(pages) as Side[]
  const samples = Object.fromEntries(sides.map((side) => [side, [] as TimeToPaywallSample[]])) as Record<
    Side,
    TimeToPaywallSample[]
  >
  const requests = Object.fromEntries(sides.map((side) => [side, [] as number[]])) as Record<Side, number[]>
  for (let run = -1; run < runs; run += 1) {
    for (const side of rotation(sides, run)) {
      const id = `${side}-${run}`
      const sample = await runPage<TimeToPaywallSample>(
        browser,
        `${server.url}/production/${pages[side]}.html?run=${id}`,
        30_000,
      )
      // The page published on the first frame with the paywall; wait long enough to catch any retry too.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      if (run < 0) continue
      samples[side].push(sample)
      requests[side].push(server.requests(id))
      onProgress(
        `  ${side} run ${run + 1}/${runs}: ${sample.ms.toFixed(1)} ms, ${server.requests(id)} request(s)`,
      )
    }
  }
  const [kit, baseline, handWritten, floor, lazy] = (
    ['kit', 'baseline', 'handWritten', 'floor', 'lazy'] as const
  ).map((side) => summarize(samples[side], requests[side])) as [
    TimeToPaywall,
    TimeToPaywall,
    TimeToPaywall,
    TimeToPaywall,
    TimeToPaywall,
  ]
  return {
    runs,
    kit,
    baseline,
    ratio: round(baseline.medianMs / kit.medianMs),
    handWritten,
    floor,
    lazy,
    kitVsHandWritten: round(kit.medianMs / handWritten.medianMs, 2),
    lazyVsKit: round(lazy.medianMs / kit.medianMs, 2),
  }
}
