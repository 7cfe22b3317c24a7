import { type PaywallEvent, paywallFetch } from '@paywall-kit/core'
import {
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
} from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider, type PaywallProviderProps } from './paywall-provider'

const server = setupMswServer()

const expiredBody = {
  error: { status: 402, code: 'SUBSCRIPTION_EXPIRED', message: 'Your subscription has expired.' },
  request_id: 'req_123',
}

/** Answers `path` with each status in turn (the last one repeats) and counts the requests. */
function serve(path: string, ...responses: { status: number; body?: unknown }[]) {
  const hits = { count: 0 }
  server.use(
    http.all(apiUrl(path), () => {
      const response = responses[Math.min(hits.count, responses.length - 1)] ?? { status: 200 }
      hits.count += 1
      return HttpResponse.json(response.body ?? {}, { status: response.status })
    }),
  )
  return hits
}

async function getJson(path: string) {
  const response = await paywallFetch(apiUrl(path))
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status })
  return response.json()
}

function QueryStatus({ path, feature, label }: { path: string; feature?: string; label: string }) {
  const query = useQuery({
    queryKey: [path],
    queryFn: () => getJson(path),
    meta: feature ? { paywallFeature: feature } : undefined,
  })
  return (
    <p>
      {label}: {query.status}
      {query.data ? ` ${JSON.stringify(query.data)}` : ''}
    </p>
  )
}

function PaywallState() {
  const { isOpen, locks, count } = usePaywall()
  return (
    <output aria-label="paywall state">
      {JSON.stringify({ isOpen, count, locked: Object.keys(locks).sort() })}
    </output>
  )
}

function Greedy() {
  const query = useQuery({ queryKey: ['greedy'], queryFn: () => getJson('/api/reports'), retry: 10 })
  return <p>greedy: {query.status}</p>
}

function Ai() {
  const query = useQuery({
    queryKey: ['ai'],
    queryFn: async () => {
      const response = await fetch(apiUrl('/api/ai'))
      const body = await response.json()
      if (!response.ok) throw Object.assign(new Error('failed'), { status: response.status, body })
      return body
    },
    meta: { paywallFeature: 'ai' },
  })
  return <p>ai: {query.status}</p>
}

function ThrowingReports({ queryFn }: { queryFn: () => Promise<unknown> }) {
  const query = useQuery({ queryKey: ['reports'], queryFn, meta: { paywallFeature: 'reports' } })
  return <p>reports: {query.status}</p>
}

const resolver = { current: async () => {} }
function Resolver() {
  resolver.current = usePaywall().resolve
  return null
}

function Export({ retry }: { retry?: number }) {
  const mutation = useMutation({
    mutationFn: async () => {
      const response = await paywallFetch(apiUrl('/api/exports'), { method: 'POST' })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    },
    meta: { paywallFeature: 'exports' },
    retry,
    retryDelay: 0,
  })
  return (
    <>
      <button type="button" onClick={() => mutation.mutate()}>
        Export
      </button>
      <p>export: {mutation.status}</p>
    </>
  )
}

/** A control that opens the paywall of a locked `feature` on user action. */
function Opener({ feature }: { feature: string }) {
  const { open } = usePaywall()
  return (
    <button type="button" onClick={() => open(feature)}>
      Open {feature}
    </button>
  )
}

