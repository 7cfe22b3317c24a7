import { isPaymentRequired, paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { FeatureLock } from '../feature-lock/feature-lock'
import { PaywallProvider, type PaywallProviderProps } from '../provider/paywall-provider'
import { useFeatureAccess } from './use-feature-access'

const server = setupMswServer()

const upgradeBody = { error: 'upgrade_required', message: 'Reports are part of the Pro plan.' }

const renders: Record<string, number> = {}

function Access({ feature, queryKey }: { feature: string; queryKey?: readonly unknown[] }) {
  renders[feature] = (renders[feature] ?? 0) + 1
  const access = useFeatureAccess(feature, { queryKey })
  return (
    <p>
      {feature}: {access.state}
      {access.paywall ? ` (${access.paywall.reason})` : ''}
    </p>
  )
}

function FeatureQuery({ path, feature, enabled }: { path: string; feature: string; enabled?: boolean }) {
  useQuery({
    queryKey: [path],
    queryFn: async () => {
      const response = await paywallFetch(apiUrl(path))
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    },
    meta: { paywallFeature: feature },
    enabled,
  })
  return null
}

const caught: unknown[] = []

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    caught.push(error)
  }
  override render() {
    return this.state.failed ? <p>boundary</p> : this.props.children
  }
}

function renderWithProvider(ui: ReactNode, props: Partial<PaywallProviderProps> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <PaywallProvider {...props}>{ui}</PaywallProvider>
    </QueryClientProvider>,
  )
}

describe('given a feature whose query is still loading', () => {
  it('should be unknown, then unlocked once the query succeeds', async () => {
    let respond: () => void = () => {}
    server.use(
      http.get(apiUrl('/api/reports'), async () => {
        await new Promise<void>((resolve) => {
          respond = resolve
        })
        return HttpResponse.json({ rows: [] })
      }),
    )
    renderWithProvider(
      <>
        <FeatureQuery path="/api/reports" feature="reports" />
        <Access feature="reports" />
      </>,
    )

    expect(await screen.findByText('reports: unknown')).toBeInTheDocument()
    act(() => respond())
    expect(await screen.findByText('reports: unlocked')).toBeInTheDocument()
  })
})

describe('given a feature whose query fails with another error', () => {
  it('should be unknown, never locked', async () => {
    server.use(http.get(apiUrl('/api/reports'), () => HttpResponse.json({}, { status: 500 })))
    renderWithProvider(
      <>
        <FeatureQuery path="/api/reports" feature="reports" />
        <Access feature="reports" />
      </>,
    )

    await waitFor(() => expect(screen.getByText('reports: unknown')).toBeInTheDocument())
  })
})

describe('given a feature whose query gets a 402', () => {
  it('should be locked with the paywall that locked it', async () => {
    server.use(http.get(apiUrl('/api/reports'), () => HttpResponse.json(upgradeBody, { status: 402 })))
    renderWithProvider(
      <>
        <FeatureQuery path="/api/reports" feature="reports" />
        <Access feature="reports" />
      </>,
    )

    expect(await screen.findByText('reports: locked (upgrade_required)')).toBeInTheDocument()
  })

  it('should not re-render the consumers of other features', async () => {
    let respond: () => void = () => {}
    server.use(
      http.get(apiUrl('/api/reports'), async () => {
        await new Promise<void>((resolve) => {
          respond = resolve
        })
        return HttpResponse.json(upgradeBody, { status: 402 })
      }),
      http.get(apiUrl('/api/usage'), () => HttpResponse.json({ used: 1 })),
    )
    for (const feature of Object.keys(renders)) delete renders[feature]
    renderWithProvider(
      <>
        <FeatureQuery path="/api/usage" feature="usage" />
        <FeatureQuery path="/api/reports" feature="reports" />
        <Access feature="usage" />
        <Access feature="billing" />
        <Access feature="reports" />
      </>,
    )
    expect(await screen.findByText('usage: unlocked')).toBeInTheDocument()
    expect(screen.getByText('reports: unknown')).toBeInTheDocument()
    const settled = { usage: renders.usage, billing: renders.billing, reports: renders.reports ?? 0 }

    act(() => respond())

    expect(await screen.findByText('reports: locked (upgrade_required)')).toBeInTheDocument()
    expect(renders.reports).toBeGreaterThan(settled.reports)
    expect(renders.usage).toBe(settled.usage)
    expect(renders.billing).toBe(settled.billing)
  })

  it('should re-throw to the nearest error boundary only when the provider asks', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    server.use(http.get(apiUrl('/api/reports'), () => HttpResponse.json(upgradeBody, { status: 402 })))
    caught.length = 0
    renderWithProvider(
      <>
        <FeatureQuery path="/api/reports" feature="reports" />
        <Boundary>
          <Access feature="reports" />
        </Boundary>
      </>,
      { throwOnError: true },
    )

    expect(await screen.findByText('boundary')).toBeInTheDocument()
    expect(caught.some((error) => isPaymentRequired(error))).toBe(true)
  })
})

