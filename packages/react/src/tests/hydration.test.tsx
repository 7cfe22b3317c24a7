import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { FeatureLock } from '../feature-lock/feature-lock'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

function Reports() {
  // Never settles: the client sees a pending query where the server saw none.
  useQuery({
    queryKey: ['reports'],
    queryFn: () => new Promise(() => {}),
    meta: { paywallFeature: 'reports' },
  })
  return (
    <FeatureLock feature="reports" data-testid="lock">
      <p>Revenue</p>
    </FeatureLock>
  )
}

function page() {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <Reports />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

describe('given server-rendered markup', () => {
  it('should hydrate without a mismatch, then show the client’s state', async () => {
    const consoleError = vi.spyOn(console, 'error')
    const onRecoverableError = vi.fn()
    const container = document.createElement('div')
    container.innerHTML = renderToString(page())
    document.body.append(container)
    expect(container.querySelector('[data-state]')).toHaveAttribute('data-state', 'unlocked')

    const root = await act(async () => hydrateRoot(container, page(), { onRecoverableError }))

    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(consoleError).not.toHaveBeenCalled()
    expect(screen.getByTestId('lock')).toHaveAttribute('data-state', 'unknown')
    expect(screen.getByText('Revenue')).toBeInTheDocument()
    act(() => root.unmount())
    container.remove()
  })
})
