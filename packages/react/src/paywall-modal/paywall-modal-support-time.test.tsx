import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallProvider } from '../provider/paywall-provider'
import { PaywallModal } from './paywall-modal'

// One test per file: whether the page has made an Intl formatter yet is page-wide state.

const suspended = parsePaymentRequired({
  status: 402,
  headers: { 'content-type': 'application/json' },
  body: {
    code: 'ACCOUNT_SUSPENDED_PAYMENT',
    message: 'Your account is suspended due to an unpaid invoice.',
    request_id: 'req_42',
    timestamp: '2026-05-25T12:34:56Z',
  },
}) as PaymentRequired

/** Reports the 402 as the page mounts, before the provider's idle-time work could run. */
function ReportOnMount() {
  const { report } = usePaywall()
  useEffect(() => {
    report(suspended)
  }, [report])
  return null
}

describe('given a 402 during page load, before the page has made any Intl formatter', () => {
  it('should open the paywall at once and show the support time, formatted, just after the first paint', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <ReportOnMount />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )

    const dialog = screen.getByRole('dialog')
    const time = dialog.querySelector('time')
    // ICU's start-up (40–70 ms for a page's first formatter) is kept off the paywall's first paint:
    // the line is held, hidden by the stylesheet, until then (issue 17).
    expect(time).toHaveAttribute('dateTime', '2026-05-25T12:34:56Z')
    expect(time).toHaveAttribute('data-pending')

    const formatted = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' }).format(
      new Date('2026-05-25T12:34:56Z'),
    )
    await waitFor(() => expect(dialog.querySelector('time')).toHaveTextContent(formatted))
    expect(dialog.querySelector('time')).not.toHaveAttribute('data-pending')
  })
})
