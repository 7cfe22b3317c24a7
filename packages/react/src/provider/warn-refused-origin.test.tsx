import { createPaywallFetch, paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import axios from 'axios'
import { HttpResponse, http } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from './paywall-provider'

const server = setupMswServer()

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

/** A 402 whose action sends the user to `url`; `/api/reports/<n>` so that each test has its own query. */
function answer402LinkingTo(url: string) {
  server.use(
    http.get(apiUrl('/api/reports/*'), () =>
      HttpResponse.json(
        {
          error: {
            code: 'SUBSCRIPTION_EXPIRED',
            message: 'Your Pro plan has ended. Renew it to see your reports.',
            action: { url, label: 'Renew Pro' },
          },
        },
        { status: 402 },
      ),
    ),
  )
}

async function throwUnlessOk(response: Response) {
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.json()
}

function Reports({ id, queryFn }: { id: string; queryFn: () => Promise<unknown> }) {
  const query = useQuery({ queryKey: ['reports', id], queryFn })
  return <p>{`reports ${id}: ${query.status}`}</p>
}

function App({ allowedOrigins, children }: { allowedOrigins?: string[]; children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })}>
      <PaywallProvider allowedOrigins={allowedOrigins}>
        {children}
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

/** The kit's warnings about a 402's refused action link. */
const refusedWarnings = (warn: { mock: { calls: unknown[][] } }) =>
  warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('A 402 asked'))

// Warnings are once per origin for the page's lifetime, so each test names its own origin.
describe('given a 402 whose action link is on an origin nobody listed', () => {
  it('should open the paywall without the link and warn once, naming the origin and the allowedOrigins to add', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    answer402LinkingTo('https://pay.example.com/renew')
    render(
      <App>
        <Reports id="1" queryFn={() => paywallFetch(apiUrl('/api/reports/1')).then(throwUnlessOk)} />
        <Reports id="2" queryFn={() => paywallFetch(apiUrl('/api/reports/2')).then(throwUnlessOk)} />
      </App>,
    )

    const dialog = await screen.findByRole('dialog')
    await screen.findByText('reports 2: error')
    expect(within(dialog).queryByRole('link', { name: 'Renew Pro' })).not.toBeInTheDocument()
    expect(refusedWarnings(warn)).toEqual([
      expect.stringContaining(
        "[paywall-kit] A 402 asked to send the user to https://pay.example.com, which is not in allowedOrigins, so the action link was dropped; add <PaywallProvider allowedOrigins={['https://pay.example.com']}> to allow it",
      ),
    ])
    expect(refusedWarnings(warn)[0]).toContain(
      "createPaywallFetch({ allowedOrigins: ['https://pay.example.com'] })",
    )
  })

  it('should warn for a 402 the provider parsed itself (axios), naming the IDN look-alike as it must be listed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    answer402LinkingTo('https://\u0430pple.com/billing')
    render(
      <App>
        <Reports
          id="3"
          queryFn={() => axios.get(apiUrl('/api/reports/3')).then((response) => response.data)}
        />
      </App>,
    )

    await screen.findByRole('dialog')
    expect(refusedWarnings(warn)).toEqual([
      expect.stringContaining("<PaywallProvider allowedOrigins={['https://xn--pple-43d.com']}>"),
    ])
  })
})

describe('given a 402 whose action link is on a listed origin', () => {
  it('should render the link and not warn when the provider lists the origin it parsed with', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    answer402LinkingTo('https://billing.example.com/renew')
    render(
      <App allowedOrigins={['https://billing.example.com']}>
        <Reports
          id="4"
          queryFn={() => axios.get(apiUrl('/api/reports/4')).then((response) => response.data)}
        />
      </App>,
    )

    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('link', { name: 'Renew Pro' })).toHaveAttribute(
      'href',
      'https://billing.example.com/renew',
    )
    expect(refusedWarnings(warn)).toEqual([])
  })

  it('should render the link and not warn when createPaywallFetch and the provider both list it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const allowedOrigins = ['https://checkout.example.com']
    const apiFetch = createPaywallFetch({ allowedOrigins })
    answer402LinkingTo('https://checkout.example.com/renew')
    render(
      <App allowedOrigins={allowedOrigins}>
        <Reports id="5" queryFn={() => apiFetch(apiUrl('/api/reports/5')).then(throwUnlessOk)} />
      </App>,
    )

    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('link', { name: 'Renew Pro' })).toHaveAttribute(
      'href',
      'https://checkout.example.com/renew',
    )
    expect(refusedWarnings(warn)).toEqual([])
  })

  it('should say to list it in createPaywallFetch too when only the provider lists it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    answer402LinkingTo('https://renew.example.com/pro')
    render(
      <App allowedOrigins={['https://renew.example.com']}>
        <Reports id="6" queryFn={() => paywallFetch(apiUrl('/api/reports/6')).then(throwUnlessOk)} />
      </App>,
    )

    await screen.findByRole('dialog')
    expect(refusedWarnings(warn)).toEqual([
      expect.stringContaining(
        "`PaywallProvider` lists it, but the code that read the 402 has its own allowedOrigins without it, so the action link was dropped. List it there too, e.g. createPaywallFetch({ allowedOrigins: ['https://renew.example.com'] })",
      ),
    ])
  })
})

describe('given a 402 whose action link is no link at all', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['a protocol-relative link', '//evil.example/pay'],
    ['a bare word', 'null'],
  ])('should not name an origin to list for %s', async (_, url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    answer402LinkingTo(url)
    render(
      <App>
        <Reports
          id={`junk ${url}`}
          queryFn={() => paywallFetch(apiUrl('/api/reports/7')).then(throwUnlessOk)}
        />
      </App>,
    )

    await screen.findByRole('dialog')
    expect(refusedWarnings(warn)).toEqual([])
  })
})

describe('given a production build', () => {
  it('should not warn about a refused origin', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    answer402LinkingTo('https://prod.example.com/renew')
    render(
      <App>
        <Reports id="8" queryFn={() => paywallFetch(apiUrl('/api/reports/8')).then(throwUnlessOk)} />
      </App>,
    )

    await screen.findByRole('dialog')
    expect(refusedWarnings(warn)).toEqual([])
  })
})
