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

const dialects = [
  'flat',
  'nested',
  'envelope',
  'problem+json',
  'stripe',
  'x402',
  'l402',
  'mpp',
  'openai',
  'ai-sdk',
  'graphql',
  'html',
  'text',
  'empty',
]

describe('given each dialect the billing API can refuse in (402s, an OpenAI-style 429, a GraphQL 200)', () => {
  for (const dialect of dialects) {
    it(`should show a human paywall with one next step, locking only the premium panel (${dialect})`, async () => {
      const { context, page } = await openDemo(browser, { scenario: 'expired', dialect, path: '/reports' })
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      const text = (await dialog.textContent()) ?? ''
      expect(text).not.toMatch(/\b402\b|Payment Required/)
      await expect(dialog.getByRole('heading').first().textContent()).resolves.not.toBe('')
      await expect(page.locator('.pwk-lock').getAttribute('data-state')).resolves.toBe('locked')
      // The free report loads on its own request, which may answer after the 402 that opened the dialog.
      await page.getByText('Visitors today').waitFor()
      await expect(dialog.isVisible()).resolves.toBe(true)

      // The server's action link where the dialect carries one, else the app's own way to billing.
      const next = dialog.locator('a.pwk-modal__action')
      await expect(next.count()).resolves.toBe(1)
      await next.click()
      await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
      await page.getByRole('status').filter({ hasText: 'Unlock Premium reports' }).waitFor()
      await context.close()
    })
  }
})
