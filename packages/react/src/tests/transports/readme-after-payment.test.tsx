import { type PaywallEvent, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../../test/msw-server'
import { usePaywall } from '../../hooks/use-paywall'
import * as Modal from '../../paywall-modal/paywall-modal-parts'
import { PaywallProvider } from '../../provider/paywall-provider'
import { Reports } from './paywall-app'

// Runs the README's recipes "After payment" and "A router link as the action" as written there.

const server = setupMswServer()

function Checkout() {
  const { resolve } = usePaywall()
  const onCheckoutSuccess = async () => {
    // e.g. in your checkout success callback:
    await resolve() // unlocks, refetches each 402'd query once, reports paywall_resolved
  }
  return (
    <button type="button" onClick={onCheckoutSuccess}>
      Checkout done
    </button>
  )
}

describe('given the README’s After payment recipe', () => {
  it('should unlock, refetch the 402’d query once and report paywall_resolved', async () => {
    let paid = false
    let requests = 0
    server.use(
      http.get(apiUrl('/api/reports'), () => {
        requests += 1
        return paid
          ? HttpResponse.json({ rows: 3 })
          : HttpResponse.json({ error: 'trial_ended' }, { status: 402 })
      }),
    )
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent}>
          <Reports
            queryFn={() =>
              fetch(apiUrl('/api/reports')).then(async (response) => {
                if (!response.ok)
                  throw Object.assign(new Error('refused'), {
                    status: response.status,
                    body: await response.json(),
                  })
                return response.json()
              })
            }
          />
          <Checkout />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await waitFor(() => expect(screen.getByTestId('reports')).toHaveAttribute('data-state', 'locked'))

    paid = true
    await userEvent.click(screen.getByRole('button', { name: 'Checkout done' }))

    await waitFor(() => expect(screen.getByTestId('reports')).toHaveTextContent('reports: success'))
    expect(screen.getByTestId('reports')).not.toHaveAttribute('data-state', 'locked')
    expect(requests).toBe(2)
    expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('paywall_resolved')
  })
})

// A router's link: it renders an anchor whose `href` comes from its own `to`.
const Link = forwardRef<HTMLAnchorElement, ComponentPropsWithoutRef<'a'> & { to: string }>(function Link(
  { to, ...props },
  ref,
) {
  return <a {...props} ref={ref} href={to} />
})

describe('given the README’s router link recipe', () => {
  it('should render the action as the router’s link, with its own href, and track the click', async () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { error: 'trial_ended', upgrade_url: '/plans' },
    })
    if (!paywall) throw new Error('expected a paywall')
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const action = (
      <Modal.Action asChild>
        <Link to="/billing" />
      </Modal.Action>
    )
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent}>
          <Modal.Root paywall={paywall} open>
            <Modal.Portal>
              <Modal.Content>
                <Modal.Title />
                <Modal.Description />
                {action}
              </Modal.Content>
            </Modal.Portal>
          </Modal.Root>
        </PaywallProvider>
      </QueryClientProvider>,
    )

    const link = await screen.findByRole('link')
    expect(link).toHaveAttribute('href', '/billing')
    // jsdom cannot navigate: stop the link after React (and the kit) handled the click.
    const stayHere = (event: Event) => event.preventDefault()
    document.addEventListener('click', stayHere)
    await userEvent.click(link)
    document.removeEventListener('click', stayHere)
    expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('action_clicked')
  })
})