/** A controlled modal, closed by the app as the README asks: "Not now" becomes the app's `dismiss()`. */
function ControlledModal({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const { isOpen, dismiss } = usePaywall()
  return (
    <PaywallModal
      open={isOpen}
      onOpenChange={(next) => {
        onOpenChange(next)
        if (!next) dismiss()
      }}
    />
  )
}

function renderApp(
  ui: ReactNode,
  { client = new QueryClient(), ...props }: Partial<PaywallProviderProps> & { client?: QueryClient } = {},
) {
  const result = render(
    <QueryClientProvider client={client}>
      <PaywallProvider {...props}>
        {ui}
        <PaywallState />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>,
  )
  return { ...result, client }
}

function paywallState() {
  return JSON.parse(screen.getByRole('status', { name: 'paywall state', hidden: true }).textContent ?? '{}')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('given a query that gets a 402 while the app keeps TanStack’s default retry', () => {
  it('should open the paywall after exactly one request, with the query already settled', async () => {
    const hits = serve('/api/reports', { status: 402, body: expiredBody })
    const { client } = renderApp(<QueryStatus path="/api/reports" feature="reports" label="reports" />)

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    // The error is dispatched only once retries are over: it being there means no retry is pending.
    expect(client.getQueryState(['/api/reports'])?.status).toBe('error')
    expect(client.getQueryState(['/api/reports'])?.fetchFailureCount).toBe(1)
    expect(hits.count).toBe(1)
  })

  it('should keep retrying other errors the app’s way (default 3 retries)', async () => {
    const hits = serve('/api/usage', { status: 500 })
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })
    renderApp(<QueryStatus path="/api/usage" label="usage" />, { client })

    expect(await screen.findByText('usage: error')).toBeInTheDocument()
    expect(hits.count).toBe(4)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('should keep the app’s own retry function for other errors and never call it for a 402', async () => {
    const retry = vi.fn((failureCount: number, _error: unknown) => failureCount < 1)
    const client = new QueryClient({ defaultOptions: { queries: { retry, retryDelay: 0 } } })
    const failing = serve('/api/usage', { status: 503 })
    const paywalled = serve('/api/reports', { status: 402, body: expiredBody })
    renderApp(
      <>
        <QueryStatus path="/api/usage" label="usage" />
        <QueryStatus path="/api/reports" feature="reports" label="reports" />
      </>,
      { client },
    )

    expect(await screen.findByText('usage: error')).toBeInTheDocument()
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    expect(failing.count).toBe(2)
    expect(paywalled.count).toBe(1)
    expect(retry.mock.calls.every(([, error]) => (error as { status?: number }).status === 503)).toBe(true)
  })

  it('should keep the app’s retry count, and `retry: false`, for other errors', async () => {
    const counted = serve('/api/usage', { status: 500 })
    const never = serve('/api/plans', { status: 500 })
    const client = new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 0 } } })
    client.setQueryDefaults(['/api/plans'], { retry: false })
    renderApp(
      <>
        <QueryStatus path="/api/usage" label="usage" />
        <QueryStatus path="/api/plans" label="plans" />
      </>,
      { client },
    )

    expect(await screen.findByText('usage: error')).toBeInTheDocument()
    expect(await screen.findByText('plans: error')).toBeInTheDocument()
    expect(counted.count).toBe(2)
    expect(never.count).toBe(1)
  })

  it('should fail fast even when the query itself asks for many retries', async () => {
    const hits = serve('/api/reports', { status: 402, body: expiredBody })
    renderApp(<Greedy />)

    expect(await screen.findByText('greedy: error')).toBeInTheDocument()
    expect(hits.count).toBe(1)
  })

  it('should leave the app’s QueryCache and MutationCache callbacks in place', async () => {
    serve('/api/reports', { status: 402, body: expiredBody })
    const onQueryError = vi.fn()
    const client = new QueryClient({
      queryCache: new QueryCache({ onError: onQueryError }),
      mutationCache: new MutationCache({ onError: vi.fn() }),
    })
    renderApp(<QueryStatus path="/api/reports" label="reports" />, { client })

    await screen.findByRole('dialog')
    expect(onQueryError).toHaveBeenCalledTimes(1)
    expect(client.getQueryCache().config.onError).toBe(onQueryError)
    expect(client.getDefaultOptions().queries?.retry).toBeUndefined()
  })
})

