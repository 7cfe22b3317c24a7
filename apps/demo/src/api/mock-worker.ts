import { createBillingApi } from '@paywall-kit/mock-billing'
import { createHandlers } from '@paywall-kit/mock-billing/msw'
import { setupWorker } from 'msw/browser'

/**
 * Runs the mock billing API inside this tab: an MSW service worker hands `/api/*` requests to the
 * in-memory billing API. The worker script and its scope are relative to the page, so the build
 * works from any static host and sub-path.
 */
export async function startMockWorker(): Promise<void> {
  const billing = createBillingApi()
  const worker = setupWorker(...createHandlers(billing))
  await worker.start({
    serviceWorker: { url: './mockServiceWorker.js', options: { scope: './' } },
    onUnhandledFrame: 'bypass',
    quiet: true,
  })
}
