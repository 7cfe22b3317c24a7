import { type Browser, chromium } from 'playwright'
import { chromiumArgs, chromiumPath } from '../vitest.shared.ts'

/** Launches Debian's Chromium with the same flags as the browser tests (loopback only). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
}

/** Opens `url` in a fresh context and returns what the page published, or fails after `timeoutMs`. */
export async function runPage<T>(browser: Browser, url: string, timeoutMs: number): Promise<T> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    try {
      await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: timeoutMs })
    } catch (error) {
      throw new Error(
        `${url} published no result${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`,
        {
          cause: error,
        },
      )
    }
    return (await page.evaluate(() => window.__benchResult)) as T
  } finally {
    await context.close()
  }
}
