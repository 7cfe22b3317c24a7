import { type PaywallEvent, paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { FeatureLock } from '../feature-lock/feature-lock'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

const server = setupMswServer()

const body = { error: 'trial_ended', message: 'Your trial is over.', feature: 'reports', request_id: 'req_9' }

function Reports() {
  const query = useQuery({
    queryKey: ['reports'],
    queryFn: () => paywallFetch(apiUrl('/api/reports')).then((response) => response.json()),
    meta: { paywallFeature: 'reports' },
  })
  return (
    <FeatureLock feature="reports">
      <p>reports: {query.status}</p>
    </FeatureLock>
  )
}

const resolver = { current: async () => {} }
function Resolver() {
  resolver.current = usePaywall().resolve
  return null
}

function renderStrict(onEvent: (event: PaywallEvent) => void, client = new QueryClient()) {
  return render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <PaywallProvider onEvent={onEvent}>
          <main>
            <Reports />
            <Resolver />
          </main>
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
}

function types(onEvent: ReturnType<typeof vi.fn>) {
  return onEvent.mock.calls.map(([event]) => (event as PaywallEvent).type)
}

describe('given StrictMode’s double render and double effects', () => {
  it('should send one request and one paywall_shown for a 402', async () => {
    let requests = 0
    server.use(
      http.get(apiUrl('/api/reports'), () => {
        requests += 1
        return HttpResponse.json(body, { status: 402 })
      }),
    )
    const onEvent = vi.fn()
    renderStrict(onEvent)

    expect(await screen.findByRole('dialog')).toHaveAccessibleName('Your free trial has ended')
    await waitFor(() => expect(types(onEvent)).toEqual(['paywall_shown']))
    expect(requests).toBe(1)
  })

  it('should send each later event once: dismissed, shown again from Unlock, resolved', async () => {
    const user = userEvent.setup()
    let requests = 0
    server.use(
      http.get(apiUrl('/api/reports'), () => {
        requests += 1
        return requests === 1 ? HttpResponse.json(body, { status: 402 }) : HttpResponse.json({ rows: [] })
      }),
    )
    const onEvent = vi.fn()
    renderStrict(onEvent)
    await screen.findByRole('dialog')

    await user.click(screen.getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    await screen.findByRole('dialog')
    await act(() => resolver.current())

    expect(await screen.findByText('reports: success')).toBeInTheDocument()
    expect(types(onEvent)).toEqual([
      'paywall_shown',
      'paywall_dismissed',
      'paywall_shown',
      'paywall_resolved',
    ])
    expect(requests).toBe(2)
  })

  it('should leave no cache subscription behind after unmount', async () => {
    server.use(http.get(apiUrl('/api/reports'), () => HttpResponse.json({ rows: [] })))
    const client = new QueryClient()
    const view = renderStrict(vi.fn(), client)
    expect(await screen.findByText('reports: success')).toBeInTheDocument()

    view.unmount()

    expect(client.getQueryCache().hasListeners()).toBe(false)
    expect(client.getMutationCache().hasListeners()).toBe(false)
  })
})
