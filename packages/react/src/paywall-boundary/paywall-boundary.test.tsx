import { paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { Component, type ReactNode, Suspense, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'
import { PaywallBoundary } from './paywall-boundary'

const server = setupMswServer()

const trialEnded = { error: 'trial_ended', message: 'Your trial is over, pick a plan.', request_id: 'req_42' }
let requests = 0
let paid = false

beforeEach(() => {
  requests = 0
  paid = false
  server.use(
    http.get(apiUrl('/api/reports'), () => {
      requests += 1
      return paid ? HttpResponse.json({ rows: 3 }) : HttpResponse.json(trialEnded, { status: 402 })
    }),
  )
  // React logs every error an error boundary catches.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
})

async function reportsJson() {
  const response = await paywallFetch(apiUrl('/api/reports'))
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status })
  return (await response.json()) as { rows: number }
}

function Reports() {
  const { data } = useSuspenseQuery({
    queryKey: ['reports'],
    queryFn: reportsJson,
    meta: { paywallFeature: 'reports' },
  })
  return <p>{`rows: ${data.rows}`}</p>
}

const resolver = { current: async () => {} }
function Resolver() {
  resolver.current = usePaywall().resolve
  return null
}

class OuterBoundary extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null }
  static getDerivedStateFromError(error: Error) {
    return { message: error.message }
  }
  override render() {
    return this.state.message ? (
      <p role="alert">{`outer caught: ${this.state.message}`}</p>
    ) : (
      this.props.children
    )
  }
}

function App({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <OuterBoundary>
        <PaywallProvider>
          {children}
          <Resolver />
          <PaywallModal />
        </PaywallProvider>
      </OuterBoundary>
    </QueryClientProvider>
  )
}

// The open modal hides the rest of the page from assistive technology: "Not now" shows the page again.
async function dismissModal() {
  await screen.findByRole('dialog')
  await userEvent.click(screen.getByRole('button', { name: 'Not now' }))
}

// The README's example ("Suspense and error boundaries"), as written there; so is `Reports` above.
const reports = (
  <PaywallBoundary feature="reports">
    <Suspense fallback={<p>Loading reports…</p>}>
      <Reports />
    </Suspense>
  </PaywallBoundary>
)

describe('given a useSuspenseQuery that mounts in the same render as PaywallProvider', () => {
  it('should send one request for its 402 and show the feature locked with the server’s message', async () => {
    render(<App client={new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })}>{reports}</App>)

    expect(await screen.findByRole('dialog')).toHaveTextContent('Your trial is over, pick a plan.')
    await dismissModal()
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeInTheDocument()
    expect(requests).toBe(1)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('should render the children with data after resolve(), by itself', async () => {
    render(<App client={new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })}>{reports}</App>)
    await dismissModal()
    await screen.findByRole('button', { name: 'Unlock' })

    paid = true
    await act(() => resolver.current())

    expect(await screen.findByText('rows: 3')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument()
    expect(requests).toBe(2)
  })
})

function Later() {
  const [shown, setShown] = useState(false)
  return shown ? (
    reports
  ) : (
    <button type="button" onClick={() => setShown(true)}>
      Show reports
    </button>
  )
}

describe('given a useSuspenseQuery that mounts after the provider', () => {
  it('should send one request for its 402 and lock the feature', async () => {
    render(
      <App client={new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })}>
        <Later />
      </App>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Show reports' }))
    await dismissModal()

    expect(await screen.findByRole('button', { name: 'Unlock' })).toBeInTheDocument()
    expect(requests).toBe(1)
  })
})

describe('given a fallback', () => {
  it('should show the fallback in place of the lock', async () => {
    render(
      <App client={new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })}>
        <PaywallBoundary feature="reports" fallback={<p>Reports need a paid plan</p>}>
          <Suspense fallback={<p>Loading reports…</p>}>
            <Reports />
          </Suspense>
        </PaywallBoundary>
      </App>,
    )
    expect(await screen.findByText('Reports need a paid plan')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument()
  })
})

describe('given an error that is no paywall', () => {
  it('should let the outer error boundary catch it, after the app’s own retries', async () => {
    server.use(
      http.get(apiUrl('/api/reports'), () => {
        requests += 1
        return HttpResponse.json({ message: 'boom' }, { status: 500 })
      }),
    )
    render(
      <App client={new QueryClient({ defaultOptions: { queries: { retry: 2, retryDelay: 0 } } })}>
        {reports}
      </App>,
    )

    expect(await screen.findByRole('alert')).toHaveTextContent('outer caught: HTTP 500')
    expect(requests).toBe(3)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('given a successful refetch of the query that threw', () => {
  it('should render the children again with the data', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })
    render(<App client={client}>{reports}</App>)
    await dismissModal()
    await screen.findByRole('button', { name: 'Unlock' })

    paid = true
    await act(() => client.refetchQueries({ queryKey: ['reports'] }))

    await waitFor(() => expect(screen.getByText('rows: 3')).toBeInTheDocument())
  })
})
