import { BroadcastChannel as NodeBroadcastChannel } from 'node:worker_threads'
import { type PaywallEvent, paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { FeatureLock } from '../feature-lock/feature-lock'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider, type PaywallProviderProps } from '../provider/paywall-provider'
import { readCrossTabMessage } from './cross-tab-channel'

// Two "tabs" in one document: two providers on two QueryClients, linked only through a real
// BroadcastChannel (Node's; jsdom has none of its own), as two tabs of one app are.
const server = setupMswServer()
const billing = { paid: false, requests: 0 }

beforeEach(() => {
  billing.paid = false
  billing.requests = 0
  server.use(
    http.get(apiUrl('/api/reports'), () => {
      billing.requests += 1
      return billing.paid
        ? HttpResponse.json({ rows: 3 })
        : HttpResponse.json(
            { error: { code: 'SUBSCRIPTION_EXPIRED', message: 'Your subscription has expired.' } },
            { status: 402 },
          )
    }),
  )
})

afterEach(() => {
  vi.unstubAllGlobals()
})

function Reports() {
  const query = useQuery({
    queryKey: ['reports'],
    queryFn: async () => {
      const response = await paywallFetch(apiUrl('/api/reports'))
      return (await response.json()) as { rows: number }
    },
    meta: { paywallFeature: 'reports' },
  })
  return <p>{query.data ? `${query.data.rows} reports` : 'No reports yet'}</p>
}

function PaidButton() {
  const { resolve } = usePaywall()
  return (
    <button type="button" onClick={() => void resolve()}>
      I have paid
    </button>
  )
}

function ModalState() {
  const { isOpen } = usePaywall()
  return <output aria-label="modal">{isOpen ? 'open' : 'closed'}</output>
}

function Tab({
  name,
  client,
  withModal = false,
  ...props
}: { name: string; client: QueryClient; withModal?: boolean } & Partial<PaywallProviderProps>) {
  return (
    <section aria-label={name}>
      <QueryClientProvider client={client}>
        <PaywallProvider {...props}>
          <FeatureLock feature="reports" fallback={<p>Reports are locked</p>}>
            <Reports />
          </FeatureLock>
          <PaidButton />
          <ModalState />
          {withModal && <PaywallModal />}
        </PaywallProvider>
      </QueryClientProvider>
    </section>
  )
}

/** Tab A shows its paywall (`withModal`) only where a test presses "Not now": an open modal hides the rest. */
async function renderTwoTabs(
  a: Partial<PaywallProviderProps> & { withModal?: boolean } = {},
  b: Partial<PaywallProviderProps> = {},
) {
  const clients = { a: new QueryClient(), b: new QueryClient() }
  render(
    <>
      <Tab name="Tab A" client={clients.a} {...a} />
      <Tab name="Tab B" client={clients.b} {...b} />
    </>,
  )
  const tabA = screen.getByRole('region', { name: 'Tab A' })
  const tabB = screen.getByRole('region', { name: 'Tab B' })
  await within(tabA).findByText('Reports are locked')
  await within(tabB).findByText('Reports are locked')
  return { tabA, tabB, clients }
}

describe('given two tabs of one app with the same feature locked', () => {
  it('should unlock the other tab, without a reload, when the user pays in one', async () => {
    const user = userEvent.setup()
    const { tabA, tabB } = await renderTwoTabs()

    billing.paid = true
    await user.click(within(tabA).getByRole('button', { name: 'I have paid' }))

    expect(await within(tabA).findByText('3 reports')).toBeInTheDocument()
    expect(await within(tabB).findByText('3 reports')).toBeInTheDocument()
    expect(within(tabB).queryByText('Reports are locked')).not.toBeInTheDocument()
  })

  it('should unlock the other tab when a refetch in one tab succeeds', async () => {
    const { tabA, tabB, clients } = await renderTwoTabs()

    billing.paid = true
    await act(() => clients.a.refetchQueries({ queryKey: ['reports'] }))

    expect(await within(tabA).findByText('3 reports')).toBeInTheDocument()
    expect(await within(tabB).findByText('3 reports')).toBeInTheDocument()
  })

  it('should recheck quietly, keeping the other tab locked without opening its paywall while the server still says 402', async () => {
    const user = userEvent.setup()
    const onEventB = vi.fn<(event: PaywallEvent) => void>()
    const { tabA, tabB } = await renderTwoTabs({ withModal: true }, { onEvent: onEventB })
    await user.click(await screen.findByRole('button', { name: 'Not now' }))
    await waitFor(() =>
      expect(within(tabB).getByRole('status', { name: 'modal' })).toHaveTextContent('closed'),
    )
    const before = billing.requests
    const eventsBefore = onEventB.mock.calls.length

    // The payment has not gone through: A's refetch and B's recheck both get a 402.
    await user.click(within(tabA).getByRole('button', { name: 'I have paid' }))

    await waitFor(() => expect(billing.requests).toBe(before + 2))
    await new Promise((settle) => setTimeout(settle, 50))
    // A's own "I have paid" reopens A's paywall, which hides the rest of the page from queries by role.
    expect(within(tabB).getByText('Reports are locked')).toBeInTheDocument()
    expect(within(tabB).getByRole('status', { name: 'modal', hidden: true })).toHaveTextContent('closed')
    expect(onEventB.mock.calls.slice(eventsBefore).map(([event]) => event.type)).not.toContain(
      'paywall_shown',
    )
  })

  it('should close the paywall in the other tab on "Not now", keeping its lock, and count the dismissal once', async () => {
    const user = userEvent.setup()
    const onEventA = vi.fn<(event: PaywallEvent) => void>()
    const onEventB = vi.fn<(event: PaywallEvent) => void>()
    const { tabB } = await renderTwoTabs({ onEvent: onEventA, withModal: true }, { onEvent: onEventB })
    expect(within(tabB).getByRole('status', { name: 'modal', hidden: true })).toHaveTextContent('open')

    await user.click(await screen.findByRole('button', { name: 'Not now' }))

    await waitFor(() =>
      expect(within(tabB).getByRole('status', { name: 'modal' })).toHaveTextContent('closed'),
    )
    expect(within(tabB).getByText('Reports are locked')).toBeInTheDocument()
    const dismissals = (events: typeof onEventA) =>
      events.mock.calls.filter(([event]) => event.type === 'paywall_dismissed').length
    expect(dismissals(onEventA)).toBe(1)
    expect(dismissals(onEventB)).toBe(0)
  })
})

