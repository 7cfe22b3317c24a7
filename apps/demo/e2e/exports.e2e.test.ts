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

describe('given the free plan and a premium export', () => {
  it('should ask to upgrade, never replay the export by itself, and offer "Try again" after upgrading', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'free', path: '/exports' })
    const exportCalls: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/exports') {
        exportCalls.push(request.url())
      }
    })
    await page.getByText('No exports yet').waitFor()
    await page.getByRole('radio', { name: /PDF/ }).check()
    await page.getByRole('button', { name: 'Create export' }).click()

    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(exportCalls).toHaveLength(1)
    await dialog.getByRole('link', { name: 'See plans' }).click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Unlock Exports' }).waitFor()

    await page.getByRole('link', { name: 'Upgrade to Pro' }).click()
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor()
    await page.getByRole('button', { name: /^Pay / }).click()
    await page.getByRole('heading', { name: 'Payment successful' }).waitFor()
    await page.getByRole('link', { name: 'Back to Exports' }).click()
    await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor()

    const retry = page.getByRole('status').filter({ hasText: 'Exports are included in your plan now' })
    await retry.waitFor()
    expect(exportCalls).toHaveLength(1)
    await retry.getByRole('button', { name: 'Try again' }).click()
    await page.getByText(/acme-analytics-exp_\w+\.pdf/).waitFor()
    expect(exportCalls).toHaveLength(2)
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)
    await context.close()
  })
})
