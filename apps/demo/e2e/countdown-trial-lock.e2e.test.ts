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

describe('given every API call of the month used (quota_exhausted)', () => {
  it('should say when the quota resets, in words, with Try again disabled until then', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'quota_exhausted' })
    await page.getByRole('button', { name: 'Run a query' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()

    const countdown = dialog.locator('.pwk-modal__countdown')
    await expect(countdown.textContent()).resolves.toMatch(/Try again (in \d+ (days|hours)|tomorrow)/)
    await expect(dialog.getByRole('button', { name: 'Try again' }).isDisabled()).resolves.toBe(true)
    await expect(dialog.locator('[aria-live="polite"]').first().textContent()).resolves.toMatch(/Try again/)
    await saveScreenshot(page, 'quota-countdown')
    await context.close()
  })
})

describe('given a Pro trial with no card on file (trialing)', () => {
  it('should show the trial-ending banner with its days left and Choose a plan', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'trialing' })
    const banner = page.getByRole('status').filter({ hasText: 'Your trial is ending' })
    await banner.waitFor()

    await expect(banner.textContent()).resolves.toContain('Trial ends in 3 days')
    await expect(banner.getByRole('link', { name: 'Choose a plan' }).count()).resolves.toBe(1)
    await saveScreenshot(page, 'trial-banner')
    await context.close()
  })
})

describe('given the premium reports locked (expired)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`should show the lock panel over the blurred reports in ${colorScheme} mode`, async () => {
      const { context, page } = await openDemo(browser, {
        scenario: 'expired',
        path: '/reports',
        colorScheme,
      })
      await page.getByRole('dialog').getByRole('button', { name: 'Not now' }).click()
      const lock = page.locator('.pwk-lock[data-state="locked"]')
      await lock.waitFor()
      const panel = lock.locator('.pwk-lock__panel')
      await panel.waitFor()

      const style = await panel.evaluate((element) => getComputedStyle(element).backgroundColor)
      expect(style).toBe(colorScheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)')
      await lock.scrollIntoViewIfNeeded()
      await saveScreenshot(page, colorScheme === 'dark' ? 'feature-lock-dark' : 'feature-lock')
      await context.close()
    })
  }

  it('should keep the whole panel inside the lock at 320 px', async () => {
    const { context, page } = await openDemo(browser, {
      scenario: 'expired',
      path: '/reports',
      viewport: { width: 320, height: 720 },
    })
    await page.getByRole('dialog').getByRole('button', { name: 'Not now' }).click()
    const lock = page.locator('.pwk-lock[data-state="locked"]')
    await lock.locator('.pwk-lock__panel').waitFor()

    const [lockBox, panelBox] = await Promise.all([
      lock.boundingBox(),
      lock.locator('.pwk-lock__panel').boundingBox(),
    ])
    expect(lockBox && panelBox).toBeTruthy()
    if (!lockBox || !panelBox) return
    expect(panelBox.x).toBeGreaterThanOrEqual(lockBox.x)
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(lockBox.x + lockBox.width + 0.5)
    expect(panelBox.y).toBeGreaterThanOrEqual(lockBox.y)
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(lockBox.y + lockBox.height + 0.5)
    await lock.scrollIntoViewIfNeeded()
    await saveScreenshot(page, 'feature-lock-narrow')
    await context.close()
  })
})
