import type { PaywallEvent } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PaywallProvider } from '../provider/paywall-provider'
import { type UseGraceBannerOptions, useGraceBanner } from './use-grace-banner'

const NOW = '2026-11-25T12:00:00Z'

/** An app's own banner markup: an `aside` with a heading, the days left and a dismiss button. */
function PaymentWarning(options: UseGraceBannerOptions) {
  const banner = useGraceBanner(options)
  if (!banner) return null
  return (
    <aside key={banner.phase} {...banner.bannerProps} data-state={banner.state}>
      <h2 {...banner.titleProps}>{banner.title}</h2>
      {banner.daysLeftText && <p>{banner.daysLeftText}</p>}
      <p>{banner.description}</p>
      {banner.dismissible && (
        <button type="button" onClick={banner.dismiss}>
          {banner.messages.dismiss}
        </button>
      )}
    </aside>
  )
}

afterEach(() => {
  sessionStorage.clear()
})

describe('given a custom banner built with useGraceBanner', () => {
  it('should render a status named by its heading while access continues', () => {
    render(<PaymentWarning endsAt="2026-11-28T12:00:00Z" now={NOW} timeZone="UTC" locale="en-US" />)

    const status = screen.getByRole('status', { name: 'Your payment failed' })
    expect(status.tagName).toBe('ASIDE')
    expect(status).toHaveAttribute('data-state', 'expiring')
    expect(status).toHaveTextContent('Access ends in 3 days')
    expect(status).toHaveTextContent('Update your payment method to keep your plan.')
  })

  it('should become an alert once access has ended', () => {
    render(<PaymentWarning endsAt="2026-11-24T12:00:00Z" now={NOW} timeZone="UTC" locale="en-US" />)

    const alert = screen.getByRole('alert', { name: 'Your access has ended' })
    expect(alert).toHaveAttribute('data-state', 'expired')
    expect(alert).not.toHaveTextContent('Access ends')
  })

  it('should render nothing without a billing issue', () => {
    const { container } = render(
      <PaymentWarning accessLevel={{ is_active: true, billing_issue_detected_at: null }} now={NOW} />,
    )

    expect(container).toBeEmptyDOMElement()
  })

  it('should stay dismissed for the session and call onDismiss', () => {
    const onDismiss = vi.fn()
    const { unmount } = render(
      <PaymentWarning endsAt="2026-11-28T12:00:00Z" now={NOW} onDismiss={onDismiss} />,
    )

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))

    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(onDismiss).toHaveBeenCalledTimes(1)
    unmount()
    render(<PaymentWarning endsAt="2026-11-28T12:00:00Z" now={NOW} />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('should tell the provider once that the banner was shown', () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent}>
          <PaymentWarning endsAt="2026-11-28T12:00:00Z" now={NOW} />
        </PaywallProvider>
      </QueryClientProvider>,
    )

    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
      expect.objectContaining({ type: 'grace_banner_shown', reason: 'payment_failed' }),
    ])
  })

  it('should pass the days left to daysLeft as named values', () => {
    render(
      <PaymentWarning
        endsAt="2026-11-28T12:00:00Z"
        now={NOW}
        timeZone="UTC"
        locale="de"
        messages={{ banner: { daysLeft: ({ days, relative }) => `Noch ${days} Tage (${relative})` } }}
      />,
    )

    expect(screen.getByRole('status')).toHaveTextContent('Noch 3 Tage (in 3 Tagen)')
  })
})
