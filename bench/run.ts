import { writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright'
import {
  type IsolationResults,
  launchChromium,
  measureIsolation,
  measureStorm,
  measureTimeToPaywall,
  type StormResults,
  type StormRun,
  type TimeToPaywallResults,
} from './browser-benchmarks.ts'
import { buildPages } from './build-pages.ts'
import { type MockServerResults, measureMockServer } from './mock-server-load.ts'
import { startPageServer } from './page-server.ts'
import { checkBudgets, measureSizes, type SizeResults, sizeBudgets } from './size.ts'

const benchmarks = ['timeToPaywall', 'storm', 'isolation', 'size', 'mockServer'] as const
type Benchmark = (typeof benchmarks)[number]

/** Everything one `pnpm bench` measured, as written to `bench/results.json`. */
export interface BenchResults {
  machine: {
    cpu: string
    cores: number
    memoryGb: number
    os: string
    node: string
    chromium?: string
    /** 1-minute load average when the run started: the machine is shared, so this says how quiet it was. */
    loadAverage: number
    date: string
  }
  timeToPaywall?: TimeToPaywallResults
  storm?: StormResults
  isolation?: IsolationResults
  size?: SizeResults & { budgets: typeof sizeBudgets }
  mockServer?: MockServerResults
  durationS: number
}

const MIN_RUNS = 15
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url))

function table(title: string, rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String))
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0))) ?? []
  const line = (row: string[]) =>
    row.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
    )
  const [header = [], ...body] = cells
  const rule = widths.map((width) => '─'.repeat(width))
  return [
    `\n${title}`,
    line(header).join('  '),
    rule.join('  '),
    ...body.map((row) => line(row).join('  ')),
  ].join('\n')
}

const stormRow = (name: string, run: StormRun) => [
  name,
  run.requests,
  `${run.settledMs} ms`,
  run.dialogs,
  run.shownEvents,
  `${run.commits} (${run.mountCommits})`,
]

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`

function report(results: BenchResults): string {
  const parts: string[] = []
  const { machine } = results
  parts.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}` +
      `${machine.chromium ? `, Chromium ${machine.chromium}` : ''}; load ${machine.loadAverage}; ${machine.date}`,
  )
  const ttp = results.timeToPaywall
  if (ttp) {
    parts.push(
      table(`Time to paywall (first request → paywall on screen, ${ttp.runs} runs each, real Chromium)`, [
        ['', 'median', 'p90', 'min', 'max', 'first response', 'requests per 402'],
        ...(['kit', 'baseline'] as const).map((side) => [
          side === 'kit'
            ? 'paywall-kit (plain new QueryClient())'
            : 'baseline (TanStack defaults, error shown)',
          `${ttp[side].medianMs} ms`,
          `${ttp[side].p90Ms} ms`,
          `${ttp[side].minMs} ms`,
          `${ttp[side].maxMs} ms`,
          `${ttp[side].firstResponseMs} ms`,
          ttp[side].requests,
        ]),
        ['ratio (baseline median / kit median)', `${ttp.ratio}×`, '', '', '', '', ''],
      ]),
    )
  }
  const { storm, isolation } = results
  if (storm) {
    parts.push(
      table(`Storm (${storm.queries} queries answered 402 at once, 5 features)`, [
        ['', 'requests', 'settled', 'dialogs', 'paywall_shown events', 'commits (of which mount)'],
        stormRow('paywall-kit', storm),
        stormRow('without the kit (TanStack defaults)', storm.withoutKit),
      ]),
    )
  }
  if (isolation) {
    parts.push(
      table(
        `Re-render isolation (${isolation.locks} FeatureLocks over ${isolation.features} features, one feature's 402)`,
        [
          ['', 'locks', 'renders after the 402', 'locked'],
          ['the affected feature', isolation.affectedLocks, isolation.affectedRenders, isolation.lockedAfter],
          [
            'all other features',
            isolation.locks - isolation.affectedLocks,
            isolation.unaffectedRenders,
            isolation.lockedElsewhere,
          ],
        ],
      ),
    )
  }
  const { size } = results
  if (size) {
    parts.push(
      table('Size (what an app pays, minified)', [
        ['', 'min', 'gzip', 'brotli', 'gzip budget'],
        [
          '@paywall-kit/core (everything)',
          kb(size.core.minBytes),
          kb(size.core.gzipBytes),
          kb(size.core.brotliBytes),
          kb(size.budgets.core),
        ],
        [
          '@paywall-kit/react (peers + radix external)',
          kb(size.react.minBytes),
          kb(size.react.gzipBytes),
          kb(size.react.brotliBytes),
          kb(size.budgets.react),
        ],
        [
          '@paywall-kit/react/styles.css',
          kb(size.styles.minBytes),
          kb(size.styles.gzipBytes),
          kb(size.styles.brotliBytes),
          '',
        ],
        [
          '@paywall-kit/react + radix-ui',
          kb(size.reactWithRadix.minBytes),
          kb(size.reactWithRadix.gzipBytes),
          kb(size.reactWithRadix.brotliBytes),
          '',
        ],
      ]),
    )
    parts.push(checkBudgets(size).lines.join('\n'))
  }
  const server = results.mockServer
  if (server) {
    parts.push(
      table(
        `Mock billing server on 127.0.0.1 (autocannon, ${server.connections} connections, ${server.durationS} s)`,
        [
          ['', 'requests/s', 'p50', 'p99', 'requests', 'status codes', 'errors'],
          ...[server, server.paywall].map((load) => [
            load.endpoint,
            load.requestsPerSecond,
            `${load.p50Ms} ms`,
            `${load.p99Ms} ms`,
            load.requests,
            Object.entries(load.statusCodes)
              .map(([code, count]) => `${code}×${count}`)
              .join(' '),
            load.errors + load.timeouts,
          ]),
        ],
      ),
    )
  }
  parts.push(`\nTotal ${results.durationS} s`)
  return parts.join('\n')
}

/**
 * Runs the benchmarks (all by default), prints a table and, for a full run, writes `bench/results.json`.
 * `--runs N` changes the time-to-paywall runs per side; `--only a,b` picks benchmarks (partial runs write nothing).
 */
export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { runs: { type: 'string', default: String(MIN_RUNS) }, only: { type: 'string' } },
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
    results.size = { ...(await measureSizes()), budgets: sizeBudgets }
  }

  if (selected.has('timeToPaywall') || selected.has('storm') || selected.has('isolation')) {
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
          `Time to paywall, ${runs} runs each (the baseline waits out TanStack's retries, about 7 s a run)…`,
        )
        results.timeToPaywall = await measureTimeToPaywall(browser, server, runs, log)
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
  log(report(results))

  if (selected.size === benchmarks.length && runs >= MIN_RUNS) {
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
    log(`\nWrote ${resultsFile}`)
  } else {
    log(`\nPartial run: ${resultsFile} left as it was.`)
  }
}