describe('given errors that are not paywalls', () => {
  it.each([401, 403, 404, 429, 500])('should never open the paywall for a %i', async (status) => {
    serve('/api/thing', { status, body: { error: 'nope' } })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    renderApp(<QueryStatus path="/api/thing" feature="thing" label="thing" />, { client })

    expect(await screen.findByText('thing: error')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(paywallState()).toEqual({ isOpen: false, count: 0, locked: [] })
  })

  it('should never open the paywall for a network error', async () => {
    server.use(http.get(apiUrl('/api/thing'), () => HttpResponse.error()))
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    renderApp(<QueryStatus path="/api/thing" label="thing" />, { client })

    expect(await screen.findByText('thing: error')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('should open it for a 403 that `classify` declares a paywall, after one request', async () => {
    const hits = serve('/api/ai', { status: 403, body: { code: 'out_of_credit', message: 'Out of credit.' } })
    renderApp(<Ai />, {
      classify: ({ status, body }) =>
        status === 403 && (body as { code?: string })?.code === 'out_of_credit'
          ? 'insufficient_credits'
          : undefined,
    })

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    expect(hits.count).toBe(1)
    expect(paywallState().locked).toEqual(['ai'])
  })

  it('should show the reason `reasonCodes` maps the server’s own code to', async () => {
    serve('/api/ai', { status: 402, body: { error: { code: 'ACME_E7' } } })
    renderApp(<Ai />, { reasonCodes: { acme_e7: 'quota_exceeded' } })

    const dialog = await screen.findByRole('dialog')
    expect(
      within(dialog).getByRole('heading', { name: 'You’ve reached your plan’s limit' }),
    ).toBeInTheDocument()
  })

  it('should log nothing as an error for a 402', async () => {
    const consoleError = vi.spyOn(console, 'error')
    serve('/api/reports', { status: 402, body: expiredBody })
    renderApp(<QueryStatus path="/api/reports" feature="reports" label="reports" />)

    await screen.findByRole('dialog')
    expect(consoleError).not.toHaveBeenCalled()
  })
})

describe('given the errors of other HTTP clients', () => {
  const axiosError = () =>
    Object.assign(new Error('Request failed with status code 402'), {
      isAxiosError: true,
      response: { status: 402, data: expiredBody, headers: { 'content-type': 'application/json' } },
    })
  const kyError = () =>
    Object.assign(new Error('Request failed with status code 402'), {
      name: 'HTTPError',
      response: new Response(JSON.stringify(expiredBody), { status: 402 }),
      data: expiredBody,
    })
  const ofetchError = () =>
    Object.assign(new Error('[GET] "/api/reports": 402'), {
      name: 'FetchError',
      status: 402,
      statusCode: 402,
      data: expiredBody,
      response: new Response(null, { status: 402 }),
    })
  const plainError = () => ({ status: 402, body: expiredBody })

  it.each([
    ['axios', axiosError],
    ['ky', kyError],
    ['ofetch', ofetchError],
    ['a plain { status: 402 }', plainError],
  ])('should open the paywall for a 402 thrown by %s, calling the query once', async (_, makeError) => {
    const queryFn = vi.fn(() => Promise.reject(makeError()))
    renderApp(<ThrowingReports queryFn={queryFn} />)

    expect(await screen.findByRole('dialog')).toHaveAccessibleName('Your subscription has ended')
    expect(queryFn).toHaveBeenCalledTimes(1)
    expect(paywallState().locked).toEqual(['reports'])
  })
})

describe('given several queries that hit the paywall together', () => {
  it('should open one modal that counts them, and lock each feature separately', async () => {
    serve('/api/reports', { status: 402, body: expiredBody })
    serve('/api/exports', { status: 402, body: expiredBody })
    serve('/api/basic', { status: 200, body: { rows: 3 } })
    const onEvent = vi.fn()
    renderApp(
      <>
        <QueryStatus path="/api/reports" feature="reports" label="reports" />
        <QueryStatus path="/api/exports" feature="exports" label="exports" />
        <QueryStatus path="/api/basic" feature="basic" label="basic" />
      </>,
      { onEvent },
    )

    await waitFor(() => expect(paywallState().locked).toEqual(['exports', 'reports']))
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    expect(await screen.findByText('basic: success {"rows":3}')).toBeInTheDocument()
    await waitFor(() => expect(onEvent).toHaveBeenCalled())
    const shown = onEvent.mock.calls.filter(([event]) => event.type === 'paywall_shown')
    expect(shown).toHaveLength(1)
  })

  it('should take the feature from the body when the query has no meta', async () => {
    serve('/api/exports', {
      status: 402,
      body: { error: 'upgrade_required', message: 'Exports need Pro.', feature: 'exports' },
    })
    renderApp(<QueryStatus path="/api/exports" label="exports" />)

    await waitFor(() => expect(paywallState().locked).toEqual(['exports']))
  })
  it('should lock no feature when neither the query’s meta nor the body names one', async () => {
    const hits = serve('/api/reports', { status: 402, body: expiredBody })
    renderApp(<QueryStatus path="/api/reports" label="reports" />)

    expect(await screen.findByRole('dialog')).toHaveAccessibleName('Your subscription has ended')
    expect(paywallState()).toEqual({ isOpen: true, count: 1, locked: [] })
    expect(hits.count).toBe(1)
  })
})

describe('given a query with cached data whose background refetch gets a 402', () => {
  it('should keep the data visible and lock only that feature', async () => {
    const reports = serve(
      '/api/reports',
      { status: 200, body: { rows: 7 } },
      { status: 402, body: expiredBody },
    )
    serve('/api/usage', { status: 200, body: { used: 1 } })
    const { client } = renderApp(
      <>
        <QueryStatus path="/api/reports" feature="reports" label="reports" />
        <QueryStatus path="/api/usage" feature="usage" label="usage" />
      </>,
    )
    expect(await screen.findByText('reports: success {"rows":7}')).toBeInTheDocument()

    await act(() => client.refetchQueries({ queryKey: ['/api/reports'] }))

    expect(reports.count).toBe(2)
    expect(screen.getByText('reports: error {"rows":7}')).toBeInTheDocument()
    expect(screen.getByText('usage: success {"used":1}')).toBeInTheDocument()
    expect(paywallState().locked).toEqual(['reports'])
  })
})

describe('given the user dismissed the paywall', () => {
  it('should not reopen on a background refetch, keeping the feature locked quietly', async () => {
    const user = userEvent.setup()
    const hits = serve('/api/reports', { status: 402, body: expiredBody })
    const { client } = renderApp(<QueryStatus path="/api/reports" feature="reports" label="reports" />)
    await screen.findByRole('dialog')
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await act(() => client.refetchQueries({ queryKey: ['/api/reports'] }))

    expect(hits.count).toBe(2)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(paywallState()).toMatchObject({ isOpen: false, locked: ['reports'] })
  })

  it('should reopen for a user action: mounting the feature again', async () => {
    const user = userEvent.setup()
    const hits = serve('/api/reports', { status: 402, body: expiredBody })
    const client = new QueryClient()
    const tree = (open: boolean) => (
      <QueryClientProvider client={client}>
        <PaywallProvider>
          {open && <QueryStatus path="/api/reports" feature="reports" label="reports" />}
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>
    )
    const view = render(tree(true))
    await screen.findByRole('dialog')
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    view.rerender(tree(false))
    view.rerender(tree(true))

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    expect(hits.count).toBe(2)
  })

  it('should reopen for a user action: a mutation that gets a 402', async () => {
    const user = userEvent.setup()
    serve('/api/reports', { status: 402, body: expiredBody })
    const exports = serve('/api/exports', { status: 402, body: expiredBody })
    renderApp(
      <>
        <QueryStatus path="/api/reports" feature="reports" label="reports" />
        <Export />
      </>,
    )
    await screen.findByRole('dialog')
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Export' }))

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    expect(exports.count).toBe(1)
    expect(paywallState().locked).toEqual(['exports', 'reports'])
  })
})

describe('given the user followed the action link', () => {
  function setVisibility(state: DocumentVisibilityState) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
    document.dispatchEvent(new Event('visibilitychange'))
  }

  afterEach(() => {
    Reflect.deleteProperty(document, 'visibilityState')
  })

  it('should re-check the 402’d queries once on return and unlock when payment went through', async () => {
    const user = userEvent.setup()
    const body = {
      ...expiredBody,
      error: { ...expiredBody.error, action: { url: '/billing', text: 'Renew' } },
    }
    const reports = serve('/api/reports', { status: 402, body }, { status: 200, body: { rows: 9 } })
    const onEvent = vi.fn()
    renderApp(<QueryStatus path="/api/reports" feature="reports" label="reports" />, { onEvent })
    const action = await screen.findByRole('link', { name: 'Renew' })
    // jsdom cannot navigate: stop the link after React has handled the click. (On the link itself the
    // listener would run first, and a prevented click means the app vetoed the action.)
    document.addEventListener('click', (event) => event.preventDefault(), { once: true })
    await user.click(action)

    setVisibility('hidden')
    expect(reports.count).toBe(1)
    act(() => setVisibility('visible'))
    act(() => window.dispatchEvent(new Event('focus')))

    expect(await screen.findByText('reports: success {"rows":9}')).toBeInTheDocument()
    expect(reports.count).toBe(2)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(paywallState()).toEqual({ isOpen: false, count: 0, locked: [] })
    await waitFor(() =>
      expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual([
        'paywall_shown',
        'action_clicked',
        'paywall_resolved',
      ]),
    )
  })

  it('should close the modal on the click and, back without paying, keep the feature locked quietly', async () => {
    const user = userEvent.setup()
    const body = {
      ...expiredBody,
      error: { ...expiredBody.error, action: { url: '/billing', text: 'Renew' } },
    }
    const reports = serve('/api/reports', { status: 402, body })
    const onEvent = vi.fn()
    renderApp(<QueryStatus path="/api/reports" feature="reports" label="reports" />, { onEvent })
    const action = await screen.findByRole('link', { name: 'Renew' })
    // jsdom cannot navigate: stop the link after React has handled the click. (On the link itself the
    // listener would run first, and a prevented click means the app vetoed the action.)
    document.addEventListener('click', (event) => event.preventDefault(), { once: true })
    await user.click(action)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    setVisibility('hidden')
    act(() => setVisibility('visible'))
    await waitFor(() => expect(reports.count).toBe(2))
    await waitFor(() => expect(screen.getByText('reports: error')).toBeInTheDocument())

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(paywallState()).toEqual({ isOpen: false, count: 1, locked: ['reports'] })
    expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual(['paywall_shown', 'action_clicked'])
  })

  it('should not re-check when the user never clicked the action', async () => {
    const reports = serve('/api/reports', { status: 402, body: expiredBody })
    const client = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } })
    renderApp(<QueryStatus path="/api/reports" feature="reports" label="reports" />, { client })
    await screen.findByRole('dialog')

    act(() => setVisibility('visible'))
    act(() => window.dispatchEvent(new Event('focus')))

    expect(reports.count).toBe(1)
  })
})

