import type { Browser } from 'playwright'
import { runPage } from './chromium.ts'
import { rotation } from './measure-time-to-paywall.ts'
import type { PageServer } from './page-server.ts'
import type { FirstParseSample } from './pages/first-parse.ts'
import { percentile, round } from './stats.ts'

/** One way of reading the bench's 402, medians over runs (ms). */
export interface FirstParse {
  /** The first call in a fresh page: compiling the code and its regular expressions, then running it. */
  coldMedianMs: number
  coldP90Ms: number
  secondMedianMs: number
  /** Mean of 100 calls after the first two, median over runs. */
  hotMedianMs: number
  coldSamplesMs: number[]
}

/** The kit's parser beside the hand-written page's read, first call and hot (`bench/pages/first-parse.ts`). */
export interface FirstParseResults {
  runs: number
  /** `parsePaymentRequired` on the bench's 402 (text body and headers, as `paywallFetch` hands it over). */
  kit: FirstParse
  /** The same, after the page compiled the regular expressions one parse runs: what is left is code. */
  kitRegexesCompiled: FirstParse
  /** How many distinct regular expressions one parse runs. */
  regexes: number
  /** What the hand-written page reads: `JSON.parse` and five fields of one known shape. */
  handWritten: FirstParse
}

const modes = ['kit', 'kitRegexesCompiled', 'handWritten'] as const

function summarize(samples: FirstParseSample[]): FirstParse {
  const cold = samples.map((sample) => sample.coldMs)
  const median = (values: number[], digits: number) => round(percentile(values, 50), digits)
  return {
    coldMedianMs: median(cold, 2),
    coldP90Ms: round(percentile(cold, 90), 2),
    secondMedianMs: median(
      samples.map((sample) => sample.secondMs),
      2,
    ),
    hotMedianMs: median(
      samples.map((sample) => sample.hotMs),
      3,
    ),
    coldSamplesMs: cold.map((ms) => round(ms, 2)),
  }
}

/**
 * Times the first read of the bench's 402 in a fresh page per run, `runs` times per way of reading it
 * after one unmeasured round, interleaved as the time-to-paywall pages are. Explains the part of the
 * kit's time to paywall that the hand-written page does not spend (issue 17).
 */
export async function measureFirstParse(
  browser: Browser,
  server: PageServer,
  runs: number,
): Promise<FirstParseResults> {
  const samples = Object.fromEntries(modes.map((mode) => [mode, [] as FirstParseSample[]])) as Record<
    (typeof modes)[number],
    FirstParseSample[]
  >
  for (let run = -1; run < runs; run += 1) {
    for (const mode of rotation(modes, run)) {
      const sample = await runPage<FirstParseSample>(
        browser,
        `${server.url}/production/first-parse.html?mode=${mode}`,
        30_000,
      )
      if (run >= 0) samples[mode].push(sample)
    }
  }
  return {
    runs,
    kit: summarize(samples.kit),
    kitRegexesCompiled: summarize(samples.kitRegexesCompiled),
    regexes: percentile(
      samples.kitRegexesCompiled.map((sample) => sample.regexesCompiled),
      50,
    ),
    handWritten: summarize(samples.handWritten),
  }
}
