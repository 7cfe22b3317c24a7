import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openDemo } from './support'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('given premium reports on screen when access is lost', () => {
  it('should lock only the premium panel, keeping its last data under the lock and the rest of the page working', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'grace_period', path: '/reports' })
    await page.getByRole('heading', { name: 'Revenue by channel' }).waitFor()
    await expect(page.locator('.pwk-lock').getAttribute('data-state')).resolves.toBe('unlocked')

    // The grace period runs out; every query refetches in the background.
    await page.getByRole('button', { name: '+7 days' }).click()
    await page.locator('.pwk-lock[data-state="locked"]').waitFor()
    // The user is looking at the feature that just locked: the paywall says why.
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await expect(dialog.textContent()).resolves.toMatch(/payment/i)
    await dialog.getByRole('button', { name: 'Not now' }).click()

    const premium = page.locator('.pwk-lock__content')
    await expect(premium.getAttribute('inert')).resolves.not.toBeNull()
    await expect(premium.getByText('Revenue by channel').count()).resolves.toBe(1)
    await expect(page.getByText('Visitors today').isVisible()).resolves.toBe(true)
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exports' }).isVisible(),
    ).resolves.toBe(true)
    await context.close()
  })
})
