import { AxeBuilder } from '@axe-core/playwright'
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

describe('given ?devtools=1', () => {
  it('should dock the paywall devtools, showing the live paywall, in the production build', async () => {
    const { context, page, url } = await openDemo(browser, { scenario: 'expired', path: '/reports' })
    await expect(page.getByRole('button', { name: 'Paywall devtools' }).count()).resolves.toBe(0)

    await page.goto(url.replace('#', `${url.includes('?') ? '&' : '?'}devtools=1#`))
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    const toggle = page.getByRole('button', { name: 'Paywall devtools' })
    await toggle.click()
    const panel = page.getByRole('region', { name: 'Paywall devtools' })
    await panel.getByRole('region', { name: 'Current paywall' }).getByText('subscription_expired').waitFor()
    await expect(
      panel
        .getByRole('table', { name: 'Locks' })
        .getByRole('row', { name: /reports/ })
        .count(),
    ).resolves.toBe(1)

    const results = await new AxeBuilder({ page }).include('.pwk-devtools').analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])

    await page.keyboard.press('Escape')
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await context.close()
  })
})
