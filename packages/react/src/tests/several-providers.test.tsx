import { paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { StrictMode, version } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { FeatureLock } from '../feature-lock/feature-lock'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

const server = setupMswServer()

afterEach(() => {
  vi.restoreAllMocks()
})

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

// Set per test: what the query shared by two providers answers.
let answer: 'data' | 'server error' | 'paywall' = 'data'
const retryDepths: number[] = []

/** How deep the call stack is when the app's own retry function runs. */
function stackDepth() {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = Number.POSITIVE_INFINITY
  const depth = new Error().stack?.split('\n').length ?? 0
  Error.stackTraceLimit = limit
  return depth
}

function SharedQuery({ label }: { label: string }) {
  const query = useQuery({
    queryKey: ['shared'],
    queryFn: () =>
      answer === 'data'
        ? Promise.resolve({ ok: true })
        : paywallFetch(apiUrl(answer === 'paywall' ? '/api/paywalled' : '/api/broken')).then((response) => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`)
            return response.json()
          }),
    meta: { paywallFeature: 'widget' },
  })
  return <p>{`${label}: ${query.status}`}</p>
}

function FirstApp({ onEvent }: { onEvent: () => void }) {
  return (
    <PaywallProvider onEvent={onEvent}>
      <SharedQuery label="first" />
      <PaywallModal />
    </PaywallProvider>
  )
}

function SecondApp({ onEvent }: { onEvent: () => void }) {
  return (
    <PaywallProvider onEvent={onEvent}>
      <SharedQuery label="second" />
      <PaywallModal />
    </PaywallProvider>
  )
}

describe('given two providers on one QueryClient', () => {
  function renderTwoProviders() {
    const client = new QueryClient({
      defaultOptions: {
        queries: {
          retry: (failureCount) => {
            retryDepths.push(stackDepth())
            return failureCount < 1
          },
          retryDelay: 0,
        },
      },
    })
    const first = vi.fn()
    const second = vi.fn()
    render(
      <QueryClientProvider client={client}>
        <FirstApp onEvent={first} />
        <SecondApp onEvent={second} />
      </QueryClientProvider>,
    )
    return { client, first, second }
  }

  it('should still follow the app’s retry for a 500 and fail fast on a 402 after 10,000 invalidations', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const broken = { count: 0 }
    const paywalled = { count: 0 }
    server.use(
      http.get(apiUrl('/api/broken'), () => {
        broken.count += 1
        return HttpResponse.json({ error: 'boom' }, { status: 500 })
      }),
      http.get(apiUrl('/api/paywalled'), () => {
        paywalled.count += 1
        return HttpResponse.json({ error: 'quota_exceeded' }, { status: 402 })
      }),
    )
    answer = 'data'
    const { client } = renderTwoProviders()
    await screen.findByText('first: success')

    for (let round = 0; round < 10_000; round += 1) await client.invalidateQueries()

    answer = 'server error'
    await client.invalidateQueries()
    expect(broken.count).toBe(2)
    // The app's retry runs a fixed number of frames below TanStack's retryer, not one per fetch.
    expect(Math.max(...retryDepths)).toBeLessThan(60)

    answer = 'paywall'
    await client.invalidateQueries()
    expect(paywalled.count).toBe(1)
    expect(await screen.findByText('first: error')).toBeInTheDocument()
  }, 60_000)

  it('should open one modal and send one paywall_shown for one 402, and warn naming the second provider', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.use(
      http.get(apiUrl('/api/paywalled'), () =>
        HttpResponse.json({ error: 'quota_exceeded' }, { status: 402 }),
      ),
    )
    answer = 'paywall'
    const { first, second } = renderTwoProviders()

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await waitFor(() =>
      expect(first).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_shown' })),
    )
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    expect(first).toHaveBeenCalledTimes(1)
    expect(second).not.toHaveBeenCalled()
    const warnings = warn.mock.calls.map(([message]) => String(message))
    const twoProviders = warnings.filter((message) => message.includes('second `PaywallProvider`'))
    expect(twoProviders).toHaveLength(1)
    // React 19 tells which component rendered it (its owner stack); React 18 has no such API.
    if (Number.parseInt(version, 10) >= 19) expect(twoProviders[0]).toMatch(/at SecondApp/)
  })
})

describe('given a provider nested in another on the same QueryClient', () => {
  it('should leave the client to the outer provider, with a warning for the inner one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.use(
      http.get(apiUrl('/api/paywalled'), () =>
        HttpResponse.json({ error: 'quota_exceeded' }, { status: 402 }),
      ),
    )
    answer = 'paywall'
    const outer = vi.fn()
    const inner = vi.fn()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={outer}>
          <FeatureLock feature="widget" data-testid="outer lock">
            <p>outer</p>
          </FeatureLock>
          <PaywallModal />
          <PaywallProvider onEvent={inner}>
            <SharedQuery label="inner" />
            <PaywallModal />
          </PaywallProvider>
        </PaywallProvider>
      </QueryClientProvider>,
    )

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await waitFor(() =>
      expect(outer).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_shown' })),
    )
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    expect(screen.getByTestId('outer lock')).toHaveAttribute('data-state', 'locked')
    expect(inner).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('nested in another `PaywallProvider`'))
  })
})

describe('given the provider that owns a shared QueryClient unmounts', () => {
  it('should hand the client to the next provider, which then reports the 402s', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.use(
      http.get(apiUrl('/api/paywalled'), () =>
        HttpResponse.json({ error: 'quota_exceeded' }, { status: 402 }),
      ),
    )
    answer = 'data'
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })
    const first = vi.fn()
    const second = vi.fn()
    const view = render(
      <QueryClientProvider client={client}>
        <FirstApp onEvent={first} />
        <SecondApp onEvent={second} />
      </QueryClientProvider>,
    )
    await screen.findByText('second: success')

    view.rerender(
      <QueryClientProvider client={client}>
        <SecondApp onEvent={second} />
      </QueryClientProvider>,
    )
    answer = 'paywall'
    await act(() => client.invalidateQueries())

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await waitFor(() =>
      expect(second).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_shown' })),
    )
    expect(first).not.toHaveBeenCalled()
    expect(screen.getByText('second: error')).toBeInTheDocument()
  })
})

describe('given two providers on one QueryClient under StrictMode', () => {
  it('should keep the client with the first provider through the double effects, reporting a 402 once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.use(
      http.get(apiUrl('/api/paywalled'), () =>
        HttpResponse.json({ error: 'quota_exceeded' }, { status: 402 }),
      ),
    )
    answer = 'paywall'
    const first = vi.fn()
    const second = vi.fn()
    render(
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <FirstApp onEvent={first} />
          <SecondApp onEvent={second} />
        </QueryClientProvider>
      </StrictMode>,
    )

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await waitFor(() =>
      expect(first).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_shown' })),
    )
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    expect(second).not.toHaveBeenCalled()
    expect(
      warn.mock.calls.filter(([message]) => String(message).includes('second `PaywallProvider`')),
    ).toHaveLength(1)
  })
})
