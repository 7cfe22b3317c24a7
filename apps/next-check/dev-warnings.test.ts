import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../vitest.shared.ts'

const app = import.meta.dirname
const root = join(app, '../..')

const noQueryClient = '[paywall-kit] `PaywallProvider` found no QueryClient'
const droppedHref = '[paywall-kit] `Banner.Action` dropped its href "https://elsewhere.example/card"'

// The first compile of the page took 5–10 s on two quiet cores and 50 s at a load average of 15.
const compileTimeout = 180_000

/**
 * The environment of `next dev`: NODE_ENV as next dev sets it itself (Vitest's `test` would make
 * Next warn about a non-standard NODE_ENV), telemetry off.
 */
function nextDevEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' }
}

/** Starts `next dev` on a free port and resolves with its URL once it says where it listens. */
function startNextDev(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [join(app, 'node_modules/next/dist/bin/next'), 'dev', '--port', '0', '--hostname', '127.0.0.1'],
    // Its own process group, so the test can stop next dev together with the workers it forks.
    { cwd: app, env: nextDevEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start in time'), compileTimeout)
    function fail(why: string) {
      clearTimeout(timer)
      stop(server)
      reject(new Error(`next dev ${why}:\n${output}`))
    }
    function read(chunk: Buffer) {
      output += chunk.toString()
      const url = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
      if (url) {
        clearTimeout(timer)
        resolve({ server, url })
      }
    }
    server.stdout?.on('data', read)
    server.stderr?.on('data', read)
    server.on('exit', (code) => fail(`exited with ${code}`))
  })
}

function stop(server: ChildProcess | undefined) {
  if (server?.pid === undefined || server.exitCode !== null) return
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

/** Resolves with the first console warning of `tab` that contains `text`. */
function consoleWarning(tab: Page, text: string): Promise<string> {
  return tab
    .waitForEvent('console', {
      predicate: (message) => message.type() === 'warning' && message.text().includes(text),
      timeout: compileTimeout,
    })
    .then(
      (message) => message.text(),
      (error: Error) => {
        throw new Error(`No console warning containing ${JSON.stringify(text)}: ${error.message}`)
      },
    )
}

let browser: Browser
let nextDev: ReturnType<typeof startNextDev> | undefined
let url: string

beforeAll(async () => {
  // Next resolves @paywall-kit/react as an app installed from npm would: to its built dist/.
  const packages = spawnSync(
    join(root, 'node_modules/.bin/turbo'),
    ['run', 'build', '--filter=@paywall-kit/react', '--output-logs=errors-only'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  )
  if (packages.status !== 0) {
    throw new Error(`Building the packages failed:\n${packages.stdout}\n${packages.stderr}`)
  }
  nextDev = startNextDev()
  const [dev, launched] = await Promise.all([
    nextDev,
    chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
  ])
  url = dev.url
  browser = launched
})

afterAll(async () => {
  await browser?.close()
  // Also when Chromium failed to start: next dev may still be coming up (it stops itself if it fails).
  const dev = await nextDev?.catch(() => undefined)
  stop(dev?.server)
})

describe('given a Next.js App Router page on `next dev`', () => {
  it('should show the development warnings in the browser console', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    // Listening before the page loads: the warnings come while it hydrates.
    const warnings = Promise.all([consoleWarning(tab, noQueryClient), consoleWarning(tab, droppedHref)])

    // The first request compiles the page, so it gets the same generous time as the warnings.
    await tab.goto(`${url}/dev-warnings`, { timeout: compileTimeout })
    const [noQueryClientWarning, droppedHrefWarning] = await warnings

    expect(noQueryClientWarning).toContain('render it inside `QueryClientProvider`')
    expect(droppedHrefWarning).toContain("<PaywallProvider allowedOrigins={['https://elsewhere.example']}>")
    expect(errors).toEqual([])
    // The link is dropped, not rendered.
    await expect(tab.locator('a[href*="elsewhere.example"]').count()).resolves.toBe(0)
    await context.close()
  })
})
