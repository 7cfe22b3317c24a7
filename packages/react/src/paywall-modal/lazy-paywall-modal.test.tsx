import { paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { PaywallProvider } from '../provider/paywall-provider'
import { LazyPaywallModal } from './lazy-paywall-modal'

const server = setupMswServer()

const expiredReports = http.get(apiUrl('/api/reports'), () =>
  HttpResponse.json(
    {
      error: {
        status: 402,
        code: 'SUBSCRIPTION_EXPIRED',
        message: 'Your subscription has expired.',
        action: { type: 'link', url: '/billing/renew', text: 'Renew now' },
      },
    },
    { status: 402 },
  ),
)

function Reports() {
  const reports = useQuery({
    queryKey: ['reports'],
    queryFn: () => paywallFetch(apiUrl('/api/reports')).then((response) => response.json()),
  })
  return <p>{reports.isError ? 'Reports are locked' : 'Loading reports…'}</p>
}

describe('given LazyPaywallModal and a 402 during page load', () => {
  it('should open the paywall once its code has loaded, focused, with the same content as PaywallModal', async () => {
    server.use(expiredReports)
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <Reports />
          <LazyPaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )

    const dialog = await screen.findByRole('dialog', { name: 'Your subscription has ended' })
    expect(dialog).toHaveTextContent('Your subscription has expired.')
    expect(screen.getByRole('link', { name: 'Renew now' })).toHaveAttribute('href', apiUrl('/billing/renew'))
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    expect(await screen.findByText('Reports are locked')).toBeInTheDocument()
  })
})
