import { type Browser, type ConsoleMessage, chromium } from 'playwright'
import { chromiumArgs, chromiumPath } from '../vitest.shared.ts'
import { resultPrefix } from './pages/result-prefix.ts'

/** Launches Debian's Chromium with the same flags as the browser tests (loopback only). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
}

/**
 * Opens `url` in a fresh context and returns what the page published, or fails after `timeoutMs`.
 *
 * The page publishes with one `console.debug` line (`pages/bench-result.ts`), which Chromium reports
 * to Playwright over the DevTools protocol it already listens on. Nothing is evaluated in the page
 * while it measures: `page.waitForFunction` would inject and poll a script in the page (16–38 ms
 * added to every timed run, issue 17), and `exposeBinding` would add a script before the page's own.
 */
export async function runPage<T>(browser: Browser, url: string, timeoutMs: number): Promise<T> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    let timer: ReturnType<typeof setTimeout> | undefined
    const published = new Promise<T>((resolve, reject) => {
      const onConsole = (message: ConsoleMessage) => {
        const text = message.text()
        if (!text.startsWith(resultPrefix)) return
        page.off('console', onConsole)
        resolve(JSON.parse(text.slice(resultPrefix.length)) as T)
      }
      page.on('console', onConsole)
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `${url} published no result within ${timeoutMs} ms` +
                `${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`,
            ),
          ),
        timeoutMs,
      )
    })
    try {
      await page.goto(url)
      return await published
    } finally {
      clearTimeout(timer)
    }
  } finally {
    await context.close()
  }
}
