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

describe('given a failed renewal in its grace period', () => {
  it('should warn with the days left, count down with the clock, and go away once the card is updated', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'grace_period' })
    const banner = page.getByRole('status').filter({ hasText: 'Your payment failed' })
    await banner.waitFor()
    await expect(banner.textContent()).resolves.toContain('in 3 days')
    await expect(page.getByRole('link', { name: /Pro.*Payment issue/ }).count()).resolves.toBe(1)
    await saveScreenshot(page, 'grace-banner')

    await page.getByRole('button', { name: '+1 day' }).click()
    await banner.filter({ hasText: 'in 2 days' }).waitFor()

    await banner.getByRole('link', { name: 'Update payment method' }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)

    const card = page.getByRole('textbox', { name: 'Card number' })
    await card.fill('4000 0000 0000 0002')
    await page.getByRole('button', { name: 'Update card' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: /declined/i })
      .waitFor()
    // A declined card is the form's own error: it never opens the paywall.
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)

    await card.fill('4242 4242 4242 4242')
    await page.getByRole('button', { name: 'Update card' }).click()
    await page.getByText('Payment method updated').waitFor()
    await page.getByRole('link', { name: /Pro.*Active/ }).waitFor()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
    await page.getByRole('meter', { name: 'API calls' }).waitFor()
    await expect(page.getByText('Your payment failed').count()).resolves.toBe(0)
    await context.close()
  })

  it('should turn the banner into an alert once the grace period has run out', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'grace_period' })
    await page.getByRole('status').filter({ hasText: 'Your payment failed' }).waitFor()
    await page.getByRole('button', { name: '+7 days' }).click()
    const alert = page.getByRole('alert').filter({ hasText: /access has ended/i })
    await alert.waitFor()
    await expect(alert.getByRole('link', { name: 'Update payment method' }).count()).resolves.toBe(1)
    await context.close()
  })
})
