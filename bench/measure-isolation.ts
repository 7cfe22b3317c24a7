import type { Browser } from 'playwright'
import { runPage } from './chromium.ts'
import type { PageServer } from './page-server.ts'

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

/** The isolation page: 200 locks, 20 features, one feature's 402. */
export function measureIsolation(browser: Browser, server: PageServer): Promise<IsolationResults> {
  return runPage<IsolationResults>(browser, `${server.url}/profiling/isolation.html?run=isolation`, 30_000)
}
