import { paywallRoute } from '@paywall-kit/mock-billing/msw'
import {
  findFeatureLock,
  findPaywall,
  paymentRequiredError,
  queryPaywall,
  renderWithPaywall,
} from '@paywall-kit/react/testing'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { App } from './app'
import { Dashboard } from './dashboard'

const reports = http.get('*/api/reports', () =>
  HttpResponse.json([
    { id: 'r1', title: 'Quarterly revenue' },
    { id: 'r2', title: 'Churn by plan' },
  ]),
)
const server = setupServer(reports)
const requests: string[] = []
server.events.on('request:start', ({ request }) => {
  requests.push(`${request.method} ${new URL(request.url).pathname}`)
})

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})
afterAll(() => server.close())

describe('given the reports are paid for', () => {
  it('should list them, with no paywall and the feature unlocked', async () => {
    renderWithPaywall(<Dashboard />)

    const list = await screen.findByRole('list', { name: 'Reports' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(await findFeatureLock('reports', { state: 'unlocked' })).toBeInTheDocument()
    expect(queryPaywall()).toBeNull()
  })
})

describe('given the reports route answers a Stripe 402', () => {
  it('should open one paywall after one request and lock the reports', async () => {
    server.use(paywallRoute('GET', '/api/reports', { reason: 'upgrade_required', dialect: 'stripe' }))

    const { store } = renderWithPaywall(<Dashboard />)

    expect(await findPaywall()).toBeInTheDocument()
    expect(await findFeatureLock('reports', { state: 'locked' })).toBeInTheDocument()
    expect(store.getSnapshot().current?.dialect).toBe('stripe')
    expect(requests.filter((request) => request === 'GET /api/reports')).toHaveLength(1)
  })

  it('should keep the reports locked after "Not now" and reopen the paywall from Unlock', async () => {
    server.use(paywallRoute('GET', '/api/reports', { reason: 'trial_ended', dialect: 'nested' }))
    renderWithPaywall(<Dashboard />)
    const user = userEvent.setup()

    const dialog = await findPaywall({ name: 'Your free trial has ended' })
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(queryPaywall()).toBeNull())
    const lock = await findFeatureLock('reports', { state: 'locked' })

    await user.click(within(lock).getByRole('button', { name: /unlock/i }))
    expect(await findPaywall({ name: 'Your free trial has ended' })).toBeInTheDocument()
  })
})

describe('given a 402 made with paymentRequiredError', () => {
  it('should show the server’s message and unlock after payment', async () => {
    const error = paymentRequiredError({ reason: 'quota_exceeded', message: 'You used all 1,000 API calls.' })
    let paid = false
    server.use(
      http.get('*/api/reports', () =>
        paid ? HttpResponse.json([{ id: 'r1', title: 'Quarterly revenue' }]) : error.response?.clone(),
      ),
    )
    const { store } = renderWithPaywall(<Dashboard />)

    const dialog = await findPaywall()
    expect(dialog).toHaveTextContent('You used all 1,000 API calls.')
    expect(store.getSnapshot().locks.reports?.reason).toBe('quota_exceeded')

    paid = true
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(queryPaywall()).toBeNull())
    await userEvent.click(screen.getByRole('button', { name: 'I have paid' }))
    expect(await screen.findByRole('listitem')).toHaveTextContent('Quarterly revenue')
    expect(await findFeatureLock('reports', { state: 'unlocked' })).toBeInTheDocument()
    expect(queryPaywall()).toBeNull()
  })
})

describe('given the export answers a problem+json 402', () => {
  it('should open the paywall with "Try again", which replays the export once paid', async () => {
    server.use(
      paywallRoute('POST', '/api/exports', {
        reason: 'quota_exceeded',
        dialect: 'problem+json',
        feature: 'exports',
      }),
    )
    renderWithPaywall(<Dashboard />)
    const user = userEvent.setup()

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await findPaywall()
    expect(requests.filter((request) => request === 'POST /api/exports')).toHaveLength(1)

    server.use(http.post('*/api/exports', () => HttpResponse.json({ id: 'exp_1' })))
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Export exp_1 is ready.')).toBeInTheDocument()
    expect(queryPaywall()).toBeNull()
  })
})

describe('given the app as it runs, with TanStack’s default retry', () => {
  it('should not retry the 402, while the paywall opens', async () => {
    server.use(paywallRoute('GET', '/api/reports', { reason: 'subscription_expired', dialect: 'x402' }))
    render(<App />)

    expect(await findPaywall()).toBeInTheDocument()
    expect(requests.filter((request) => request === 'GET /api/reports')).toHaveLength(1)
  })
})
