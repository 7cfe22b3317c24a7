// @vitest-environment node
import { createPaywallStore } from '@paywall-kit/core'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createUnlockRegistry } from '../internal/unlock-registry'
import { PaywallContext } from '../provider/paywall-context'
import { GracePeriodBanner } from './grace-period-banner'

afterEach(() => {
  vi.useRealTimers()
})

function renderAt(time: string, element: ReactElement) {
  vi.useFakeTimers({ now: new Date(time) })
  const html = renderToString(element)
  vi.useRealTimers()
  return html
}

describe('given server rendering without a DOM', () => {
  it('should run where there is no window or document', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it('should render nothing, whatever the server clock, when neither now nor serverNow is given', () => {
    const element = <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" actionHref="/billing" />

    expect(renderAt('2026-11-25T12:00:00Z', element)).toBe('')
    expect(renderAt('2026-11-29T12:00:00Z', element)).toBe('')
  })

  it('should render the same banner for serverNow whatever the server clock says', () => {
    const element = (
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        serverNow="2026-11-25T12:00:00Z"
        timeZone="UTC"
        locale="en-US"
        actionHref="/billing"
      />
    )

    const early = renderAt('2026-11-01T00:00:00Z', element)
    const late = renderAt('2026-12-31T00:00:00Z', element)
    expect(early).toBe(late)
    expect(early).toContain('role="status"')
    expect(early).toContain('Access ends in 3 days')
    expect(early).toContain('href="/billing"')
  })

  it('should render an alert for a grace period that ended before now', () => {
    const html = renderToString(
      <GracePeriodBanner endsAt="2026-11-20T12:00:00Z" now="2026-11-25T12:00:00Z" />,
    )

    expect(html).toContain('role="alert"')
    expect(html).toContain('Your access has ended')
  })

  it("should render the provider's grace end", () => {
    const store = createPaywallStore()
    store.report({
      status: 402,
      reason: 'payment_failed',
      title: 'Your payment failed',
      message: 'Update your card.',
      dialect: 'flat',
      graceEndsAt: '2026-11-26T12:00:00Z',
    })
    const html = renderToString(
      <PaywallContext.Provider value={{ store, parseOptions: {}, unlockControls: createUnlockRegistry() }}>
        <GracePeriodBanner serverNow="2026-11-25T12:00:00Z" timeZone="UTC" locale="en-US" />
      </PaywallContext.Provider>,
    )

    expect(html).toContain('Access ends tomorrow')
  })
})
