// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { version } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { FeatureLock, GracePeriodBanner, PaywallModal, PaywallProvider, UsageMeter } from '../../src/index'

describe('given React 18 on a server without window or document', () => {
  it('should render every drop-in to a string without a warning', () => {
    expect(version).toMatch(/^18\./)
    expect(typeof document).toBe('undefined')
    const consoleError = vi.spyOn(console, 'error')

    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider locale="en-US">
          <GracePeriodBanner
            endsAt="2026-11-28T12:00:00Z"
            serverNow="2026-11-25T12:00:00Z"
            timeZone="UTC"
            actionHref="/billing"
          />
          <UsageMeter label="API calls" used={820} limit={1000} actionHref="/billing" />
          <FeatureLock feature="reports">
            <p>Revenue</p>
          </FeatureLock>
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )

    expect(consoleError).not.toHaveBeenCalled()
    expect(html).toContain('Revenue')
    expect(html).toContain('data-state="unlocked"')
    expect(html).not.toContain('role="dialog"')
  })
})
