import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './support'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('given the production build on a plain static host, under a sub-path', () => {
  it('should register the mock API worker beside the page and run the paywall journey', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    const base = inject('subPathUrl')
    await page.goto(`${base}?scenario=expired#/reports`)
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()

    const scope = await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((registration) => registration?.scope),
    )
    expect(scope).toBe(base)

    // The 402's action URL is path-style (/billing?…): the app routes it to its own billing page.
    await dialog.getByRole('link', { name: /renew/i }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(new URL(base).pathname)
    expect(new URL(page.url()).hash).toMatch(/^#\/billing\?upgrade=reports/)
    await context.close()
  })
})

describe('given a path-style link into the app, as a 402 action URL would be', () => {
  it('should open that page through the hash router and keep the demo parameters', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    // `vite preview` answers unknown paths with the app, as most SPA hosts do.
    await page.goto(`${inject('appUrl')}billing?upgrade=exports&reason=upgrade_required&scenario=free`)
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Unlock Exports' }).waitFor()
    const url = new URL(page.url())
    expect(url.pathname).toBe('/')
    expect(url.searchParams.get('scenario')).toBe('free')
    expect(url.hash).toBe('#/billing?upgrade=exports&reason=upgrade_required')
    await page.getByRole('link', { name: /Free.*Free plan/ }).waitFor()
    await context.close()
  })
})
