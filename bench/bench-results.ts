import type { FirstParseResults } from './measure-first-parse.ts'
import type { IsolationResults } from './measure-isolation.ts'
import type { StormResults } from './measure-storm.ts'
import type { TimeToPaywallResults } from './measure-time-to-paywall.ts'
import type { MockServerResults } from './mock-server-load.ts'
import type { measurePieces, SizeResults, sizeBudgets } from './size.ts'
import type { PeerSize } from './size-peers.ts'

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
  firstParse?: FirstParseResults
  storm?: StormResults
  isolation?: IsolationResults
  size?: SizeResults & {
    budgets: typeof sizeBudgets
    /** Each piece of the kit imported alone (tree-shaken), core included; peers and Radix external. */
    pieces: Awaited<ReturnType<typeof measurePieces>>
    /** The kit beside Radix Dialog alone and the billing SDKs' React entries, by the same tool (React external). */
    peers: PeerSize[]
  }
  mockServer?: MockServerResults
  durationS: number
}
