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
