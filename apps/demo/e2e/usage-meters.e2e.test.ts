import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openDemo } from './support'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function sendTraffic(page: Page, calls: '10' | '100' | '1000', times = 1) {
  for (let round = 0; round < times; round += 1) {
    await page.getByRole('combobox', { name: 'API calls to send' }).selectOption(calls)
    await page.getByRole('button', { name: 'Send' }).click()
    // The button reads "Sending…" while the calls run, and "Send" again once they are done.
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor()
  }
}

async function waitForUsage(page: Page, used: string) {
  await page
    .getByRole('meter', { name: 'API calls' })
    .and(page.locator(`[aria-valuenow="${used}"]`))
    .waitFor()
}

describe('given a free plan whose API calls climb towards the limit', () => {
  it('should move the meter through its levels and announce each threshold crossing once', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'free' })
    const meter = page.getByRole('meter', { name: 'API calls' })
    await waitForUsage(page, '140')
    await expect(meter.getAttribute('data-state')).resolves.toBe('ok')
    // The chart of the billing period marks the same thresholds, and says none is crossed yet.
    const chart = page.getByRole('img', { name: /^API calls this billing period/ })
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /140 of 1,000 \(14%\)\. No threshold crossed yet/,
    )
    await expect(
      chart.locator('[data-threshold]').evaluateAll((marks) => marks.map((mark) => mark.textContent)),
    ).resolves.toEqual(['50%', '80%', '95%', '100%'])

    await sendTraffic(page, '100', 4)
    await waitForUsage(page, '540')
    await expect(meter.getAttribute('data-state')).resolves.toBe('notice')

    await sendTraffic(page, '100', 3)
    await waitForUsage(page, '840')
    await expect(meter.getAttribute('data-state')).resolves.toBe('warning')
    await page.getByRole('status').filter({ hasText: 'API calls at 80% of your limit' }).waitFor()

    await sendTraffic(page, '100')
    await sendTraffic(page, '10')
    await waitForUsage(page, '950')
    await expect(meter.getAttribute('data-state')).resolves.toBe('critical')
    await page.getByRole('status').filter({ hasText: 'API calls at 95% of your limit' }).waitFor()

    // The last call within the limit is answered; the next one is refused with 402 quota_exceeded.
    await page.getByRole('combobox', { name: 'API calls to send' }).selectOption('100')
    await page.getByRole('button', { name: 'Send' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await expect(dialog.textContent()).resolves.toMatch(/limit/i)
    await dialog.getByRole('button', { name: 'Not now' }).click()
    await waitForUsage(page, '1000')
    await expect(meter.getAttribute('data-state')).resolves.toBe('exceeded')
    await page.getByRole('status').filter({ hasText: 'API calls limit reached' }).waitFor()
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /1,000 of 1,000 \(100%\)\. Crossed 50% on [^,]+, 80% on [^,]+, 95% on [^,]+, 100% on /,
    )

    await page.getByRole('button', { name: /^Events/ }).click()
    const crossings = page
      .getByRole('log', { name: 'Paywall events' })
      .locator('[data-event-type="threshold_crossed"]')
    await expect(crossings.count()).resolves.toBe(4)
    for (const percent of ['50%', '80%', '95%', '100%']) {
      await expect(crossings.filter({ hasText: `Threshold${percent}` }).count()).resolves.toBe(1)
    }

    // At the limit the meter offers the way out itself.
    await page.getByRole('button', { name: 'Close events' }).click()
    await page.locator('[data-meter="api_calls"]').getByRole('link', { name: 'Upgrade' }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Get more API calls' }).waitFor()
    await context.close()
  })
})
