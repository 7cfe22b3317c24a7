import {
  createPaywallFetch,
  PaymentRequiredError,
  providerBillingErrors,
  reasonCopy,
  toPaymentRequired,
} from '@paywall-kit/core'
import { type BillingApi, createBillingApi, type Dialect, dialects } from '@paywall-kit/mock-billing'
import { createHandlers } from '@paywall-kit/mock-billing/msw'
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { FeatureLock } from '../feature-lock/feature-lock'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

const server = setupMswServer()
let api: BillingApi
let requests: string[]

beforeEach(() => {
  api = createBillingApi()
  requests = []
  const handle = api.handle.bind(api)
  vi.spyOn(api, 'handle').mockImplementation((request) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`)
    return handle(request)
  })
  server.use(...createHandlers(api))
})

afterEach(() => {
  vi.restoreAllMocks()
})

function count(request: string) {
  return requests.filter((made) => made === request).length
}

// As an app whose backends answer in every dialect the mock speaks would set it up: OpenAI-style
// 429s are billing errors, and a GraphQL result refused over HTTP 200 is a paywall too.
const paywallFetch = createPaywallFetch({ classify: providerBillingErrors })

async function json(response: Promise<Response>) {
  const settled = await response
  if (!settled.ok) throw Object.assign(new Error(`HTTP ${settled.status}`), { status: settled.status })
  const body: unknown = await settled.json()
  const refusal = toPaymentRequired(body)
  if (refusal) throw new PaymentRequiredError(refusal, settled)
  return body
}

function Reports({ dialect }: { dialect?: Dialect }) {
  const query = useQuery({
    queryKey: ['reports', dialect],
    queryFn: () =>
      json(
        paywallFetch(apiUrl('/api/reports'), { headers: dialect ? { 'x-paywall-dialect': dialect } : {} }),
      ),
    meta: { paywallFeature: 'reports' },
  })
  return (
    <FeatureLock feature="reports" data-testid="reports">
      <p>{`reports: ${query.status}`}</p>
    </FeatureLock>
  )
}

function BasicReports() {
  const query = useQuery({
    queryKey: ['basic'],
    queryFn: () => json(paywallFetch(apiUrl('/api/reports/basic'))),
  })
  return <p>{`basic: ${query.status}`}</p>
}

function ExportButton() {
  const mutation = useMutation({
    mutationFn: () =>
      json(
        paywallFetch(apiUrl('/api/exports'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ format: 'csv' }),
        }),
      ),
    meta: { paywallFeature: 'exports' },
  })
  return (
    <>
      <button type="button" onClick={() => mutation.mutate()}>
        Export CSV
      </button>
      <p>{`export: ${mutation.status}`}</p>
    </>
  )
}

function FailingQuery({ status }: { status: number }) {
  const query = useQuery({
    queryKey: ['fail', status],
    queryFn: () => json(paywallFetch(apiUrl(`/api/demo/fail/${status}`))),
    retry: false,
  })
  return <p>{`fail ${status}: ${query.status}`}</p>
}

function RunQuery() {
  const mutation = useMutation({
    mutationFn: () => json(paywallFetch(apiUrl('/api/queries'), { method: 'POST' })),
  })
  return (
    <button type="button" onClick={() => mutation.mutate()}>
      Run query
    </button>
  )
}

const resolver = { current: async () => {} }
function Resolver() {
  resolver.current = usePaywall().resolve
  return null
}

function renderApp(children: ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <main>
          {children}
          <Resolver />
        </main>
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

async function checkout() {
  const response = await fetch(apiUrl('/api/checkout'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ planId: 'pro' }),
  })
  expect(response.ok).toBe(true)
}

describe('given the mock billing API with an expired subscription', () => {
  beforeEach(() => api.setScenario('expired'))

  it.each(dialects.map((dialect) => [dialect]))(
    'should open the paywall after one request in the %s dialect, locking only reports',
    async (dialect) => {
      renderApp(
        <>
          <Reports dialect={dialect} />
          <BasicReports />
        </>,
      )

      const dialog = await screen.findByRole('dialog')
      expect(dialog.textContent).not.toMatch(/\b402\b|Payment Required/)
      expect(within(dialog).getByRole('button', { name: 'Not now' })).toBeInTheDocument()
      await waitFor(() => expect(screen.getByTestId('reports')).toHaveAttribute('data-state', 'locked'))
      expect(await screen.findByText('basic: success')).toBeInTheDocument()
      expect(count('GET /api/reports')).toBe(1)
    },
  )

  it('should name the reason in the dialects that carry it', async () => {
    renderApp(<Reports dialect="nested" />)

    expect(await screen.findByRole('dialog')).toHaveAccessibleName(reasonCopy('subscription_expired').title)
  })

  it('should unlock after checkout and resolve(), refetching reports once', async () => {
    renderApp(<Reports />)
    await screen.findByRole('dialog')

    await checkout()
    await act(() => resolver.current())

    expect(await screen.findByText('reports: success')).toBeInTheDocument()
    expect(screen.getByTestId('reports')).toHaveAttribute('data-state', 'unlocked')
    expect(count('GET /api/reports')).toBe(2)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('should offer "Try again" for a 402’d export and replay it once after checkout', async () => {
    const user = userEvent.setup()
    renderApp(<ExportButton />)
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await screen.findByRole('dialog')
    expect(count('POST /api/exports')).toBe(1)

    await checkout()
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByText('export: success')).toBeInTheDocument()
    expect(count('POST /api/exports')).toBe(2)
  })
})

describe('given the mock billing API answering other errors', () => {
  it.each([401, 403, 404, 429, 500, 503])('should not open the paywall for a %i', async (status) => {
    renderApp(<FailingQuery status={status} />)

    expect(await screen.findByText(`fail ${status}: error`)).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('given the mock billing API with the quota used up', () => {
  it('should show the usage from the 402 body', async () => {
    api.setScenario('quota_exhausted')
    const user = userEvent.setup()
    renderApp(<RunQuery />)

    await user.click(screen.getByRole('button', { name: 'Run query' }))

    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveAccessibleName(reasonCopy('quota_exceeded').title)
    expect(within(dialog).getByText(/ of .* used/)).toBeInTheDocument()
    expect(count('POST /api/queries')).toBe(1)
  })
})

describe('given the mock billing API with a free account and a checkout of the app’s own (onAction)', () => {
  // An `onAction` makes the plans a choice: a radio group rather than a list.
  function renderWithCheckout(locale: string) {
    return render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider locale={locale} onAction={() => {}}>
          <Reports />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
  }

  beforeEach(() => api.setScenario('free'))

  it('should mark Free as the current plan, start with Pro picked, and price each plan per month', async () => {
    renderWithCheckout('en-US')
    const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

    const plans = await screen.findByRole('radiogroup', { name: 'Plans' })
    const free = within(plans).getByRole('radio', { name: /^Free/ })
    const pro = within(plans).getByRole('radio', { name: /^Pro/ })
    const business = within(plans).getByRole('radio', { name: /^Business/ })

    expect(free).toBeDisabled()
    expect(free).not.toBeChecked()
    expect(within(free).getByText('Current plan')).toBeInTheDocument()
    expect(pro).toBeChecked()
    expect(within(pro).getByText('Recommended')).toBeInTheDocument()
    expect(business).not.toBeChecked()
    expect(pro.textContent).toContain(`${usd.format(29)} per month`)
    expect(business.textContent).toContain(`${usd.format(99)} per month`)
    expect(screen.getByRole('button', { name: 'Continue with Pro' })).toBeInTheDocument()
  })

  it('should format the prices in the UI’s locale, not as the server’s "$29/month"', async () => {
    renderWithCheckout('de-DE')
    const germanUsd = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD' })

    const plans = await screen.findByRole('radiogroup', { name: 'Plans' })
    const pro = within(plans).getByRole('radio', { name: /^Pro/ })

    expect(pro.textContent).toContain(germanUsd.format(29))
    expect(pro.textContent).not.toContain('$29/month')
  })
})
