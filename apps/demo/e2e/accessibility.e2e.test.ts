import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, type OpenOptions, openDemo, saveScreenshot } from './support'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Axe's violations as "rule: target" lines, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  )
}

interface State {
  name: string
  open: OpenOptions
  /** Brings the page into the state; resolves once it is there. */
  setup: (page: Page) => Promise<void>
  screenshot?: string
}

const states: State[] = [
  {
    name: 'the overview of an active plan',
    open: { scenario: 'active' },
    setup: (page) => page.getByRole('meter', { name: 'API calls' }).waitFor(),
    screenshot: 'overview',
  },
  {
    name: 'the overview in its grace period',
    open: { scenario: 'grace_period' },
    setup: (page) => page.getByRole('status').filter({ hasText: 'Your payment failed' }).waitFor(),
  },
  {
    name: 'the overview once access ended after the grace period',
    open: { scenario: 'grace_period' },
    setup: async (page) => {
      await page.getByRole('meter', { name: 'API calls' }).waitFor()
      await page.getByRole('button', { name: '+7 days' }).click()
      await page
        .getByRole('alert')
        .filter({ hasText: /access has ended/i })
        .waitFor()
    },
  },
  {
    name: 'the overview with the API-call quota used up',
    open: { scenario: 'quota_exhausted' },
    setup: (page) =>
      page.getByRole('meter', { name: 'API calls' }).and(page.locator('[data-state="exceeded"]')).waitFor(),
  },
  {
    name: 'the overview on a trial',
    open: { scenario: 'trialing' },
    setup: (page) => page.getByText('Your trial is ending').waitFor(),
  },
  {
    name: 'the paywall modal over the reports',
    open: { scenario: 'expired', path: '/reports' },
    setup: (page) => page.getByRole('dialog').waitFor(),
  },
  {
    name: 'the reports with the premium panel locked',
    open: { scenario: 'expired', path: '/reports' },
    setup: async (page) => {
      await page.getByRole('dialog').getByRole('button', { name: 'Not now' }).click()
      await page.locator('.pwk-lock[data-state="locked"]').waitFor()
    },
    screenshot: 'reports-locked',
  },
  {
    name: 'the unlocked reports',
    open: { scenario: 'active', path: '/reports' },
    setup: (page) => page.getByRole('heading', { name: 'Revenue by channel' }).waitFor(),
  },
  {
    name: 'the exports page',
    open: { scenario: 'active', path: '/exports' },
    setup: (page) => page.getByText('No exports yet').waitFor(),
  },
  {
    name: 'the exports page waiting for an upgrade',
    open: { scenario: 'free', path: '/exports' },
    setup: async (page) => {
      await page.getByRole('button', { name: 'Create export' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Not now' }).click()
      await page.getByText('Exports need the Pro plan').waitFor()
    },
  },
  {
    name: 'the AI summaries out of credits, with the paywall',
    open: { scenario: 'credits_exhausted', path: '/ai' },
    setup: async (page) => {
      await page.getByRole('button', { name: 'Summarise' }).click()
      await page.getByRole('dialog').waitFor()
    },
  },
  {
    name: 'the billing page of a suspended account',
    open: { scenario: 'invoice_unpaid', path: '/billing' },
    setup: (page) => page.getByRole('heading', { name: 'Invoices' }).waitFor(),
    screenshot: 'billing',
  },
  {
    name: 'the billing page with a declined card',
    open: { scenario: 'grace_period', path: '/billing' },
    setup: async (page) => {
      await page.getByRole('textbox', { name: 'Card number' }).fill('4000 0000 0000 0002')
      await page.getByRole('button', { name: 'Update card' }).click()
      await page
        .getByRole('alert')
        .filter({ hasText: /declined/ })
        .waitFor()
    },
  },
  {
    name: 'the billing page of a free plan without invoices',
    open: { scenario: 'free', path: '/billing' },
    setup: (page) => page.getByText('No invoices yet').waitFor(),
  },
  {
    name: 'the checkout',
    open: { scenario: 'free', path: '/checkout?plan=pro' },
    setup: (page) => page.getByRole('button', { name: /^Pay / }).waitFor(),
  },
  {
    name: 'the checkout after paying',
    open: { scenario: 'free', path: '/checkout?plan=business' },
    setup: async (page) => {
      await page.getByRole('button', { name: /^Pay / }).click()
      await page.getByRole('heading', { name: 'Payment successful' }).waitFor()
    },
  },
  {
    name: 'an incomplete checkout link',
    open: { scenario: 'active', path: '/checkout' },
    setup: (page) => page.getByText('There is nothing to pay for').waitFor(),
  },
  {
    name: 'an unknown page',
    open: { path: '/nowhere' },
    setup: (page) => page.getByText('This page does not exist').waitFor(),
  },
  {
    name: 'the events drawer after a paywall',
    open: { scenario: 'expired', path: '/reports' },
    setup: async (page) => {
      await page.getByRole('dialog').getByRole('link', { name: /renew/i }).click()
      await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
      await page.getByRole('button', { name: /^Events/ }).click()
      await page.locator('[data-event-type="action_clicked"]').waitFor()
    },
    screenshot: 'events',
  },
  {
    name: 'an error toast',
    open: { scenario: 'active' },
    setup: async (page) => {
      await page.getByRole('button', { name: 'Simulate 500' }).click()
      await page.getByText('Request failed with 500').waitFor()
    },
  },
  {
    name: 'the dark theme with the paywall',
    open: { scenario: 'expired', path: '/reports', colorScheme: 'dark' },
    setup: (page) => page.getByRole('dialog').waitFor(),
    screenshot: 'dark-paywall',
  },
  {
    name: 'the dark theme overview in the grace period',
    open: { scenario: 'grace_period', colorScheme: 'dark' },
    setup: (page) => page.getByRole('status').filter({ hasText: 'Your payment failed' }).waitFor(),
    screenshot: 'dark',
  },
  {
    name: 'the light theme chosen over a dark system setting',
    open: { scenario: 'active', colorScheme: 'dark' },
    setup: async (page) => {
      await page.getByRole('button', { name: 'Light theme' }).click()
      await page.locator('html[data-theme="light"]').waitFor({ state: 'attached' })
    },
  },
  {
    name: 'a phone with the menu open',
    open: { scenario: 'grace_period', viewport: { width: 390, height: 844 } },
    setup: async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click()
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).waitFor()
    },
  },
  {
    name: 'a phone with the paywall',
    open: { scenario: 'expired', path: '/reports', viewport: { width: 390, height: 844 } },
    setup: (page) => page.getByRole('dialog').waitFor(),
    screenshot: 'mobile-paywall',
  },
]

describe('given every page and state of the demo', () => {
  for (const state of states) {
    it(`should have no axe violations: ${state.name}`, async () => {
      const { context, page } = await openDemo(browser, state.open)
      await state.setup(page)
      expect(await violations(page)).toEqual([])
      if (state.screenshot) await saveScreenshot(page, state.screenshot)
      await context.close()
    })
  }
})
