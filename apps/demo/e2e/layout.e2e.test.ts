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

describe('given a phone-sized screen', () => {
  it('should fold the sidebar behind the menu button and close it after navigating', async () => {
    const { context, page } = await openDemo(browser, {
      scenario: 'active',
      viewport: { width: 390, height: 844 },
    })
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.isVisible()).resolves.toBe(false)
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')

    await menu.click()
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
    await nav.getByRole('link', { name: 'Reports' }).click()
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor()
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(nav.isVisible()).resolves.toBe(false)

    await menu.click()
    await nav.getByRole('link', { name: 'Billing' }).waitFor()
    await page.keyboard.press('Escape')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    // No horizontal scrolling at phone width.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true)
    await context.close()
  })
})

describe('given the theme switch', () => {
  it('should follow the system until the user picks a theme, and remember the choice', async () => {
    const { context, page } = await openDemo(browser, { colorScheme: 'dark' })
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const dark = await background()
    await page.getByRole('button', { name: 'Light theme' }).click()
    await expect(
      page.getByRole('button', { name: 'Light theme' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true')
    const light = await background()
    expect(light).not.toBe(dark)

    await page.reload()
    await page.locator('#page-title').waitFor()
    await expect(background()).resolves.toBe(light)
    await page.getByRole('button', { name: 'System theme' }).click()
    await expect(background()).resolves.toBe(dark)
    await context.close()
  })
})
