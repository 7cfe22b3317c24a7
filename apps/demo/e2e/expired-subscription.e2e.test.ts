import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openDemo, saveScreenshot } from './support'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('given an expired subscription', () => {
  it('should lock premium reports behind the paywall and unlock them after upgrading, with one refetch', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'expired', path: '/reports' })
    const reportRequests: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname === '/api/reports') {
        reportRequests.push(request.url())
      }
    })

    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await expect(dialog.getByRole('heading').first().textContent()).resolves.toMatch(
      /subscription has (ended|expired)/i,
    )
    expect(await dialog.textContent()).not.toMatch(/\b402\b|payment required/i)
    await saveScreenshot(page, 'paywall-modal')

    // The free report beside the locked one keeps working while the paywall is up. It loads on its own
    // request, which may answer after the 402 that opened the dialog.
    await page.getByText('Visitors today').waitFor()
    await expect(dialog.isVisible()).resolves.toBe(true)

    await dialog.getByRole('link', { name: /renew/i }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)

    await page.getByRole('link', { name: 'Renew Pro' }).click()
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor()
    reportRequests.length = 0
    await page.getByRole('button', { name: /^Pay / }).click()
    await page.getByRole('heading', { name: 'Payment successful' }).waitFor()

    await page.getByRole('link', { name: 'Back to Reports' }).click()
    await page.getByRole('heading', { name: 'Revenue by channel' }).waitFor()
    await expect(page.locator('.pwk-lock').getAttribute('data-state')).resolves.toBe('unlocked')
    expect(reportRequests).toHaveLength(1)

    await page.getByRole('button', { name: /^Events/ }).click()
    const log = page.getByRole('log', { name: 'Paywall events' })
    for (const type of ['paywall_shown', 'action_clicked', 'paywall_resolved']) {
      await expect(log.locator(`[data-event-type="${type}"]`).count()).resolves.toBe(1)
    }
    // Following the paywall's action closed it; that is not the user saying "Not now".
    await expect(log.locator('[data-event-type="paywall_dismissed"]').count()).resolves.toBe(0)
    await context.close()
  })
})
