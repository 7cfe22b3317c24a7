import { QueryClient } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { GracePeriodBanner } from '../grace-period-banner/grace-period-banner'
import { PaywallProvider } from '../provider/paywall-provider'
import { UsageMeter } from '../usage-meter/usage-meter'
import { type PaywallDevtoolsBridge, usePaywallDevtoolsBridge } from './index'

function BridgeProbe({ found }: { found: (bridge: PaywallDevtoolsBridge) => void }) {
  found(usePaywallDevtoolsBridge())
  return null
}

function renderWithBridge(children: ReactNode) {
  let bridge: PaywallDevtoolsBridge | undefined
  const found = (latest: PaywallDevtoolsBridge) => {
    bridge = latest
  }
  const client = new QueryClient()
  const view = render(
    <PaywallProvider queryClient={client}>
      <BridgeProbe found={found} />
      {children}
    </PaywallProvider>,
  )
  if (!bridge) throw new Error('no bridge')
  const rerender = (next: ReactNode) =>
    view.rerender(
      <PaywallProvider queryClient={client}>
        <BridgeProbe found={found} />
        {next}
      </PaywallProvider>,
    )
  return { bridge, rerender }
}

const paywall = (reason: 'trial_ended' | 'quota_exceeded') => ({
  status: 402,
  reason,
  title: 'Pay',
  message: 'Pick a plan.',
  dialect: 'flat',
})

describe('given the devtools scrub a meter’s usage', () => {
  it('should show the override on the meter labelled so, and the app’s value once it is removed', () => {
    const { bridge } = renderWithBridge(<UsageMeter label="API calls" used={200} limit={1000} />)
    expect(bridge.hub.getSnapshot().meters['API calls']).toEqual({
      label: 'API calls',
      used: 200,
      limit: 1000,
    })

    act(() => bridge.hub.setUsage('API calls', 990))
    const meter = screen.getByRole('meter', { name: 'API calls' })
    expect(meter).toHaveAttribute('aria-valuenow', '990')
    expect(screen.getByText(/990 of 1,000/)).toBeInTheDocument()

    act(() => bridge.hub.setUsage('API calls', undefined))
    expect(meter).toHaveAttribute('aria-valuenow', '200')
  })

  it('should leave a meter with another label alone, and forget a meter once it unmounts', () => {
    const { bridge, rerender } = renderWithBridge(
      <>
        <UsageMeter label="Seats" used={3} limit={5} />
        <UsageMeter label="API calls" used={200} limit={1000} />
      </>,
    )
    act(() => bridge.hub.setUsage('API calls', 990))
    expect(screen.getByRole('meter', { name: 'Seats' })).toHaveAttribute('aria-valuenow', '3')

    rerender(<UsageMeter label="API calls" used={200} limit={1000} />)
    expect(Object.keys(bridge.hub.getSnapshot().meters)).toEqual(['API calls'])
  })
})

describe('given the devtools move the grace clock', () => {
  it('should show the banner as of that time, and as of the app’s time again after reset', () => {
    const { bridge } = renderWithBridge(
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        now="2026-11-25T12:00:00Z"
        timeZone="UTC"
        locale="en-US"
      />,
    )
    expect(screen.getByRole('status', { name: 'Your payment failed' })).toHaveTextContent(
      'Access ends in 3 days',
    )

    act(() => bridge.hub.setNow(Date.parse('2026-11-29T12:00:00Z')))
    expect(screen.getByRole('alert', { name: 'Your access has ended' })).toBeInTheDocument()

    act(() => bridge.hub.resetOverrides())
    expect(screen.getByRole('status', { name: 'Your payment failed' })).toHaveTextContent(
      'Access ends in 3 days',
    )
  })
})

describe('given the provider emits events', () => {
  it('should keep them in the devtools’ event log, oldest first, beside the app’s onEvent', async () => {
    const { bridge } = renderWithBridge(null)
    act(() => {
      bridge.actions.report(paywall('trial_ended'), { feature: 'reports' })
    })
    await act(() => Promise.resolve())
    act(() => bridge.actions.dismiss())

    expect(bridge.hub.getSnapshot().events.map((event) => [event.type, event.reason, event.feature])).toEqual(
      [
        ['paywall_shown', 'trial_ended', 'reports'],
        ['paywall_dismissed', 'trial_ended', 'reports'],
      ],
    )
  })
})