describe('given a tab that opts out or uses another channel', () => {
  it.each([
    ['crossTab={false}', { crossTab: false }],
    ['another channel name', { crossTab: 'another-app' }],
  ] as const)('should leave that tab locked when the user pays in the other (%s)', async (_, options) => {
    const user = userEvent.setup()
    const { tabA, tabB } = await renderTwoTabs({}, options)

    billing.paid = true
    await user.click(within(tabA).getByRole('button', { name: 'I have paid' }))

    expect(await within(tabA).findByText('3 reports')).toBeInTheDocument()
    await new Promise((settle) => setTimeout(settle, 100))
    expect(within(tabB).getByText('Reports are locked')).toBeInTheDocument()
    expect(within(tabB).getByRole('status', { name: 'modal' })).toHaveTextContent('open')
  })

  it('should link two tabs that name the same channel', async () => {
    const user = userEvent.setup()
    const { tabA, tabB } = await renderTwoTabs({ crossTab: 'acme' }, { crossTab: 'acme' })

    billing.paid = true
    await user.click(within(tabA).getByRole('button', { name: 'I have paid' }))

    expect(await within(tabB).findByText('3 reports')).toBeInTheDocument()
  })
})

describe('given messages on the channel that are not the kit’s', () => {
  it.each([
    ['a string', 'resolve'],
    ['null', null],
    ['an unknown type', { type: 'pay', keys: [], features: [] }],
    ['keys that are not strings', { type: 'resolve', keys: [1], features: [] }],
    ['no features', { type: 'dismiss', keys: [] }],
    ['too many keys', { type: 'unlock', keys: Array.from({ length: 10_000 }, () => 'k'), features: [] }],
  ])('should ignore %s', async (_, data) => {
    expect(readCrossTabMessage(data)).toBeNull()
    const { tabB } = await renderTwoTabs()
    const requests = billing.requests
    const stranger = new NodeBroadcastChannel('paywall-kit')
    billing.paid = true
    stranger.postMessage(data)
    await new Promise((settle) => setTimeout(settle, 100))
    stranger.close()

    expect(billing.requests).toBe(requests)
    expect(within(tabB).getByText('Reports are locked')).toBeInTheDocument()
  })

  it('should carry only a type and keys, never the paywall', async () => {
    const user = userEvent.setup()
    const heard: unknown[] = []
    const listener = new NodeBroadcastChannel('paywall-kit')
    listener.onmessage = (event: unknown) => heard.push((event as { data: unknown }).data)
    await renderTwoTabs({ withModal: true })

    await user.click(await screen.findByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(heard).toHaveLength(1))
    listener.close()

    expect(heard[0]).toEqual({ type: 'dismiss', keys: ['["reports"]'], features: ['reports'] })
  })
})

describe('given a browser without BroadcastChannel', () => {
  it('should pass the payment through localStorage’s storage event', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    const user = userEvent.setup()
    const { tabA, tabB } = await renderTwoTabs()

    billing.paid = true
    await user.click(within(tabA).getByRole('button', { name: 'I have paid' }))
    expect(await within(tabA).findByText('3 reports')).toBeInTheDocument()
    const key = 'paywall-kit:cross-tab:paywall-kit'
    const written = localStorage.getItem(key)
    expect(JSON.parse(written ?? 'null')).toMatchObject({ type: 'resolve', keys: ['["reports"]'] })
    expect(within(tabB).getByText('Reports are locked')).toBeInTheDocument()

    // The browser fires `storage` in the app's other tabs only; here both tabs share one window.
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: written }))
    })

    expect(await within(tabB).findByText('3 reports')).toBeInTheDocument()
  })
})
