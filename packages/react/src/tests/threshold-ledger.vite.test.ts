import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { type Browser, chromium, type Page } from 'playwright'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath, sourceConditions } from '../../../../vitest.shared.ts'

// Real page loads in Chromium: the threshold ledger lives in the page's localStorage, which a reload
// keeps and Vitest's browser mode (one page per test file) cannot reload. `?used=N` shows a meter at
// N of 1,000 API calls.
const page = fileURLToPath(new URL('../../test/cross-tab-page/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'pwk-threshold-ledger-'))

let browser: Browser
let server: ViteDevServer
let url: string

beforeAll(async () => {
  server = await createServer({
    root: page,
    configFile: false,
    logLevel: 'silent',
    cacheDir: join(scratch, 'cache'),
    plugins: [react()],
    resolve: sourceConditions.resolve,
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  await server.listen()
  const local = server.resolvedUrls?.local[0]
  if (!local) throw new Error('the Vite dev server has no local URL')
  url = local
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(scratch, { recursive: true, force: true })
})

/** What the meter's live region says once the page has loaded and its effects have run. */
async function announcementAfterLoad(tab: Page, load: () => Promise<unknown>) {
  await load()
  // Attached, not visible: the page loads no stylesheet, so the empty track has no height.
  await tab.getByRole('meter', { name: 'API calls' }).waitFor({ state: 'attached', timeout: 60_000 })
  // Two frames: the effect that compares with the ledger, then the render of its announcement.
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  return tab.getByRole('status').textContent()
}

describe('given a usage meter in a page that is reloaded', () => {
  it('should announce a crossing since the last visit once, and nothing on reload', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()

    await expect(announcementAfterLoad(tab, () => tab.goto(`${url}?used=300`))).resolves.toBe('')
    // Usage grew while the page was closed (another device, a batch job): 30 % → 96 %.
    await expect(announcementAfterLoad(tab, () => tab.goto(`${url}?used=960`))).resolves.toBe(
      'API calls at 95% of your limit',
    )
    await expect(announcementAfterLoad(tab, () => tab.reload())).resolves.toBe('')
    await expect(announcementAfterLoad(tab, () => tab.reload())).resolves.toBe('')

    await context.close()
  })

  it('should announce a threshold again after usage fell below it', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()

    await announcementAfterLoad(tab, () => tab.goto(`${url}?used=850`))
    await expect(announcementAfterLoad(tab, () => tab.goto(`${url}?used=400`))).resolves.toBe('')
    await expect(announcementAfterLoad(tab, () => tab.goto(`${url}?used=850`))).resolves.toBe(
      'API calls at 80% of your limit',
    )
    await expect(announcementAfterLoad(tab, () => tab.reload())).resolves.toBe('')

    await context.close()
  })
})
