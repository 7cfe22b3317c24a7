import { reasonCopy } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { ofetch } from 'ofetch'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../../test/msw-server'
import { PaywallModal } from '../../paywall-modal/paywall-modal'
import { PaywallProvider } from '../../provider/paywall-provider'
import { Reports } from './paywall-app'

// Runs the README's recipe "`classify`: other statuses that mean "pay"", its provider as written there.

const server = setupMswServer()

beforeEach(() => {
  server.use(
    http.get(apiUrl('/api/credit'), () => HttpResponse.json({ code: 'out_of_credit' }, { status: 403 })),
    http.get(apiUrl('/api/quota'), () =>
      HttpResponse.json({ error: { code: 'insufficient_quota' } }, { status: 429 }),
    ),
    http.get(apiUrl('/api/forbidden'), () => HttpResponse.json({ code: 'not_a_member' }, { status: 403 })),
  )
})

function App({ path }: { path: string }) {
  return (
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <PaywallProvider
        classify={({ status, body }) => {
          const code = body as { code?: string; error?: { code?: string } } | undefined
          if (status === 403 && code?.code === 'out_of_credit') return 'insufficient_credits'
          if (status === 429 && code?.error?.code === 'insufficient_quota') return 'quota_exceeded'
          return undefined // keep the default: only 402 is a paywall
        }}
      >
        <Reports queryFn={() => ofetch(apiUrl(path))} />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

describe('given the README’s classify recipe', () => {
  it('should open the paywall for a 403 out_of_credit as insufficient credits', async () => {
    render(<App path="/api/credit" />)
    expect(await screen.findByRole('dialog')).toHaveAccessibleName(reasonCopy('insufficient_credits').title)
  })

  it('should open the paywall for a 429 insufficient_quota as quota exceeded', async () => {
    render(<App path="/api/quota" />)
    expect(await screen.findByRole('dialog')).toHaveAccessibleName(reasonCopy('quota_exceeded').title)
  })

  it('should keep any other 403 an ordinary error', async () => {
    render(<App path="/api/forbidden" />)
    await waitFor(() => expect(screen.getByTestId('reports')).toHaveTextContent('reports: error'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
