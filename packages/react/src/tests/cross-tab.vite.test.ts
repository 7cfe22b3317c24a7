import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { type Browser, chromium } from 'playwright'
import { createServer, type Plugin, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumPath, sourceConditions } from '../../../../vitest.shared.ts'

// Two tabs of one app in one browser context, as a user opens them: they share only the origin, so
// only BroadcastChannel (and storage) link them. The app imports @paywall-kit/react from source.
const page = fileURLToPath(new URL('../../test/cross-tab-page/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'pwk-cross-tab-'))
const account = { paid: false }

/** The billing API of the page: `/api/reports` is paywalled until the account is paid. */
function billingApi(): Plugin {
  return {
    name: 'billing-api',
    configureServer(server) {
      server.middlewares.use('/api/reports', (_request, response) => {
        response.setHeader('content-type', 'application/json')
        response.statusCode = account.paid ? 200 : 402
        response.end(
          JSON.stringify(
            account.paid
              ? { rows: 3 }
              : { error: { code: 'SUBSCRIPTION_EXPIRED', message: 'Your subscription has expired.' } },
          ),
        )
      })
    },
  }
}

let browser: Browser
let server: ViteDevServer
let url: string

beforeAll(async () => {
  server = await createServer({
    root: page,
    configFile: false,
    logLevel: 'silent',
    cacheDir: join(scratch, 'cache'),
    plugins: [react(), billingApi()],
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

beforeEach(() => {
  account.paid = false
})

async function openTwoTabs() {
  const context = await browser.newContext()
  const errors: string[] = []
  const open = async () => {
    const tab = await context.newPage()
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto(url)
    await tab.getByRole('dialog').waitFor({ timeout: 60_000 })
    await tab.getByText('Reports are locked').waitFor()
    return tab
  }
  const a = await open()
  const b = await open()
  return { context, a, b, errors }
}

describe('given two tabs of one app, both behind the paywall', () => {
  it('should close the paywall in the other tab on "Not now", keeping its lock', async () => {
    const { context, a, b, errors } = await openTwoTabs()

    await a.getByRole('button', { name: 'Not now' }).click()

    await b.getByRole('dialog').waitFor({ state: 'detached' })
    await expect(b.getByText('Reports are locked').isVisible()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('should unlock the other tab without a reload when the user pays in one', async () => {
    const { context, a, b, errors } = await openTwoTabs()
    await a.getByRole('button', { name: 'Not now' }).click()
    await a.getByRole('dialog').waitFor({ state: 'detached' })
    const reloads: string[] = []
    b.on('framenavigated', (frame) => reloads.push(frame.url()))

    account.paid = true
    await a.getByRole('button', { name: 'I have paid' }).click()

    await a.getByText('3 reports').waitFor()
    await b.getByText('3 reports').waitFor()
    await expect(b.getByText('Reports are locked').count()).resolves.toBe(0)
    expect(reloads).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
