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

describe('given a team member who cannot pay (?viewer=member)', () => {
  it('should say who to ask, copy the billing link, send a request, and offer the lock’s way to get access', async () => {
    const { context, page } = await openDemo(browser, {
      scenario: 'free',
      path: '/reports',
      params: { viewer: 'member' },
    })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()

    await expect(dialog.textContent()).resolves.toContain(
      'Ask Dana Scully to update billing for this account so you can continue.',
    )
    await expect(dialog.locator('.pwk-modal__action').count()).resolves.toBe(0)
    await dialog.getByRole('button', { name: 'Copy link to billing' }).click()
    // The status is announced once the clipboard write and the request settle: wait for the words.
    await dialog
      .getByRole('status')
      .filter({ hasText: /^Link copied$/ })
      .waitFor()
    await dialog.getByRole('button', { name: 'Ask for access' }).click()
    await dialog
      .getByRole('status')
      .filter({ hasText: /^Request sent$/ })
      .waitFor()

    await dialog.getByRole('button', { name: 'Not now' }).click()
    await page.getByRole('button', { name: 'How to get access' }).first().waitFor()
    await expect(page.getByRole('button', { name: 'Unlock' }).count()).resolves.toBe(0)
    await context.close()
  })
})

describe('given a checkout overlay (?checkout=overlay) and plans to switch between', () => {
  it('should pick a plan with the keyboard, wait for the overlay’s payment, then unlock the reports', async () => {
    const { context, page } = await openDemo(browser, {
      scenario: 'free',
      path: '/reports',
      params: { checkout: 'overlay' },
    })
    const paywall = page.getByRole('dialog')
    await paywall.waitFor()
    const plans = paywall.getByRole('radiogroup', { name: 'Plans' })
    const pro = plans.getByRole('radio', { name: /Pro/ })
    await expect(pro.getAttribute('aria-checked')).resolves.toBe('true')

    // The plan switch: the arrow key moves the pick, and the action follows it.
    await pro.focus()
    // Held as a person holds it (Playwright's press releases at once): Radix picks on the focus it moves.
    await page.keyboard.down('ArrowDown')
    await page.waitForTimeout(50)
    await page.keyboard.up('ArrowDown')
    const business = plans.getByRole('radio', { name: /Business/ })
    await expect.poll(() => business.getAttribute('aria-checked')).toBe('true')
    await paywall.getByRole('button', { name: 'Continue with Business' }).click()

    const checkout = page.getByRole('dialog', { name: 'Acme Pay' })
    await checkout.waitFor()
    await expect(page.locator('.pwk-modal__action[aria-busy="true"]').textContent()).resolves.toBe(
      'Opening checkout…',
    )
    await checkout.getByRole('button', { name: 'Pay for Business' }).click()

    await page.locator('.pwk-lock[data-state="unlocked"]').first().waitFor()
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)
    await context.close()
  })

  it('should say the checkout did not complete when the overlay is closed, and keep the paywall', async () => {
    const { context, page } = await openDemo(browser, {
      scenario: 'free',
      path: '/reports',
      params: { checkout: 'overlay' },
    })
    const paywall = page.locator('.pwk-modal__content').first()
    await paywall.waitFor()
    await paywall.getByRole('button', { name: /^Continue with/ }).click()
    const checkout = page.getByRole('dialog', { name: 'Acme Pay' })
    await checkout.getByRole('button', { name: 'Cancel' }).click()

    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Checkout could not be completed. Please try again.',
    )
    await expect(page.getByRole('dialog').count()).resolves.toBe(1)
    await context.close()
  })
})

describe('given the scenario panel', () => {
  it('should switch to a team member who cannot pay, kept in the address bar', async () => {
    const { context, page } = await openDemo(browser, { scenario: 'free' })
    await page.getByLabel('Viewer').selectOption('member')
    await expect.poll(() => page.url()).toContain('viewer=member')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await expect(dialog.textContent()).resolves.toContain('Ask Dana Scully')
    await context.close()
  })
})
