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

describe('given the scenario panel', () => {
  it('should keep the chosen scenario and dialect in the URL, so a reload reproduces the state', async () => {
    const { context, page } = await openDemo(browser)
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('grace_period')
    await page.getByRole('status').filter({ hasText: 'Your payment failed' }).waitFor()
    // The keyboard user stays on the control they used, although the session restarted.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('demo-scenario')

    await page.getByRole('combobox', { name: '402 dialect' }).selectOption('stripe')
    await page.waitForURL(/dialect=stripe/)
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('grace_period')

    await page.reload()
    await page.getByRole('status').filter({ hasText: 'Your payment failed' }).waitFor()
    await expect(page.getByRole('combobox', { name: 'Scenario' }).inputValue()).resolves.toBe('grace_period')
    await expect(page.getByRole('combobox', { name: '402 dialect' }).inputValue()).resolves.toBe('stripe')
    await context.close()
  })

  it('should answer in the chosen dialect and log it with the request id', async () => {
    const { context, page } = await openDemo(browser, {
      scenario: 'expired',
      dialect: 'stripe',
      path: '/reports',
    })
    await page.getByRole('dialog').waitFor()
    await page.getByRole('button', { name: 'Not now' }).click()
    await page.getByRole('button', { name: /^Events/ }).click()
    const shown = page
      .getByRole('log', { name: 'Paywall events' })
      .locator('[data-event-type="paywall_shown"]')
    await expect(shown.textContent()).resolves.toContain('Dialectstripe')
    await expect(shown.textContent()).resolves.toMatch(/Request ID\w{8,}/)
    await expect(shown.textContent()).resolves.toContain('FeaturePremium reports')
    await context.close()
  })

  it('should move the clock and reset the demo', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'trialing' })
    const trial = page.getByText('Your trial is ending')
    await trial.waitFor()
    await page.getByRole('button', { name: '+7 days' }).click()
    await page.getByRole('link', { name: /Pro.*(Expired|Free)/ }).waitFor()
    await page.getByRole('button', { name: 'Reset' }).click()
    await page.waitForURL((url) => !url.searchParams.has('scenario'))
    await page.getByRole('link', { name: /Pro.*Active/ }).waitFor()
    await context.close()
  })
})
