import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright'
import { inject } from 'vitest'
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts'
import { demoStart } from './clock'

/**
 * Where the tests save screenshots of key states: `docs/screenshots/` (embedded by the root README) when
 * run as `pnpm screenshots` (Vitest mode `screenshots`), else the ignored `.vitest/screenshots/`, so that
 * a test run leaves the working tree as it was.
 */
export const screenshotDir = fileURLToPath(
  new URL(
    import.meta.env.MODE === 'screenshots' ? '../../../docs/screenshots/' : '../../../.vitest/screenshots/',
    import.meta.url,
  ),
)

/** Headless Debian Chromium, kept off every host but this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
}

/** How to open the demo. */
export interface OpenOptions {
  /** Mock scenario, kept in the URL as `?scenario=`. */
  scenario?: string
  /** 402 dialect, `?dialect=`. */
  dialect?: string
  /** Page inside the app, e.g. `/reports`. @default '/' */
  path?: string
  /** Use the real HTTP mock server (a fresh demo user each time) instead of the in-browser mock. */
  server?: boolean
  colorScheme?: 'light' | 'dark'
  viewport?: { width: number; height: number }
  /** More query parameters, e.g. `{ viewer: 'member' }` or `{ checkout: 'overlay' }`. */
  params?: Record<string, string>
}

/**
 * Opens the built demo in a fresh browser context whose clock starts at `demoStart`, and waits until the
 * page's heading is shown.
 */
export async function openDemo(
  browser: Browser,
  options: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page; url: string }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    // The tests read en-US numbers and dates ("5,100 of 10,000"); the machine's language must not matter.
    locale: 'en-US',
  })
  context.setDefaultTimeout(15_000)
  // Time still flows from there, so timers, the countdown and the demo's clock buttons behave as usual.
  await context.clock.install({ time: demoStart })
  const page = await context.newPage()
  const params = new URLSearchParams()
  if (options.scenario) params.set('scenario', options.scenario)
  if (options.dialect) params.set('dialect', options.dialect)
  for (const [key, value] of Object.entries(options.params ?? {})) params.set(key, value)
  if (options.server) {
    params.set('api', inject('apiUrl'))
    params.set('user', `e2e-${randomUUID().slice(0, 8)}`)
  }
  const query = params.toString()
  const url = `${inject('appUrl')}${query ? `?${query}` : ''}#${options.path ?? '/'}`
  await page.goto(url)
  // Not by role: a paywall may already be open, hiding the page from the accessibility tree.
  await page.locator('#page-title').waitFor()
  return { context, page, url }
}

/** Saves a screenshot of the viewport to `docs/screenshots/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: `${screenshotDir}${name}.png`, animations: 'disabled', caret: 'hide' })
}

/** Presses Tab (at most `limit` times) until the focused element has this accessible name. */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      if (!element) return ''
      const label = element.getAttribute('aria-label')
      return label ?? element.textContent ?? ''
    })
    if (name.test(focused.trim())) return
  }
  throw new Error(`Tab never reached an element named ${name}`)
}
