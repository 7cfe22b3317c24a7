import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openDemo, tabTo } from './support'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('given a keyboard-only user with an expired subscription', () => {
  it('should take them from the paywall through checkout back to the unlocked reports', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'expired', path: '/reports' })
    await page.getByRole('dialog').waitFor()
    await expect(
      page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))),
    ).resolves.toBe(true)

    await tabTo(page, /^Renew subscription$/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-title')

    await tabTo(page, /^Renew Pro$/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor()

    await tabTo(page, /^Pay /)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Payment successful' }).waitFor()
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Payment successful')

    await tabTo(page, /Back to Reports/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Revenue by channel' }).waitFor()
    await expect(page.locator('.pwk-lock').getAttribute('data-state')).resolves.toBe('unlocked')
    await context.close()
  })

  it('should let them dismiss the paywall with Escape and reopen it from the locked panel', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'expired', path: '/reports' })
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)
    // The page is usable again: Radix's pointer-events lock on <body> is gone.
    await expect(page.evaluate(() => document.body.style.pointerEvents)).resolves.not.toBe('none')

    await tabTo(page, /^Unlock$/)
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor()
    await context.close()
  })
})
