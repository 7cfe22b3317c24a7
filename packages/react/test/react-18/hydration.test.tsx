import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { version } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { FeatureLock, PaywallModal, PaywallProvider } from '../../src/index'

// React 18's server renderer warns about every useLayoutEffect it meets; React 19 dropped that
// warning. Here the "server" render runs in jsdom, where `document` exists, so the kit's and
// Radix's isomorphic layout effects pick useLayoutEffect and React 18 warns. A real server has no
// `document` (see react-18-server-rendering.test.tsx, which asserts no warning at all there).
const layoutEffectOnServer = /useLayoutEffect does nothing on the server/

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

describe('given server-rendered markup on React 18', () => {
  it('should hydrate without a mismatch, then show the client’s state', async () => {
    expect(version).toMatch(/^18\./)
    // Silenced, not ignored: every call is asserted below.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const onRecoverableError = vi.fn()
    const container = document.createElement('div')
    container.innerHTML = renderToString(page())
    const serverErrors = consoleError.mock.calls.filter(
      ([message]) => !layoutEffectOnServer.test(String(message)),
    )
    expect(serverErrors).toEqual([])
    consoleError.mockClear()
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
