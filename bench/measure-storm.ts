import type { Browser } from 'playwright'
import { runPage } from './chromium.ts'
import type { PageServer } from './page-server.ts'
import { round } from './stats.ts'

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
  /**
   * The same two pages with TanStack's per-frame notify scheduler
   * (`notifyManager.setScheduler(requestAnimationFrame)`): component updates batched once per frame.
   */
  perFrameNotify: { kit: StormRun; withoutKit: StormRun }
}

async function stormRun(
  browser: Browser,
  server: PageServer,
  kit: boolean,
  scheduler: 'default' | 'frame',
): Promise<StormRun> {
  const run = `storm-${kit ? 'kit' : 'without-kit'}-${scheduler}`
  const url = `${server.url}/profiling/storm.html?run=${run}&kit=${kit ? 1 : 0}&scheduler=${scheduler}`
  const result = await runPage<Omit<StormRun, 'requests'>>(browser, url, 30_000)
  return { ...result, settledMs: round(result.settledMs), requests: server.requests(run) }
}

/**
 * The 402 storm page: 50 queries, 5 features, one provider; the same page without the kit; then both
 * again with the per-frame notify scheduler.
 */
export async function measureStorm(browser: Browser, server: PageServer): Promise<StormResults> {
  const withKit = await stormRun(browser, server, true, 'default')
  const withoutKit = await stormRun(browser, server, false, 'default')
  const perFrameNotify = {
    kit: await stormRun(browser, server, true, 'frame'),
    withoutKit: await stormRun(browser, server, false, 'frame'),
  }
  return { ...withKit, withoutKit, perFrameNotify }
}
