import { writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright'
import type { BenchResults } from './bench-results.ts'
import { buildPages } from './build-pages.ts'
import { launchChromium } from './chromium.ts'
import { formatReport } from './format-report.ts'
import { measureFirstParse } from './measure-first-parse.ts'
import { measureIsolation } from './measure-isolation.ts'
import { measureStorm } from './measure-storm.ts'
import { measureTimeToPaywall } from './measure-time-to-paywall.ts'
import { measureMockServer } from './mock-server-load.ts'
import { startPageServer } from './page-server.ts'
import { measurePieces, measureSizes, sizeBudgets } from './size.ts'
import { measurePeers } from './size-peers.ts'

const benchmarks = ['timeToPaywall', 'firstParse', 'storm', 'isolation', 'size', 'mockServer'] as const
type Benchmark = (typeof benchmarks)[number]

const MIN_RUNS = 15
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url))

/**
 * Runs the benchmarks (all by default), prints a table and, for a full run, writes `bench/results.json`.
 * `--runs N` (or `BENCH_RUNS=N`) changes the time-to-paywall runs per page; `--only a,b` picks benchmarks
 * (partial runs write nothing).
 */
export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: process.env.BENCH_RUNS ?? String(MIN_RUNS) },
      only: { type: 'string' },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, got "${values.runs}".`)
  const only = values.only?.split(',').map((name) => name.trim()) ?? [...benchmarks]
  const unknown = only.filter((name) => !(benchmarks as readonly string[]).includes(name))
  if (unknown.length)
    throw new Error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${benchmarks.join(', ')}.`)
  const selected = new Set(only as Benchmark[])
  const log = (line: string) => process.stdout.write(`${line}\n`)
  const started = performance.now()

  const results: BenchResults = {
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: availableParallelism(),
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      os: `${platform()} ${release()}`,
      node: process.version,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      date: new Date().toISOString(),
    },
    durationS: 0,
  }

  if (selected.has('size')) {
    log('Measuring bundle sizes…')
    results.size = {
      ...(await measureSizes()),
      budgets: sizeBudgets,
      pieces: await measurePieces(),
      peers: await measurePeers(),
    }
  }

  if (['timeToPaywall', 'firstParse', 'storm', 'isolation'].some((name) => selected.has(name as Benchmark))) {
    log('Building the benchmark pages…')
    const server = await startPageServer(await buildPages())
    let browser: Browser | undefined
    try {
      browser = await launchChromium()
      results.machine.chromium = browser.version()
      if (selected.has('storm')) {
        log('Storm…')
        results.storm = await measureStorm(browser, server)
      }
      if (selected.has('isolation')) {
        log('Re-render isolation…')
        results.isolation = await measureIsolation(browser, server)
      }
      if (selected.has('timeToPaywall')) {
        log(
          `Time to paywall, ${runs} runs of each page, interleaved (the baseline waits out TanStack's retries, about 7 s a run)…`,
        )
        results.timeToPaywall = await measureTimeToPaywall(browser, server, runs, log)
      }
      if (selected.has('firstParse')) {
        log(`First parse of the 402, ${runs} fresh pages per way of reading it…`)
        results.firstParse = await measureFirstParse(browser, server, runs)
      }
    } finally {
      await browser?.close()
      await server.close()
    }
  }

  if (selected.has('mockServer')) {
    log('Mock billing server under load…')
    results.mockServer = await measureMockServer()
  }

  results.durationS = Math.round((performance.now() - started) / 100) / 10
  log(formatReport(results))

  if (selected.size === benchmarks.length && runs >= MIN_RUNS) {
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
    log(`\nWrote ${resultsFile}`)
  } else {
    log(`\nPartial run: ${resultsFile} left as it was.`)
  }
}
