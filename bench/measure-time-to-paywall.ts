import type { Browser } from 'playwright'
import { runPage } from './chromium.ts'
import type { PageServer } from './page-server.ts'
import { percentile, round } from './stats.ts'

/** One side of the time-to-paywall comparison. */
export interface TimeToPaywall {
  /** First request → the first animation frame with the modal (kit) or the error (baseline) in the DOM. */
  medianMs: number
  p90Ms: number
  minMs: number
  maxMs: number
  /** Median of first request → its response headers: the network's share of `medianMs`. */
  firstResponseMs: number
  /** Requests the one 402 cost (median over runs; every run is listed in `requestsPerRun`). */
  requests: number
  samplesMs: number[]
  requestsPerRun: number[]
}

/** Both sides, and how many times sooner the kit shows the paywall. */
export interface TimeToPaywallResults {
  runs: number
  kit: TimeToPaywall
  baseline: TimeToPaywall
  /** `baseline.medianMs / kit.medianMs`. */
  ratio: number
}

/** Longer than TanStack's first retry delay (1 s), so a retry would be counted. */
const SETTLE_MS = 1500

function summarize(samples: number[], responses: number[], requests: number[]): TimeToPaywall {
  return {
    medianMs: round(percentile(samples, 50)),
    p90Ms: round(percentile(samples, 90)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
    firstResponseMs: round(percentile(responses, 50)),
    requests: percentile(requests, 50),
    samplesMs: samples.map((sample) => round(sample)),
    requestsPerRun: requests,
  }
}

/**
 * Time to paywall, kit vs baseline, `runs` times each after one warm-up each. Runs alternate between the two
 * pages so that noise from other work on the machine falls on both alike.
 */
export async function measureTimeToPaywall(
  browser: Browser,
  server: PageServer,
  runs: number,
  onProgress: (line: string) => void,
): Promise<TimeToPaywallResults> {
  const sides = {
    kit: {
      page: 'time-to-paywall-kit',
      samples: [] as number[],
      responses: [] as number[],
      requests: [] as number[],
    },
    baseline: {
      page: 'time-to-paywall-baseline',
      samples: [] as number[],
      responses: [] as number[],
      requests: [] as number[],
    },
  }
  for (let run = -1; run < runs; run += 1) {
    for (const [name, side] of Object.entries(sides)) {
      const id = `${name}-${run}`
      const { ms, firstResponseMs } = await runPage<{ ms: number; firstResponseMs: number }>(
        browser,
        `${server.url}/production/${side.page}.html?run=${id}`,
        30_000,
      )
      // The page published on the first frame with the paywall; wait long enough to catch any retry too.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
      if (run < 0) continue
      side.samples.push(ms)
      side.responses.push(firstResponseMs)
      side.requests.push(server.requests(id))
      onProgress(`  ${name} run ${run + 1}/${runs}: ${ms.toFixed(1)} ms, ${server.requests(id)} request(s)`)
    }
  }
  const kit = summarize(sides.kit.samples, sides.kit.responses, sides.kit.requests)
  const baseline = summarize(sides.baseline.samples, sides.baseline.responses, sides.baseline.requests)
  return { runs, kit, baseline, ratio: round(baseline.medianMs / kit.medianMs) }
}
