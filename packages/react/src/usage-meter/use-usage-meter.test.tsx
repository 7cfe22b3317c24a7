import type { PaywallEvent } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PaywallProvider } from '../provider/paywall-provider'
import { type UseUsageMeterOptions, useUsageMeter } from './use-usage-meter'

/** An app's own meter markup: a figure with a plain bar, a caption and a live region, no kit parts. */
function CreditsMeter(options: UseUsageMeterOptions) {
  const meter = useUsageMeter(options)
  return (
    <figure data-state={meter.level}>
      <figcaption {...meter.labelProps}>{meter.label}</figcaption>
      {meter.metered && (
        <div {...meter.meterProps} className="bar">
          <div style={{ width: `${meter.ratio * 100}%` }} />
        </div>
      )}
      <p>{meter.valueText}</p>
      {meter.resetsText && <time dateTime={meter.resetsAt}>{meter.resetsText}</time>}
      {meter.actionDue && <a href="/billing">{meter.messages.upgrade}</a>}
      <div role="status">
        {meter.announcement && <span key={meter.announcement.id}>{meter.announcement.text}</span>}
      </div>
    </figure>
  )
}

describe('given a custom meter built with useUsageMeter', () => {
  it('should expose a labelled meter with the human value text on the app’s own element', () => {
    render(<CreditsMeter label="Credits" used={820} limit={1000} unit="credits" locale="en-US" />)

    const meter = screen.getByRole('meter', { name: 'Credits' })
    expect(meter).toHaveClass('bar')
    expect(meter).toHaveAttribute('aria-valuenow', '820')
    expect(meter).toHaveAttribute('aria-valuemax', '1000')
    expect(meter).toHaveAttribute('aria-valuetext', '820 of 1,000 credits, 82%')
    expect(screen.getByText('820 of 1,000 credits')).toBeInTheDocument()
    expect(screen.getByRole('figure')).toHaveAttribute('data-state', 'warning')
    expect(screen.queryByRole('link', { name: 'Upgrade' })).not.toBeInTheDocument()
  })

  it('should show text and no meter for an unlimited allowance', () => {
    render(<CreditsMeter label="Credits" used={820} limit={null} unit="credits" locale="en-US" />)

    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
    expect(screen.getByText('820 credits used, no limit')).toBeInTheDocument()
  })

  it('should offer the upgrade and the reset date near the limit', () => {
    render(
      <CreditsMeter
        label="Credits"
        used={990}
        limit={1000}
        resetsAt="2026-12-01"
        timeZone="UTC"
        locale="en-US"
      />,
    )

    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute('href', '/billing')
    expect(screen.getByText('Resets Dec 1')).toHaveAttribute('dateTime', '2026-12-01T00:00:00.000Z')
  })

  it('should announce a crossing and report it to onThresholdCross and the provider’s onEvent', () => {
    const onThresholdCross = vi.fn()
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const page = (used: number) => (
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent}>
          <CreditsMeter
            label="Credits"
            used={used}
            limit={1000}
            onThresholdCross={onThresholdCross}
            locale="en-US"
          />
        </PaywallProvider>
      </QueryClientProvider>
    )
    const { rerender } = render(page(700))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()

    rerender(page(810))

    expect(screen.getByRole('status')).toHaveTextContent('Credits at 80% of your limit')
    expect(onThresholdCross).toHaveBeenCalledWith(0.8, 'warning')
    expect(onEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'threshold_crossed', threshold: 0.8 }),
    )
  })

  it('should use the message functions with named values', () => {
    render(
      <CreditsMeter
        label="Credits"
        used={820}
        limit={1000}
        locale="de-DE"
        messages={{
          meter: {
            value: ({ used, limit }) => `${used} von ${limit}`,
            valueText: ({ percent, label }) => `${label}: ${percent}`,
          },
        }}
      />,
    )

    expect(screen.getByText('820 von 1.000')).toBeInTheDocument()
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toMatch(/^Credits: 82\s%$/)
  })
})
