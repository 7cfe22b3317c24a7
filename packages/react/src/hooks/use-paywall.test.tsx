import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PaywallProvider } from '../provider/paywall-provider'
import { usePaywall, usePaywallActions } from './use-paywall'

const expired = parsePaymentRequired({
  status: 402,
  body: { error: 'subscription_expired', message: 'Your subscription has expired.' },
}) as PaymentRequired

/** Reports a 402 for `feature`, as a query of that feature would. */
function Report402({ feature }: { feature: string }) {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(expired, { feature, source: 'query', key: feature })}>
      402 on {feature}
    </button>
  )
}

function PaywallState() {
  const { isOpen, count, locks } = usePaywall()
  return (
    <output aria-label="paywall state">
      {JSON.stringify({ isOpen, count, locked: Object.keys(locks) })}
    </output>
  )
}

/** Uses only the actions; counts its renders. */
function Toolbar({ onRender }: { onRender: () => void }) {
  const { dismiss, open, retry } = usePaywallActions()
  onRender()
  return (
    <>
      <button type="button" onClick={dismiss}>
        Not now
      </button>
      <button type="button" onClick={() => open('reports')}>
        Show the reports paywall
      </button>
      {retry && <p>A mutation is waiting</p>}
    </>
  )
}

function Orphan() {
  usePaywallActions()
  return null
}

const paywallState = () =>
  JSON.parse(screen.getByRole('status', { name: 'paywall state' }).textContent ?? '{}')

describe('given a component that only needs the actions (usePaywallActions)', () => {
  it('should not re-render when 402s arrive, and its actions should drive the paywall', async () => {
    const user = userEvent.setup()
    const renders = vi.fn()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <Toolbar onRender={renders} />
          <Report402 feature="reports" />
          <Report402 feature="exports" />
          <PaywallState />
        </PaywallProvider>
      </QueryClientProvider>,
    )

    await user.click(screen.getByRole('button', { name: '402 on reports' }))
    await user.click(screen.getByRole('button', { name: '402 on exports' }))
    expect(paywallState()).toEqual({ isOpen: true, count: 2, locked: ['reports', 'exports'] })
    expect(renders).toHaveBeenCalledTimes(1)

    await user.click(screen.getByRole('button', { name: 'Not now' }))
    expect(paywallState()).toMatchObject({ isOpen: false, locked: ['reports', 'exports'] })

    await user.click(screen.getByRole('button', { name: 'Show the reports paywall' }))
    expect(paywallState()).toMatchObject({ isOpen: true })
    expect(renders).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('A mutation is waiting')).not.toBeInTheDocument()
  })

  it('should name the missing provider outside one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})

    expect(() => render(<Orphan />)).toThrow('`usePaywallActions` must be used within `PaywallProvider`')
    vi.mocked(console.error).mockRestore()
  })
})
