import { createPaywallFetch, type PaywallReason, reasonCopy } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { seedFixtures } from '../../../../fixtures/seed-fixtures'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

const server = setupMswServer()

function Premium({ allowedOrigins }: { allowedOrigins: string[] }) {
  const query = useQuery({
    queryKey: ['premium'],
    queryFn: () =>
      createPaywallFetch({ allowedOrigins })(apiUrl('/api/premium')).then((response) => response.json()),
    meta: { paywallFeature: 'premium' },
  })
  return <p>premium: {query.status}</p>
}

describe('given each seed 402 fixture served by the API', () => {
  it('should have fixtures to run', () => {
    expect(seedFixtures.length).toBeGreaterThanOrEqual(9)
  })

  it.each(seedFixtures.map((fixture) => [fixture.name, fixture] as const))(
    'should show %s in the modal after one request',
    async (_, fixture) => {
      let requests = 0
      // As an app would, list the origins its server links to: absolute URLs elsewhere are dropped by default.
      const allowedOrigins = JSON.stringify(fixture.body ?? '').match(/https?:\/\/[\w.-]+/g) ?? []
      server.use(
        http.get(apiUrl('/api/premium'), () => {
          requests += 1
          const body = typeof fixture.body === 'string' ? fixture.body : JSON.stringify(fixture.body)
          return new HttpResponse(body, { status: fixture.status, headers: fixture.headers })
        }),
      )
      render(
        <QueryClientProvider client={new QueryClient()}>
          <PaywallProvider allowedOrigins={allowedOrigins}>
            <main>
              <Premium allowedOrigins={allowedOrigins} />
            </main>
            <PaywallModal />
          </PaywallProvider>
        </QueryClientProvider>,
      )

      const dialog = await screen.findByRole('dialog')
      const { expect: expected } = fixture
      expect(requests).toBe(1)
      expect(dialog.textContent).not.toMatch(/\b402\b|Payment Required/)
      expect(dialog.innerHTML).not.toMatch(/&lt;|<script|<h1>/)
      if (expected.reason) {
        expect(dialog).toHaveAccessibleName(reasonCopy(expected.reason as PaywallReason).title)
      } else {
        expect(dialog).toHaveAccessibleName(/\w/)
      }
      expect(dialog).toHaveAccessibleDescription(/\w/)
      if (expected.actionUrl) {
        const action = within(dialog).getAllByRole('link')[0]
        expect(action).toHaveAttribute('href', expected.actionUrl)
        expect(action).toHaveAttribute('rel', 'noopener noreferrer')
      }
      for (const plan of expected.plans ?? []) {
        expect(within(dialog).getByText(plan)).toBeInTheDocument()
      }
      if (expected.usage) {
        const { used, limit } = expected.usage
        expect(within(dialog).getByText(new RegExp(`${used} of ${limit}`))).toBeInTheDocument()
      }
      if (expected.requestId) expect(within(dialog).getByText(expected.requestId)).toBeInTheDocument()
      if (expected.timestamp) {
        expect(dialog.querySelector('time')).toHaveAttribute('dateTime', expected.timestamp)
      }
      expect(within(dialog).getByRole('button', { name: 'Not now' })).toBeInTheDocument()
    },
  )
})
