import { paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { FeatureLock } from '../feature-lock/feature-lock'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

const server = setupMswServer()

function Widget({ path, label }: { path: string; label: string }) {
  const query = useQuery({
    queryKey: [path],
    queryFn: () => paywallFetch(apiUrl(path)).then((response) => response.json()),
    meta: { paywallFeature: 'widget' },
  })
  return (
    <section aria-label={label}>
      <FeatureLock feature="widget" data-testid={label}>
        <p>{`${label}: ${query.status}`}</p>
      </FeatureLock>
    </section>
  )
}

describe('given two apps with their own provider and client on one page', () => {
  it('should open and lock only in the app whose query got the 402', async () => {
    server.use(
      http.get(apiUrl('/api/a'), () => HttpResponse.json({ error: 'quota_exceeded' }, { status: 402 })),
      http.get(apiUrl('/api/b'), () => HttpResponse.json({ ok: true })),
    )
    const eventsA = vi.fn()
    const eventsB = vi.fn()
    render(
      <>
        <QueryClientProvider client={new QueryClient()}>
          <PaywallProvider onEvent={eventsA} messages={{ modal: { dismiss: 'Not now (A)' } }}>
            <Widget path="/api/a" label="App A" />
            <PaywallModal />
          </PaywallProvider>
        </QueryClientProvider>
        <QueryClientProvider client={new QueryClient()}>
          <PaywallProvider onEvent={eventsB} messages={{ modal: { dismiss: 'Not now (B)' } }}>
            <Widget path="/api/b" label="App B" />
            <PaywallModal />
          </PaywallProvider>
        </QueryClientProvider>
      </>,
    )

    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('button', { name: 'Not now (A)' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('App A')).toHaveAttribute('data-state', 'locked'))
    expect(screen.getByTestId('App B')).toHaveAttribute('data-state', 'unlocked')
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    await waitFor(() =>
      expect(eventsA).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_shown' })),
    )
    expect(eventsB).not.toHaveBeenCalled()
  })

  it('should keep a nested provider’s store separate while inheriting the outer messages', async () => {
    server.use(
      http.get(apiUrl('/api/inner'), () => HttpResponse.json({ error: 'quota_exceeded' }, { status: 402 })),
    )
    const client = new QueryClient()
    render(
      <QueryClientProvider client={client}>
        <PaywallProvider messages={{ lock: { unlock: 'Upgrade now' } }}>
          <FeatureLock feature="widget" data-testid="outer">
            <p>outer</p>
          </FeatureLock>
          <QueryClientProvider client={new QueryClient()}>
            <PaywallProvider>
              <Widget path="/api/inner" label="Inner" />
            </PaywallProvider>
          </QueryClientProvider>
        </PaywallProvider>
      </QueryClientProvider>,
    )

    await waitFor(() => expect(screen.getByTestId('Inner')).toHaveAttribute('data-state', 'locked'))
    expect(
      within(screen.getByTestId('Inner')).getByRole('button', { name: 'Upgrade now' }),
    ).toBeInTheDocument()
    expect(screen.getByTestId('outer')).toHaveAttribute('data-state', 'unlocked')
  })
})
