/// <reference types="@testing-library/jest-dom/vitest" />
import { reasonCopy } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import type { ReactNode } from 'react'
import { expect } from 'vitest'
import { apiUrl } from '../../../test/msw-server'
import { FeatureLock } from '../../feature-lock/feature-lock'
import { PaywallModal } from '../../paywall-modal/paywall-modal'
import { PaywallProvider } from '../../provider/paywall-provider'

// What every client's 402 must bring to the screen: the server's own sentence and its reason's title.
export const message = 'Your free trial has ended. Pick a plan to keep exporting reports.'
export const trialEndedTitle = reasonCopy('trial_ended').title

const action = { url: '/plans', label: 'Pick a plan' }
const restBody = { error: { code: 'TRIAL_ENDED', message, action } }
const graphQLBody = { errors: [{ message, extensions: { code: 'TRIAL_ENDED', action } }] }
export const graphQLOver200 = {
  data: { reports: null },
  errors: [
    { message, path: ['reports'], extensions: { code: 'PAYMENT_REQUIRED', reason: 'TRIAL_ENDED', action } },
  ],
}

/** Requests the server received, by path. */
export const received = new Map<string, number>()

const count = (request: Request) => {
  const { pathname } = new URL(request.url)
  received.set(pathname, (received.get(pathname) ?? 0) + 1)
}

/**
 * One loopback API for every client: REST and GraphQL answering 402 in their usual shapes, GraphQL
 * refusing over 200, and 500s. MSW intercepts fetch and XMLHttpRequest alike, so axios (XHR in jsdom)
 * and the fetch clients meet the same server.
 */
export const restAndGraphQLHandlers = [
  http.all(apiUrl('/api/reports'), ({ request }) => {
    count(request)
    return HttpResponse.json(restBody, { status: 402, headers: { 'x-request-id': 'req_rest' } })
  }),
  http.all(apiUrl('/api/broken'), ({ request }) => {
    count(request)
    return HttpResponse.text('Internal error', { status: 500 })
  }),
  http.all(apiUrl('/graphql/402'), ({ request }) => {
    count(request)
    return HttpResponse.json(graphQLBody, { status: 402, headers: { 'x-request-id': 'req_graphql' } })
  }),
  http.all(apiUrl('/graphql/200'), ({ request }) => {
    count(request)
    return HttpResponse.json(graphQLOver200)
  }),
  http.all(apiUrl('/graphql/500'), ({ request }) => {
    count(request)
    return HttpResponse.text('Internal error', { status: 500 })
  }),
]

/** A client like an app's: TanStack's default retry count, without the waits between retries. */
export const appQueryClient = () => new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })

export function PaywallApp({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <PaywallProvider>
        {children}
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

/** The reports feature, fetched by whatever client the test passes. */
export function Reports({
  queryFn,
  queryKey = ['reports'],
}: {
  queryFn: () => Promise<unknown>
  queryKey?: unknown[]
}) {
  const query = useQuery({ queryKey, queryFn, meta: { paywallFeature: 'reports' } })
  return (
    <FeatureLock feature="reports" data-testid="reports">
      <p>{`reports: ${query.status}`}</p>
    </FeatureLock>
  )
}

/** The dialog names the reason and says the server's message; the reports feature is locked. */
export async function expectPaywallWithServerMessage() {
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveAccessibleName(trialEndedTitle)
  expect(dialog).toHaveTextContent(message)
  await waitFor(() => expect(screen.getByTestId('reports')).toHaveAttribute('data-state', 'locked'))
}

/** A 500 is the app's: TanStack's default three retries ran (four requests), and no paywall opened. */
export async function expectAppRetries(path: string) {
  await waitFor(() => expect(screen.getByTestId('reports')).toHaveTextContent('reports: error'))
  expect(received.get(path)).toBe(4)
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
}
