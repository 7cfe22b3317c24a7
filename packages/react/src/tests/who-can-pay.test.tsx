import { parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FeatureLock } from '../feature-lock/feature-lock'
import { GracePeriodBanner } from '../grace-period-banner/grace-period-banner'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

const upgrade = parsePaymentRequired({
  status: 402,
  body: { error: 'upgrade_required', message: 'Reports are part of the Pro plan.', feature: 'reports' },
})

function LoadReports() {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => upgrade && report(upgrade, { feature: 'reports' })}>
      Load reports
    </button>
  )
}

describe('given a viewer who cannot manage billing', () => {
  it('should offer a locked feature’s viewer how to get access, and the modal should say who to ask', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider canManageBilling={false} billingOwner="Dana Scully" billingUrl="/billing">
          <LoadReports />
          <FeatureLock feature="reports">
            <p>Report table</p>
          </FeatureLock>
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Load reports' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Not now' }))

    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'How to get access' }))

    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent(
      'Ask Dana Scully to update billing for this account so you can continue.',
    )
    expect(within(dialog).getByRole('button', { name: 'Copy link to billing' })).toBeInTheDocument()
  })

  it('should keep Unlock for a viewer who can pay', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <LoadReports />
          <FeatureLock feature="reports">
            <p>Report table</p>
          </FeatureLock>
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Load reports' }))

    expect(screen.getByRole('button', { name: 'Unlock' })).toBeInTheDocument()
  })

  it('should turn the banner’s action into copying the billing link, and say who to ask', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider canManageBilling={false} billingOwner="Dana Scully">
          <GracePeriodBanner
            endsAt="2026-11-28T12:00:00Z"
            now={Date.parse('2026-11-25T12:00:00Z')}
            actionHref="/billing"
          />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    const banner = screen.getByRole('status')

    expect(banner).toHaveTextContent('Ask Dana Scully to update the payment method.')
    expect(within(banner).queryByRole('link', { name: 'Update payment method' })).not.toBeInTheDocument()
    await user.click(within(banner).getByRole('button', { name: 'Copy link to billing' }))

    expect(writeText).toHaveBeenCalledWith(new URL('/billing', globalThis.location.href).href)
    expect(await within(banner).findByRole('button', { name: 'Link copied' })).toBeInTheDocument()
    Reflect.deleteProperty(navigator, 'clipboard')
  })
})
