import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import autocannon from 'autocannon'
import { round } from './stats.ts'

/** Throughput and latency of one endpoint under a fixed concurrent load. */
export interface LoadResult {
  endpoint: string
  connections: number
  durationS: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  statusCodes: Record<string, number>
  errors: number
  timeouts: number
}

/** The product endpoint (`GET /api/account`, 200) and a premium endpoint answering 402 (`GET /api/reports`). */
export interface MockServerResults extends LoadResult {
  paywall: LoadResult
}

const CONNECTIONS = 20
const DURATION_S = 5
/** Also bounded in count, whatever the machine's speed. */
const MAX_REQUESTS = 250_000

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** Builds `@paywall-kit/mock-billing` (and what it depends on) so plain Node can import its `dist/`. */
async function buildMockBilling(): Promise<void> {
  try {
    await promisify(execFile)('pnpm', ['--filter', '@paywall-kit/mock-billing...', 'run', 'build'], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`Building @paywall-kit/mock-billing failed:\n${stdout}${stderr}`, { cause: error })
  }
}

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./mock-server-child.ts', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> })
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The mock billing server exited with code ${code}.`)))
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url))
  })
  return { child, url }
}

async function load(url: string, endpoint: string): Promise<LoadResult> {
  // A short warm-up lets the JIT settle before the measured run.
  await autocannon({ url: `${url}${endpoint}`, connections: CONNECTIONS, duration: 1 })
  const result = await autocannon({
    url: `${url}${endpoint}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    maxOverallRequests: MAX_REQUESTS,
  })
  const requests = result.latency.totalCount
  return {
    endpoint: `GET ${endpoint}`,
    connections: CONNECTIONS,
    durationS: round(result.duration, 2),
    requests,
    requestsPerSecond: Math.round(requests / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

/** Starts the mock billing server on 127.0.0.1 (random port) in a child process and loads two endpoints. */
export async function measureMockServer(): Promise<MockServerResults> {
  await buildMockBilling()
  const { child, url } = await startChild()
  try {
    const account = await load(url, '/api/account')
    // An expired subscription makes the premium endpoint answer 402, the path the kit cares about.
    const response = await fetch(`${url}/api/demo/scenario`, {
      method: 'POST',
      // The mock's write guard: JSON plus a header a cross-site form cannot send.
      headers: { 'content-type': 'application/json', 'x-requested-with': 'bench' },
      body: JSON.stringify({ scenario: 'expired' }),
    })
    if (!response.ok) throw new Error(`Setting the "expired" scenario failed with status ${response.status}.`)
    const paywall = await load(url, '/api/reports')
    return { ...account, paywall }
  } finally {
    child.kill('SIGTERM')
  }
}
