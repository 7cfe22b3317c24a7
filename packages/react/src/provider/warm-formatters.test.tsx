import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from './paywall-provider'

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

function LoadButton() {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(suspended)}>
      Load reports
    </button>
  )
}

afterEach(() => {
  vi.useRealTimers()
})

describe('given a provider mounted on a page that then goes idle', () => {
  it('should have the formatters ready, so a later paywall shows its support time in its first render', () => {
    vi.useFakeTimers()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider locale="de-DE">
          <LoadButton />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    // The idle callback (or, without requestIdleCallback, the next task) makes the formatters.
    act(() => {
      vi.runOnlyPendingTimers()
    })

    act(() => {
      screen.getByRole('button', { name: 'Load reports' }).click()
    })

    const time = screen.getByRole('dialog').querySelector('time')
    const formatted = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'long' }).format(
      new Date('2026-05-25T12:34:56Z'),
    )
    expect(time).toHaveTextContent(formatted)
    expect(time).not.toHaveAttribute('data-pending')
  })
})
