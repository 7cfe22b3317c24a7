import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const app = import.meta.dirname
const root = join(app, '../..')

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' },
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

let build: { status: number | null; output: string }
let page: Document

beforeAll(() => {
  // Next resolves @paywall-kit/react as an app installed from npm would: to its built dist/.
  const packages = run(
    join(root, 'node_modules/.bin/turbo'),
    ['run', 'build', '--filter=@paywall-kit/react', '--output-logs=errors-only'],
    root,
  )
  if (packages.status !== 0) throw new Error(`Building the packages failed:\n${packages.output}`)
  rmSync(join(app, '.next'), { recursive: true, force: true })
  build = run(process.execPath, [join(app, 'node_modules/next/dist/bin/next'), 'build'], app)
  if (build.status === 0) {
    page = new DOMParser().parseFromString(
      readFileSync(join(app, '.next/server/app/index.html'), 'utf8'),
      'text/html',
    )
  }
})

describe('given a Next.js App Router app importing @paywall-kit/react in a server component', () => {
  it('should build', () => {
    expect(build.output).not.toMatch(/from the server but \w+ is on the client/)
    expect(build.status, build.output).toBe(0)
  })

  it('should call core functions on the server through the react package', () => {
    expect(page.querySelector('[data-testid="reason"]')?.textContent).toBe('insufficient_credits')
    expect(page.querySelector('[data-testid="retried"]')?.textContent).toBe('false')
    expect(page.querySelector('[data-testid="safe-href"]')?.textContent).toBe('/billing')
    expect(page.querySelector('[data-testid="unsafe-href"]')?.textContent).toBe('dropped')
  })

  it('should server-render the grace banner and the usage meter', () => {
    const banner = page.querySelector('[role="status"].pwk-banner')
    expect(banner?.textContent).toContain('Access ends in 2 days')
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/billing')
    const meter = page.querySelector('[role="meter"]')
    expect(meter?.getAttribute('aria-valuetext')).toBe('820 of 1,000 requests, 82%')
  })

  it('should server-render a client component that uses PaywallProvider', () => {
    expect(page.querySelector('[data-testid="client-status"]')?.textContent).toBe('No paywall yet')
  })
})
