import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { reasonCopy } from '@paywall-kit/core'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts'
import { type StaticServer, serveStatic } from './serve-static.ts'

const appDir = fileURLToPath(new URL('..', import.meta.url))
const basePath = '/docs/kit/storybook/'
const storyId = 'components-featurelock--pay-to-unlock'
const expiredTitle = reasonCopy('subscription_expired').title

/** What Storybook's preview reports when a story's render, play function and afterEach (axe) are done. */
interface StoryFinished {
  storyId: string
  status: 'success' | 'error' | 'warning'
  reporters: { type: string; status: string }[]
}

interface WatchedWindow {
  __pwkStoryFinished?: StoryFinished
  __pwkDialogsShown?: string[]
}

interface ApiExchange {
  request: string
  status: number
  fromServiceWorker: boolean
}

/** `storybook build` through the CLI, as `pnpm --filter @paywall-kit/storybook build` runs it. */
async function buildStorybook(outputDir: string) {
  const manifestPath = createRequire(import.meta.url).resolve('storybook/package.json')
  const { bin } = JSON.parse(await readFile(manifestPath, 'utf8')) as { bin: string | Record<string, string> }
  const cli = join(dirname(manifestPath), typeof bin === 'string' ? bin : (bin.storybook ?? ''))
  // Vitest's own variables (NODE_ENV=test, VITEST*) would make this a different build from the real one.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  )
  await promisify(execFile)(process.execPath, [cli, 'build', '--quiet', '--output-dir', outputDir], {
    cwd: appDir,
    env: { ...env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    timeout: 120_000,
    maxBuffer: 32 * 1024 * 1024,
  })
}

/**
 * Runs in the page before Storybook: records each dialog's title as it appears (the play function opens
 * and closes the modal faster than polling could see) and the preview's "story finished" report.
 */
function watchStory() {
  const watched = window as WatchedWindow
  const shown: string[] = []
  const seen = new WeakSet<Element>()
  watched.__pwkDialogsShown = shown
  new MutationObserver(() => {
    for (const dialog of document.querySelectorAll('[role="dialog"]')) {
      if (seen.has(dialog)) continue
      seen.add(dialog)
      const titleId = dialog.getAttribute('aria-labelledby')
      shown.push((titleId && document.getElementById(titleId)?.textContent) || '')
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] })

  type Channel = { on: (event: string, listener: (payload: StoryFinished) => void) => void }
  let channel: Channel | undefined
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: Channel) {
      channel = value
      value.on('storyFinished', (payload) => {
        watched.__pwkStoryFinished = payload
      })
    },
  })
}

describe(`given the static build served under ${basePath} by a plain static host`, () => {
  let outputDir: string | undefined
  let server: StaticServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let finished: StoryFinished
  const api: ApiExchange[] = []

  beforeAll(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'pwk-storybook-static-'))
    await buildStorybook(outputDir)
    server = await serveStatic(outputDir, { basePath })
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
    context = await browser.newContext()
    context.setDefaultTimeout(30_000)
    page = await context.newPage()
    page.on('response', (response) => {
      const { pathname } = new URL(response.url())
      if (!pathname.startsWith('/api/')) return
      api.push({
        request: `${response.request().method()} ${pathname}`,
        status: response.status(),
        fromServiceWorker: response.fromServiceWorker(),
      })
    })
    await page.addInitScript(watchStory)
    await page.goto(`${server.url}iframe.html?id=${storyId}&viewMode=story`)
    const report = await page.waitForFunction(() => (window as WatchedWindow).__pwkStoryFinished)
    finished = (await report.jsonValue()) as StoryFinished
  }, 180_000)

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.close()
    if (outputDir) await rm(outputDir, { recursive: true, force: true })
  })

  describe('when the FeatureLock PayToUnlock story is opened', () => {
    it('should finish the story with its play function and axe check passing', () => {
      expect(finished).toMatchObject({ storyId, status: 'success' })
      expect(finished.reporters).toContainEqual(expect.objectContaining({ type: 'a11y', status: 'passed' }))
    })

    it('should open the paywall modal when the premium reports answer 402', async () => {
      expect(api.find(({ request }) => request === 'GET /api/reports')).toMatchObject({ status: 402 })
      const dialogsShown = await page.evaluate(() => (window as WatchedWindow).__pwkDialogsShown)
      // Once after the 402, once more from "Unlock" after Escape.
      expect(dialogsShown).toEqual([expiredTitle, expiredTitle])
    })

    it('should unlock the premium reports after paying, with the modal closed', async () => {
      expect(
        api.filter(({ request }) => request === 'POST /api/checkout').map(({ status }) => status),
      ).toEqual([200])
      expect(api.filter(({ request }) => request === 'GET /api/reports').map(({ status }) => status)).toEqual(
        [402, 200],
      )
      await expect(
        page.getByRole('table', { name: 'Premium reports', exact: true }).isVisible(),
      ).resolves.toBe(true)
      await expect(page.getByRole('button', { name: 'Unlock' }).count()).resolves.toBe(0)
      await expect(page.getByRole('dialog').count()).resolves.toBe(0)
      await expect(page.getByRole('table', { name: 'Overview' }).isVisible()).resolves.toBe(true)
    })

    it('should answer every /api/* request from the MSW worker, none from the host', () => {
      expect(api.length).toBeGreaterThan(0)
      expect(api.filter(({ fromServiceWorker }) => !fromServiceWorker)).toEqual([])
      expect(server.requests.filter((request) => request.includes('/api/'))).toEqual([])
    })

    it('should control the page with the worker script of the sub-path, registered for that sub-path', async () => {
      const worker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return { scope: registration?.scope, controller: navigator.serviceWorker.controller?.scriptURL }
      })
      expect(worker).toEqual({ scope: server.url, controller: `${server.url}mockServiceWorker.js` })
      expect(server.requests).toContain(`GET ${basePath}mockServiceWorker.js`)
    })

    it('should request nothing from the host outside the sub-path', () => {
      // Chromium itself asks the host for /favicon.ico on a top-level page without an icon link.
      const outside = server.requests.filter(
        (request) => request !== 'GET /favicon.ico' && !request.split(' ')[1]?.startsWith(basePath),
      )
      expect(outside).toEqual([])
      expect(server.requests).toContain(`GET ${basePath}iframe.html?id=${storyId}&viewMode=story`)
    })
  })
})
