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

describe('given requests that fail for reasons other than payment', () => {
  for (const status of [401, 500]) {
    it(`should report a ${status} as an error and never open the paywall`, async () => {
      const { context, page } = await openDemo(browser, { scenario: 'active' })
      await page.getByRole('button', { name: `Simulate ${status}` }).click()
      await page.getByText(`Request failed with ${status}`).waitFor()
      await expect(page.getByRole('dialog').count()).resolves.toBe(0)

      await page.getByRole('button', { name: /^Events/ }).click()
      const log = page.getByRole('log', { name: 'Paywall events' })
      await log.getByText('No events yet').waitFor()
      await context.close()
    })
  }
})
