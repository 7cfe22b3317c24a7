import { useChat } from '@ai-sdk/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DefaultChatTransport } from 'ai'
import { HttpResponse, http } from 'msw'
import { ofetch } from 'ofetch'
import { useState } from 'react'
import useSWR, { SWRConfig } from 'swr'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../../test/msw-server'
import { FeatureLock } from '../../feature-lock/feature-lock'
import { usePaywallActions } from '../../hooks/use-paywall'
import { PaywallModal } from '../../paywall-modal/paywall-modal'
import { PaywallProvider } from '../../provider/paywall-provider'
import { message, trialEndedTitle } from './paywall-app'

// Sources outside TanStack Query hand their errors to `report` as they get them: the kit recognises
// a paywall in any error and ignores the rest. These run the README's "Outside TanStack Query" snippets.

const server = setupMswServer()
const refusal = { error: { code: 'TRIAL_ENDED', message } }
beforeEach(() => {
  server.use(
    http.post(apiUrl('/api/chat'), () => HttpResponse.json(refusal, { status: 402 })),
    http.post(apiUrl('/api/chat-broken'), () => HttpResponse.text('Model overloaded', { status: 500 })),
    http.get(apiUrl('/api/usage'), () => HttpResponse.json(refusal, { status: 402 })),
  )
})

// The lines between `usePaywallActions()` and the end of the options are the README's, as written.
function Assistant({ api }: { api: string }) {
  const [transport] = useState(() => new DefaultChatTransport({ api: apiUrl(api) }))
  const { report } = usePaywallActions()
  const { sendMessage, status } = useChat({
    transport,
    onError: (error) => report(error, { feature: 'assistant' }),
  })
  return (
    <FeatureLock feature="assistant" data-testid="assistant">
      <button type="button" onClick={() => sendMessage({ text: 'Summarise my reports' })}>
        Ask
      </button>
      <p>{`chat: ${status}`}</p>
    </FeatureLock>
  )
}

function Usage() {
  const { report } = usePaywallActions()
  const { error } = useSWR(apiUrl('/api/usage'), (url: string) => ofetch(url), {
    onError: (error) => report(error, { feature: 'usage' }),
  })
  return (
    <FeatureLock feature="usage" data-testid="usage">
      <p>{error ? 'usage: error' : 'usage: loading'}</p>
    </FeatureLock>
  )
}

function App({ children }: { children: React.ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        {/* A cache per test: SWR's global one would hand the next test this test's answer. */}
        <SWRConfig value={{ provider: () => new Map() }}>{children}</SWRConfig>
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

describe('given the AI SDK’s useChat with onError reporting to the paywall', () => {
  it('should open the paywall with the server’s message for a 402 and lock the assistant', async () => {
    render(
      <App>
        <Assistant api="/api/chat" />
      </App>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }))

    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveAccessibleName(trialEndedTitle)
    expect(dialog).toHaveTextContent(message)
    expect(screen.getByTestId('assistant')).toHaveAttribute('data-state', 'locked')
  })

  it('should ignore an error that is no paywall', async () => {
    render(
      <App>
        <Assistant api="/api/chat-broken" />
      </App>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }))

    expect(await screen.findByText('chat: error')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByTestId('assistant')).not.toHaveAttribute('data-state', 'locked')
  })
})

describe('given SWR with onError reporting to the paywall', () => {
  it('should open the paywall with the server’s message for a 402 and lock usage', async () => {
    render(
      <App>
        <Usage />
      </App>,
    )

    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveAccessibleName(trialEndedTitle)
    expect(dialog).toHaveTextContent(message)
    expect(screen.getByTestId('usage')).toHaveAttribute('data-state', 'locked')
  })

  it('should ignore an error that is no paywall', async () => {
    server.use(http.get(apiUrl('/api/usage'), () => HttpResponse.text('Internal error', { status: 500 })))
    render(
      <App>
        <Usage />
      </App>,
    )

    expect(await screen.findByText('usage: error')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByTestId('usage')).not.toHaveAttribute('data-state', 'locked')
  })
})
