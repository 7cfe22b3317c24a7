import type { BenchResults } from './bench-results.ts'
import type { StormRun } from './measure-storm.ts'
import { checkBudgets } from './size.ts'

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

/** The human-readable tables `pnpm bench` prints. */
export function formatReport(results: BenchResults): string {
  const parts: string[] = []
  const { machine } = results
  parts.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}` +
      `${machine.chromium ? `, Chromium ${machine.chromium}` : ''}; load ${machine.loadAverage}; ${machine.date}`,
  )
  const ttp = results.timeToPaywall
  if (ttp) {
    const pageNames = {
      kit: 'paywall-kit (plain new QueryClient())',
      lazy: 'paywall-kit with LazyPaywallModal',
      handWritten: 'hand-written (retry predicate, QueryCache onError, Radix Dialog)',
      floor: 'floor (fetch → json() → setState → <div>)',
      baseline: 'baseline (TanStack defaults, error shown)',
    } as const
    parts.push(
      table(
        `Time to paywall (first request → paywall on screen, ${ttp.runs} runs each, interleaved, real Chromium)`,
        [
          ['', 'median', 'p90', 'min', 'max', 'first response', 'from navigation', 'requests per 402'],
          ...(['kit', 'lazy', 'handWritten', 'floor', 'baseline'] as const).map((side) => [
            pageNames[side],
            `${ttp[side].medianMs} ms`,
            `${ttp[side].p90Ms} ms`,
            `${ttp[side].minMs} ms`,
            `${ttp[side].maxMs} ms`,
            `${ttp[side].firstResponseMs} ms`,
            `${ttp[side].sinceNavigationMs} ms`,
            ttp[side].requests,
          ]),
          ['kit ÷ hand-written (median; target ≤ 1.05)', `${ttp.kitVsHandWritten}×`, '', '', '', '', '', ''],
          ['lazy ÷ kit (median)', `${ttp.lazyVsKit}×`, '', '', '', '', '', ''],
          ['baseline ÷ kit (median)', `${ttp.ratio}×`, '', '', '', '', '', ''],
        ],
      ),
    )
  }
  const parse = results.firstParse
  if (parse) {
    const ms = (value: number) => `${value} ms`
    parts.push(
      table(`First read of the 402's body (a fresh page per run, ${parse.runs} runs each, real Chromium)`, [
        ['', 'first call', 'p90', 'second call', 'hot (mean of 100)'],
        ...(
          [
            ['paywall-kit: parsePaymentRequired', parse.kit],
            [`the same, its ${parse.regexes} regular expressions compiled first`, parse.kitRegexesCompiled],
            ['hand-written: JSON.parse + five fields', parse.handWritten],
          ] as const
        ).map(([name, read]) => [
          name,
          ms(read.coldMedianMs),
          ms(read.coldP90Ms),
          ms(read.secondMedianMs),
          ms(read.hotMedianMs),
        ]),
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
        stormRow('paywall-kit, per-frame notify scheduler', storm.perFrameNotify.kit),
        stormRow('without the kit, per-frame notify scheduler', storm.perFrameNotify.withoutKit),
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
        ['', 'min', 'gzip', 'brotli', 'CI ceiling (gzip)'],
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
    parts.push(
      table('Size of each piece imported alone (tree-shaken, core included, peers + radix external)', [
        ['', 'min', 'gzip'],
        ...size.pieces.map((piece) => [piece.name, kb(piece.minBytes), kb(piece.gzipBytes)]),
      ]),
    )
    parts.push(
      table(
        'Side by side (same tool, same run; React external, the kit also leaves TanStack Query to the app)',
        [
          ['', 'min', 'gzip', 'brotli'],
          ...size.peers.map((row) => [row.name, kb(row.minBytes), kb(row.gzipBytes), kb(row.brotliBytes)]),
        ],
      ),
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