describe('given the user paid and the app calls resolve()', () => {
  it('should refetch each 402’d query once, unlock, and report paywall_resolved', async () => {
    const reports = serve(
      '/api/reports',
      { status: 402, body: expiredBody },
      { status: 200, body: { rows: 1 } },
    )
    const exports = serve(
      '/api/exports',
      { status: 402, body: expiredBody },
      { status: 200, body: { files: 2 } },
    )
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    renderApp(
      <>
        <QueryStatus path="/api/reports" feature="reports" label="reports" />
        <QueryStatus path="/api/exports" feature="exports" label="exports" />
        <Resolver />
      </>,
      { onEvent },
    )
    await waitFor(() => expect(paywallState().locked).toEqual(['exports', 'reports']))

    await act(() => resolver.current())

    expect(reports.count).toBe(2)
    expect(exports.count).toBe(2)
    expect(screen.getByText('reports: success {"rows":1}')).toBeInTheDocument()
    expect(screen.getByText('exports: success {"files":2}')).toBeInTheDocument()
    expect(paywallState()).toEqual({ isOpen: false, count: 0, locked: [] })
    expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('paywall_resolved')
  })
})

describe('given a mutation that gets a 402', () => {
  it('should open the paywall after one request even when the mutation retries', async () => {
    const user = userEvent.setup()
    const hits = serve('/api/exports', { status: 402, body: expiredBody })
    renderApp(<Export retry={3} />)

    await user.click(screen.getByRole('button', { name: 'Export' }))

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    expect(screen.getByText('export: error')).toBeInTheDocument()
    expect(hits.count).toBe(1)
    expect(paywallState().locked).toEqual(['exports'])
  })

  it('should not replay it when the app resolves the paywall', async () => {
    const user = userEvent.setup()
    const hits = serve('/api/exports', { status: 402, body: expiredBody }, { status: 201, body: {} })
    renderApp(
      <>
        <Export />
        <Resolver />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await screen.findByRole('dialog')

    await act(() => resolver.current())

    expect(hits.count).toBe(1)
    expect(screen.getByText('export: error')).toBeInTheDocument()
    expect(paywallState()).toEqual({ isOpen: false, count: 0, locked: [] })
  })

  it('should replay it once when the user presses "Try again", and close the modal', async () => {
    const user = userEvent.setup()
    const hits = serve(
      '/api/exports',
      { status: 402, body: expiredBody },
      { status: 201, body: { id: 'e1' } },
    )
    renderApp(<Export />)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await screen.findByRole('dialog')
    expect(hits.count).toBe(1)

    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByText('export: success')).toBeInTheDocument()
    expect(hits.count).toBe(2)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(paywallState().locked).toEqual([])
  })

  it('should never offer "Try again" under another feature’s paywall', async () => {
    const user = userEvent.setup()
    serve('/api/reports', { status: 402, body: expiredBody })
    const exports = serve('/api/exports', { status: 402, body: expiredBody }, { status: 201, body: {} })
    renderApp(
      <>
        <QueryStatus path="/api/reports" feature="reports" label="reports" />
        <Export />
        <Opener feature="reports" />
      </>,
    )
    await user.click(await screen.findByRole('button', { name: 'Not now' }))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Open reports' }))

    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    expect(exports.count).toBe(1)
  })

  it('should not count "Try again" as "Not now" when other features stay locked, and tell a controlled modal to close', async () => {
    const user = userEvent.setup()
    serve('/api/reports', { status: 402, body: expiredBody })
    const exports = serve('/api/exports', { status: 402, body: expiredBody }, { status: 201, body: {} })
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const onOpenChange = vi.fn<(open: boolean) => void>()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent}>
          <QueryStatus path="/api/reports" feature="reports" label="reports" />
          <Export />
          <PaywallState />
          <ControlledModal onOpenChange={onOpenChange} />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await user.click(await screen.findByRole('button', { name: 'Not now' }))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    const tryAgain = await screen.findByRole('button', { name: 'Try again' })
    onOpenChange.mockClear()
    await user.click(tryAgain)

    expect(await screen.findByText('export: success')).toBeInTheDocument()
    expect(exports.count).toBe(2)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(paywallState()).toMatchObject({ isOpen: false, locked: ['reports'] })
    expect(onOpenChange).toHaveBeenCalledWith(false)
    // One "Not now", for the reports paywall; "Try again" is not another.
    expect(onEvent.mock.calls.filter(([event]) => event.type === 'paywall_dismissed')).toHaveLength(1)
  })

  it('should unlock its feature when the same feature’s mutation later succeeds', async () => {
    const user = userEvent.setup()
    serve('/api/exports', { status: 402, body: expiredBody }, { status: 201, body: { id: 'e2' } })
    renderApp(<Export />)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(await screen.findByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(paywallState()).toMatchObject({ isOpen: false, locked: ['exports'] }))

    await user.click(screen.getByRole('button', { name: 'Export' }))

    expect(await screen.findByText('export: success')).toBeInTheDocument()
    expect(paywallState()).toEqual({ isOpen: false, count: 0, locked: [] })
  })

  it('should keep a non-paywall mutation error to the app', async () => {
    const user = userEvent.setup()
    serve('/api/exports', { status: 500 })
    renderApp(<Export />)

    await user.click(screen.getByRole('button', { name: 'Export' }))

    expect(await screen.findByText('export: error')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('given no QueryClient anywhere', () => {
  it('should still accept hand-reported 402s and warn the developer once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      <PaywallProvider>
        <PaywallState />
      </PaywallProvider>,
    )

    expect(paywallState()).toEqual({ isOpen: false, count: 0, locked: [] })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('found no QueryClient'))
  })
})
