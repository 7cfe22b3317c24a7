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

// The same build, pointed at the real HTTP mock server with `?api=`; each test is its own demo user.
describe('given the demo running against the real HTTP mock billing server', () => {
  it('should talk to the server, not to an in-browser mock', async () => {
    const { context, page } = await openDemo(browser, { server: true })
    await page.getByText(/^Mock API at http:\/\/127\.0\.0\.1:\d+$/).waitFor()
    await expect(
      page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length)),
    ).resolves.toBe(0)
    await context.close()
  })

  it('should unlock premium reports after upgrading an expired subscription, with one refetch', async () => {
    const { context, page } = await openDemo(browser, { server: true, scenario: 'expired', path: '/reports' })
    const reportRequests: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname === '/api/reports') {
        reportRequests.push(request.url())
      }
    })
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    // The free report loads on its own request, which may answer after the 402 that opened the dialog.
    await page.getByText('Visitors today').waitFor()
    await expect(dialog.isVisible()).resolves.toBe(true)

    await dialog.getByRole('link', { name: /renew/i }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await page.getByRole('link', { name: 'Renew Pro' }).click()
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor()
    reportRequests.length = 0
    await page.getByRole('button', { name: /^Pay / }).click()
    await page.getByRole('heading', { name: 'Payment successful' }).waitFor()
    await page.getByRole('link', { name: 'Back to Reports' }).click()
    await page.getByRole('heading', { name: 'Revenue by channel' }).waitFor()
    expect(reportRequests).toHaveLength(1)
    expect(new URL(reportRequests[0] ?? '').origin).not.toBe(new URL(page.url()).origin)
    await context.close()
  })

  it('should clear the grace banner once the card is updated', async () => {
    const { context, page } = await openDemo(browser, { server: true, scenario: 'grace_period' })
    const banner = page.getByRole('status').filter({ hasText: 'Your payment failed' })
    await banner.waitFor()
    await expect(banner.textContent()).resolves.toContain('in 3 days')
    await banner.getByRole('link', { name: 'Update payment method' }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await page.getByRole('button', { name: 'Update card' }).click()
    await page.getByText('Payment method updated').waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('meter', { name: 'API calls' }).waitFor()
    await expect(page.getByText('Your payment failed').count()).resolves.toBe(0)
    await context.close()
  })

  it('should announce the 95 % and 100 % crossings once and open the paywall at the limit', async () => {
    const { context, page } = await openDemo(browser, { server: true, scenario: 'quota_nearly_full' })
    const meter = page.getByRole('meter', { name: 'API calls' })
    await meter.and(page.locator('[aria-valuenow="8500"]')).waitFor()
    await expect(meter.getAttribute('data-state')).resolves.toBe('warning')

    await page.getByRole('combobox', { name: 'API calls to send' }).selectOption('1000')
    await page.getByRole('button', { name: 'Send' }).click()
    await meter.and(page.locator('[aria-valuenow="9500"]')).waitFor()
    await expect(meter.getAttribute('data-state')).resolves.toBe('critical')

    await page.getByRole('button', { name: 'Send' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Not now' }).click()
    await meter.and(page.locator('[aria-valuenow="10000"]')).waitFor()
    await expect(meter.getAttribute('data-state')).resolves.toBe('exceeded')

    await page.getByRole('button', { name: /^Events/ }).click()
    const crossings = page
      .getByRole('log', { name: 'Paywall events' })
      .locator('[data-event-type="threshold_crossed"]')
    await expect(crossings.count()).resolves.toBe(2)
    await expect(crossings.filter({ hasText: 'Threshold95%' }).count()).resolves.toBe(1)
    await expect(crossings.filter({ hasText: 'Threshold100%' }).count()).resolves.toBe(1)
    await context.close()
  })

  it('should offer "Try again" for an export after upgrading from the free plan', async () => {
    const { context, page } = await openDemo(browser, { server: true, scenario: 'free', path: '/exports' })
    await page.getByRole('button', { name: 'Create export' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await dialog.getByRole('link', { name: 'See plans' }).click()
    await page.getByRole('link', { name: 'Upgrade to Pro' }).click()
    await page.getByRole('button', { name: /^Pay / }).click()
    await page.getByRole('link', { name: 'Back to Exports' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Exports are included in your plan now' })
      .getByRole('button', { name: 'Try again' })
      .click()
    await page.getByText(/acme-analytics-exp_\w+\.csv/).waitFor()
    await context.close()
  })

  it('should let the user buy AI credits and continue', async () => {
    const { context, page } = await openDemo(browser, {
      server: true,
      scenario: 'credits_exhausted',
      path: '/ai',
    })
    await page.getByRole('button', { name: 'Summarise' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await dialog.getByRole('link', { name: 'Buy credits' }).click()
    await page.getByRole('link', { name: /^Buy 100 credits/ }).click()
    await page.getByRole('button', { name: /^Pay / }).click()
    await page.getByRole('link', { name: 'Back to AI summaries' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Credits added' })
      .getByRole('button', { name: 'Continue' })
      .click()
    await page.getByText(/^In short:/).waitFor()
    await page.getByText('99 credits left', { exact: true }).waitFor()
    await context.close()
  })

  for (const status of [401, 500]) {
    it(`should report a ${status} as an error and never open the paywall`, async () => {
      const { context, page } = await openDemo(browser, { server: true, scenario: 'active' })
      await page.getByRole('button', { name: `Simulate ${status}` }).click()
      await page.getByText(`Request failed with ${status}`).waitFor()
      await expect(page.getByRole('dialog').count()).resolves.toBe(0)
      await context.close()
    })
  }
})
