import { QueryClient } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { GracePeriodBanner } from '../grace-period-banner/grace-period-banner'
import { usePaywallActions } from '../hooks/use-paywall'
import { PaywallProvider } from '../provider/paywall-provider'
import { UsageMeter } from '../usage-meter/usage-meter'
import { type PaywallDevtoolsBridge, usePaywallDevtoolsBridge } from './index'

function withBridge(children: ReactNode) {
  const found: { bridge?: PaywallDevtoolsBridge } = {}
  function Probe() {
    found.bridge = usePaywallDevtoolsBridge()
    return null
  }
  render(
    <PaywallProvider queryClient={new QueryClient()}>
      <Probe />
      {children}
    </PaywallProvider>,
  )
  if (!found.bridge) throw new Error('no bridge')
  return found.bridge
}

describe('given the devtools scrub a meter’s usage', () => {
  it('should show the override on the meter labelled so, and the app’s value once it is removed', () => {
    const { hub } = withBridge(<UsageMeter label="API calls" used={200} limit={1000} />)
    expect(hub.getSnapshot().meters['API calls']).toEqual({ label: 'API calls', used: 200, limit: 1000 })

    act(() => hub.setUsage('API calls', 990))
    const meter = screen.getByRole('meter', { name: 'API calls' })
    expect(meter).toHaveAttribute('aria-valuenow', '990')
    expect(screen.getByText(/990 of 1,000/)).toBeInTheDocument()

    act(() => hub.setUsage('API calls', undefined))
    expect(meter).toHaveAttribute('aria-valuenow', '200')
  })

  it('should forget a meter once it unmounts', () => {
    const found: { bridge?: PaywallDevtoolsBridge } = {}
    function Probe() {
      found.bridge = usePaywallDevtoolsBridge()
      return null
    }
    const { rerender } = render(
      <PaywallProvider queryClient={new QueryClient()}>
        <Probe />
        <UsageMeter label="Seats" used={3} limit={5} />
      </PaywallProvider>,
    )
    rerender(
      <PaywallProvider queryClient={new QueryClient()}>
        <Probe />
      </PaywallProvider>,
    )
    expect(found.bridge?.hub.getSnapshot().meters).toEqual({})
  })
})

describe('given the devtools move the grace clock', () => {
  it('should show the banner as of that time, and as of the real clock again after reset', () => {
    const { hub } = withBridge(
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

    act(() => hub.setNow(Date.parse('2026-11-29T12:00:00Z')))
    expect(screen.getByRole('alert', { name: 'Your access has ended' })).toBeInTheDocument()

    act(() => hub.resetOverrides())
    expect(screen.getByRole('status', { name: 'Your payment failed' })).toHaveTextContent(
      'Access ends in 3 days',
    )
  })
})

describe('given the provider emits events', () => {
  it('should keep them in the devtools’ event log, oldest first', () => {
    let report: ReturnType<typeof usePaywallActions>['report'] | undefined
    function Reporter() {
      report = usePaywallActions().report
      return null
    }
    const { hub } = withBridge(<Reporter />)
    act(() => {
      report?.({
        status: 402,
        reason: 'trial_ended',
        title: 'Trial ended',
        message: 'Pick a plan.',
        dialect: 'flat',
      })
    })
    act(() => {
      report?.({
        status: 402,
        reason: 'quota_exceeded',
        title: 'Limit',
        message: 'Upgrade.',
        dialect: 'flat',
      })
    })
    return Promise.resolve().then(() => {
      expect(hub.getSnapshot().events.map((event) => [event.type, event.reason])).toEqual([
        ['paywall_shown', 'trial_ended'],
      ])
    })
  })
})
