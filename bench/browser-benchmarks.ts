import { type Browser, chromium } from 'playwright'
import { chromiumArgs, chromiumPath } from '../vitest.shared.ts'
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

/** What one storm page measured. */
export interface StormRun {
  queries: number
  /** Requests the server received: one per query when nothing retries. */
  requests: number
  errored: number
  /** First request → every query settled (errored). */
  settledMs: number
  /** `[role="dialog"]` elements in the page once everything settled. */
  dialogs: number
  shownEvents: number
  /** React commits of the provider's subtree, from the first render until the storm settled. */
  commits: number
  /** Of those, the initial mount. */
  mountCommits: number
}

/** 50 queries answered 402 at once, with the kit, and without it (TanStack's defaults) for comparison. */
export interface StormResults extends StormRun {
  withoutKit: StormRun
}

/** 200 locks over 20 features; one feature's 402. */
export interface IsolationResults {
  locks: number
  features: number
  affectedLocks: number
  /** Commits inside the affected feature's locks after its 402. */
  affectedRenders: number
  /** Commits inside all other locks after that 402. */
  unaffectedRenders: number
  lockedAfter: number
  lockedElsewhere: number
}

/** Longer than TanStack's first retry delay (1 s), so a retry would be counted. */
const SETTLE_MS = 1500

/** Launches Debian's Chromium with the same flags as the browser tests (loopback only). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
}

/** Opens `url` in a fresh context and returns what the page published, or fails after `timeoutMs`. */
async function runPage<T>(browser: Browser, url: string, timeoutMs: number): Promise<T> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    try {
      await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: timeoutMs })
    } catch (error) {
      throw new Error(
        `${url} published no result${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`,
        {
          cause: error,
        },
      )
    }
    return (await page.evaluate(() => window.__benchResult)) as T
  } finally {
    await context.close()
  }
}

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

async function stormRun(browser: Browser, server: PageServer, kit: boolean): Promise<StormRun> {
  const run = kit ? 'storm' : 'storm-without-kit'
  const url = `${server.url}/profiling/storm.html?run=${run}&kit=${kit ? 1 : 0}`
  const result = await runPage<Omit<StormRun, 'requests'>>(browser, url, 30_000)
  return { ...result, settledMs: round(result.settledMs), requests: server.requests(run) }
}

/** The 402 storm page: 50 queries, 5 features, one provider; then the same page without the kit. */
export async function measureStorm(browser: Browser, server: PageServer): Promise<StormResults> {
  const withKit = await stormRun(browser, server, true)
  return { ...withKit, withoutKit: await stormRun(browser, server, false) }
}

/** The isolation page: 200 locks, 20 features, one feature's 402. */
export function measureIsolation(browser: Browser, server: PageServer): Promise<IsolationResults> {
  return runPage<IsolationResults>(browser, `${server.url}/profiling/isolation.html?run=isolation`, 30_000)
}
