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

describe('given the kit language switcher', () => {
  it('should show the kit in the chosen language and keep it in the URL, so a reload shows it again', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'grace_period' })
    await page.getByRole('status').filter({ hasText: 'Your payment failed' }).waitFor()

    await page.getByRole('combobox', { name: 'Kit language' }).selectOption('de')
    await page.getByRole('status').filter({ hasText: 'Ihre Zahlung ist fehlgeschlagen' }).waitFor()
    await page.waitForURL(/lang=de/)
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('grace_period')
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('de')
    // The session restarted in the new language; the keyboard user stays on the switcher.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('demo-language')

    await page.reload()
    await page.getByRole('status').filter({ hasText: 'Ihre Zahlung ist fehlgeschlagen' }).waitFor()
    await expect(page.getByRole('combobox', { name: 'Kit language' }).inputValue()).resolves.toBe('de')
    await context.close()
  })

  it('should turn the page right to left in Arabic, and back in English', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'grace_period' })
    await page.getByRole('combobox', { name: 'Kit language' }).selectOption('ar')
    await page.getByRole('status').filter({ hasText: 'فشلت عملية الدفع' }).waitFor()
    await expect(
      page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).resolves.toEqual(['ar', 'rtl'])

    await page.getByRole('combobox', { name: 'Kit language' }).selectOption('en')
    await page.getByRole('status').filter({ hasText: 'Your payment failed' }).waitFor()
    await expect(
      page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).resolves.toEqual(['en', 'ltr'])
    await context.close()
  })

  it('should open a paywall in the language and direction of a link with ?lang=', async () => {
    const { context, page, url } = await openDemo(browser, { scenario: 'expired', path: '/reports' })
    await page.getByRole('dialog').waitFor()
    const link = new URL(url)
    link.searchParams.set('lang', 'he')
    await page.goto(link.href)
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'לא עכשיו' }).waitFor()
    // The modal is portalled to <body>: the direction reaches it from the root element.
    await expect(dialog.evaluate((element) => getComputedStyle(element).direction)).resolves.toBe('rtl')
    await context.close()
  })
})