describe('given many locks and a busy QueryCache', () => {
  it('should not re-render a lock, nor look through the cache, for cache events of other queries', async () => {
    server.use(http.get(apiUrl('/api/reports'), () => HttpResponse.json({ rows: 3 })))
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const cache = client.getQueryCache()
    const subscribe = vi.spyOn(cache, 'subscribe')
    const lockRenders = { count: 0 }
    const features = Array.from({ length: 20 }, (_, index) => `feature-${index}`)
    render(
      <QueryClientProvider client={client}>
        <PaywallProvider>
          <FeatureQuery path="/api/reports" feature="feature-0" />
          {features.map((feature) => (
            <FeatureLock key={feature} feature={feature}>
              {({ state }) => {
                lockRenders.count += 1
                return <p>{`${feature}: ${state}`}</p>
              }}
            </FeatureLock>
          ))}
        </PaywallProvider>
      </QueryClientProvider>,
    )
    expect(await screen.findByText('feature-0: unlocked')).toBeInTheDocument()
    // The bridge's own cache subscriptions (and the one that makes fetches started before it attached
    // fail fast), whatever the number of locks.
    expect(subscribe.mock.calls.length).toBeLessThanOrEqual(3)
    const settledRenders = lockRenders.count
    const findAll = vi.spyOn(cache, 'findAll')
    const getAll = vi.spyOn(cache, 'getAll')

    await act(async () => {
      for (let index = 0; index < 200; index += 1) client.setQueryData(['unrelated', index], index)
      await client.invalidateQueries({ queryKey: ['unrelated'] })
      // The locked feature's own query changing data while it stays settled does not matter either.
      client.setQueryData(['/api/reports'], { rows: 4 })
    })

    expect(lockRenders.count).toBe(settledRenders)
    // TanStack's own invalidateQueries looks through the cache (findAll, which calls getAll); the locks
    // did so once per lock per event, 20 × 400 times here.
    expect(findAll.mock.calls.length).toBeLessThanOrEqual(2)
    expect(getAll.mock.calls.length).toBeLessThanOrEqual(findAll.mock.calls.length)
    expect(screen.getAllByText(/: unlocked$/)).toHaveLength(20)
  })
})

describe('given a queryKey', () => {
  it('should follow that query only', async () => {
    server.use(http.get(apiUrl('/api/other'), () => HttpResponse.json({}, { status: 500 })))
    renderWithProvider(
      <>
        <FeatureQuery path="/api/other" feature="reports" />
        <FeatureQuery path="/api/reports" feature="reports" enabled={false} />
        <Access feature="reports" queryKey={['/api/reports']} />
      </>,
    )

    // The disabled query never fetched: its state says nothing yet.
    expect(await screen.findByText('reports: unknown')).toBeInTheDocument()
  })
})

describe('given no provider', () => {
  it('should throw an error that names the missing provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Access feature="reports" />)).toThrow(
      '`useFeatureAccess` must be used within `PaywallProvider`',
    )
  })
})
