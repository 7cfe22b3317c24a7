import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { type Browser, chromium } from 'playwright'
import { build, createServer, type InlineConfig, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath, sourceConditions } from '../../../../vitest.shared.ts'

// The page imports @paywall-kit/react from source, as the workspace does (no build first).
const page = fileURLToPath(new URL('../../test/dev-warnings-page/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'pwk-dev-warnings-'))

const noQueryClient = 'found no QueryClient'
const droppedHref = '`Banner.Action` dropped its href "https://elsewhere.example/card"'

function viteConfig(): InlineConfig {
  return {
    root: page,
    configFile: false,
    logLevel: 'silent',
    cacheDir: join(scratch, 'cache'),
    plugins: [react()],
    resolve: sourceConditions.resolve,
  }
}

/** Runs `task` with NODE_ENV as a user's shell would have it (Vitest sets it to `test`). */
async function withNodeEnv<T>(value: string | undefined, task: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV
  if (value === undefined) delete process.env.NODE_ENV
  else process.env.NODE_ENV = value
  try {
    return await task()
  } finally {
    process.env.NODE_ENV = before
  }
}

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
})

afterAll(async () => {
  await browser?.close()
  rmSync(scratch, { recursive: true, force: true })
})

describe('given a host page on a real Vite dev server', () => {
  let server: ViteDevServer

  beforeAll(async () => {
    // `vite` as a user runs it: no NODE_ENV in the environment.
    server = await withNodeEnv(undefined, () =>
      createServer({ ...viteConfig(), server: { host: '127.0.0.1', port: 0, strictPort: false } }),
    )
    await server.listen()
  })

  afterAll(async () => {
    await server?.close()
  })

  it('should show the development warnings in the browser console', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const warnings: string[] = []
    const errors: string[] = []
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    tab.on('pageerror', (error) => errors.push(error.message))
    const url = server.resolvedUrls?.local[0]
    if (!url) throw new Error('the Vite dev server has no local URL')

    await tab.goto(url)
    await tab.getByText('Outside any QueryClientProvider').waitFor({ timeout: 60_000 })
    await tab.getByRole('status').first().waitFor()

    expect(errors).toEqual([])
    expect(warnings.filter((text) => text.includes(noQueryClient))).toHaveLength(1)
    expect(warnings.filter((text) => text.includes(droppedHref))).toHaveLength(1)
    // The link is dropped, not rendered: the banner's action falls back to a button or nothing.
    await expect(tab.locator('a[href*="elsewhere.example"]').count()).resolves.toBe(0)
    await context.close()
  })
})

describe('given the same page built for production with `vite build`', () => {
  it('should leave every development warning out of the bundle', async () => {
    const outDir = join(scratch, 'dist')
    await withNodeEnv('production', () =>
      build({ ...viteConfig(), build: { outDir, emptyOutDir: true, reportCompressedSize: false } }),
    )
    const assets = join(outDir, 'assets')
    const bundle = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n')

    // The kit is in the bundle (so the search below looks in the right place)…
    expect(bundle).toContain('pwk-banner')
    // …without any of its development warnings.
    expect(bundle).not.toContain('[paywall-kit]')
    expect(bundle).not.toContain(noQueryClient)
    expect(bundle).not.toContain('dropped its href')
    expect(bundle).not.toContain('second `PaywallProvider`')
  })
})
