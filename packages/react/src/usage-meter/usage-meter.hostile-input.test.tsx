import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PaywallProvider } from '../provider/paywall-provider'
import { UsageMeter } from './usage-meter'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('given a usage that is not a number', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('should say %s usage is unknown rather than "0 of 100"', (_, used) => {
    render(<UsageMeter label="API calls" used={used} limit={100} unit="requests" locale="en-US" />)

    expect(screen.getByText('Usage unknown, limit 100 requests')).toBeInTheDocument()
    expect(screen.queryByText(/^0 of 100/)).not.toBeInTheDocument()
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', 'Usage unknown, limit 100 requests')
  })

  it('should say so for an unlimited allowance too', () => {
    render(<UsageMeter label="API calls" used={Number.NaN} limit={null} locale="en-US" />)

    expect(screen.getByText('Usage unknown')).toBeInTheDocument()
  })
})

describe('given huge counts', () => {
  it.each([
    [999_999_999, 1_000_000_000, '999,999,999 of 1B'],
    [2_500_000_000, 10_000_000_000, '2.5B of 10B'],
    [1e308, 100, '1E308 of 100'],
    [1e308, Number.MAX_VALUE, '1E308 of 1.8E308'],
  ])('should show %d of %d as %j', (used, limit, text) => {
    render(<UsageMeter label="API calls" used={used} limit={limit} locale="en-US" />)

    expect(screen.getByText(text)).toBeInTheDocument()
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toMatch(new RegExp(`^${text}`))
  })
})

describe('given a messages override that throws', () => {
  it('should show the default text and warn in development instead of reaching the error boundary', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      <PaywallProvider
        locale="en-US"
        messages={{
          meter: {
            value: () => {
              throw new TypeError("Cannot read properties of undefined (reading 'one')")
            },
          },
        }}
      >
        <UsageMeter label="API calls" used={820} limit={1000} />
      </PaywallProvider>,
    )

    expect(screen.getByText('820 of 1,000')).toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/\[paywall-kit\].*`meter\.value` threw TypeError/),
    )
  })

  it('should show the default text when an override returns something other than a string', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      <UsageMeter
        label="API calls"
        used={820}
        limit={1000}
        locale="en-US"
        messages={{ meter: { valueText: (() => ({ text: 'x' })) as never } }}
      />,
    )

    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '820 of 1,000 API calls, 82%')
  })
})
