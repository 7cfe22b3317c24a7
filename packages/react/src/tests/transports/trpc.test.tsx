import { type QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { createTRPCClient, httpBatchLink, httpLink, type TRPCLink } from '@trpc/client'
import { initTRPC, TRPCError } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import { http } from 'msw'
import { useState } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../../test/msw-server'
import { FeatureLock } from '../../feature-lock/feature-lock'
import { PaywallModal } from '../../paywall-modal/paywall-modal'
import { PaywallProvider } from '../../provider/paywall-provider'
import { appQueryClient, message, trialEndedTitle } from './paywall-app'

// A real tRPC server router, answered in-process through tRPC's fetch adapter behind MSW, and the
// real @trpc/tanstack-react-query client using the app's own QueryClient.

const t = initTRPC.create()
const calls = { reports: 0, profile: 0, broken: 0 }
const appRouter = t.router({
  reports: t.procedure.query(() => {
    calls.reports += 1
    throw new TRPCError({ code: 'PAYMENT_REQUIRED', message })
  }),
  profile: t.procedure.query(() => {
    calls.profile += 1
    return 'Ada'
  }),
  broken: t.procedure.query(() => {
    calls.broken += 1
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Database unavailable' })
  }),
})
type AppRouter = typeof appRouter

const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>()

/** The HTTP status of each answer the tRPC server gave. */
const statuses: number[] = []

const server = setupMswServer()

beforeEach(() => {
  calls.reports = 0
  calls.profile = 0
  calls.broken = 0
  statuses.length = 0
  server.use(
    http.all(apiUrl('/trpc/*'), async ({ request }) => {
      const response = await fetchRequestHandler({
        endpoint: '/trpc',
        req: request,
        router: appRouter,
        createContext: () => ({}),
      })
      statuses.push(response.status)
      return response
    }),
  )
})

function Reports({ procedure }: { procedure: 'reports' | 'broken' }) {
  const trpc = useTRPC()
  const query = useQuery(trpc[procedure].queryOptions(undefined, { meta: { paywallFeature: 'reports' } }))
  return (
    <FeatureLock feature="reports" data-testid="reports">
      <p>{`reports: ${query.status}`}</p>
    </FeatureLock>
  )
}

function Profile() {
  const trpc = useTRPC()
  const query = useQuery(trpc.profile.queryOptions())
  return <p>{`profile: ${query.data ?? query.status}`}</p>
}

function App({
  client,
  link,
  children,
}: {
  client: QueryClient
  link: TRPCLink<AppRouter>
  children: React.ReactNode
}) {
  const [trpcClient] = useState(() => createTRPCClient<AppRouter>({ links: [link] }))
  return (
    <QueryClientProvider client={client}>
      <TRPCProvider trpcClient={trpcClient} queryClient={client}>
        <PaywallProvider>
          {children}
          <PaywallModal />
        </PaywallProvider>
      </TRPCProvider>
    </QueryClientProvider>
  )
}

async function expectPaywall() {
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveAccessibleName(trialEndedTitle)
  expect(dialog).toHaveTextContent(message)
  await waitFor(() => expect(screen.getByTestId('reports')).toHaveAttribute('data-state', 'locked'))
}

describe('given tRPC with httpLink (a PAYMENT_REQUIRED answered with HTTP 402)', () => {
  it('should open the paywall after one request with the server’s message and lock reports', async () => {
    render(
      <App client={appQueryClient()} link={httpLink({ url: apiUrl('/trpc') })}>
        <Reports procedure="reports" />
      </App>,
    )
    await expectPaywall()
    expect(calls.reports).toBe(1)
    expect(statuses).toEqual([402])
  })

  it('should keep the app’s retries for an INTERNAL_SERVER_ERROR', async () => {
    render(
      <App client={appQueryClient()} link={httpLink({ url: apiUrl('/trpc') })}>
        <Reports procedure="broken" />
      </App>,
    )
    await waitFor(() => expect(screen.getByTestId('reports')).toHaveTextContent('reports: error'))
    expect(calls.broken).toBe(4)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('given tRPC with httpBatchLink (the 402 inside a batch answered with HTTP 207)', () => {
  it('should open the paywall after one request while the batched profile succeeds', async () => {
    render(
      <App client={appQueryClient()} link={httpBatchLink({ url: apiUrl('/trpc') })}>
        <Reports procedure="reports" />
        <Profile />
      </App>,
    )
    await expectPaywall()
    expect(await screen.findByText('profile: Ada')).toBeInTheDocument()
    expect(calls.reports).toBe(1)
    expect(statuses).toEqual([207])
  })
})
