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

describe('given no AI credits left', () => {
  it('should ask to buy credits and let the user continue with the same text afterwards', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'credits_exhausted', path: '/ai' })
    await page.getByText('0 credits left').waitFor()
    await page
      .getByRole('textbox', { name: 'Notes and metrics' })
      .fill('Churn fell to 2.1% after the onboarding emails. More detail later.')
    await page.getByRole('button', { name: 'Summarise' }).click()

    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await expect(dialog.textContent()).resolves.toMatch(/credits/i)
    await dialog.getByRole('link', { name: 'Buy credits' }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Top up AI credits' }).waitFor()

    await page.getByRole('link', { name: /^Buy 100 credits/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor()
    await page.getByRole('button', { name: /^Pay / }).click()
    await page.getByRole('heading', { name: 'Payment successful' }).waitFor()
    await page.getByRole('link', { name: 'Back to AI summaries' }).click()

    const resume = page.getByRole('status').filter({ hasText: 'Credits added' })
    await resume.waitFor()
    await resume.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('In short: Churn fell to 2.1% after the onboarding emails.').waitFor()
    await page.getByText('99 credits left', { exact: true }).waitFor()
    await context.close()
  })
})
