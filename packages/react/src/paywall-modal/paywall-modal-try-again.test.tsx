import { paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { PaywallProvider } from '../provider/paywall-provider'
import * as Modal from './paywall-modal-parts'

const server = setupMswServer()

/** Answers the export with a 402 first and success after, counting the requests. */
function serveExport() {
  const hits = { count: 0 }
  server.use(
    http.post(apiUrl('/api/exports'), () => {
      hits.count += 1
      return hits.count === 1
        ? HttpResponse.json({ error: { status: 402, code: 'SUBSCRIPTION_EXPIRED' } }, { status: 402 })
        : HttpResponse.json({ id: 'e1' }, { status: 201 })
    }),
  )
  return hits
}

function Export() {
  const mutation = useMutation({
    mutationFn: async () => {
      const response = await paywallFetch(apiUrl('/api/exports'), { method: 'POST' })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    },
    meta: { paywallFeature: 'exports' },
  })
  return (
    <button type="button" onClick={() => mutation.mutate()}>
      Export
    </button>
  )
}

function renderWith(tryAgain: React.ReactNode) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <Export />
        <Modal.Root>
          <Modal.Portal>
            <Modal.Content aria-describedby={undefined}>
              <Modal.Title />
              {tryAgain}
            </Modal.Content>
          </Modal.Portal>
        </Modal.Root>
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

describe('given a mutation behind the paywall shown', () => {
  it('should fill an empty asChild child with "Try again"', async () => {
    serveExport()
    const user = userEvent.setup()
    renderWith(
      <Modal.TryAgain asChild>
        <button type="button" data-testid="try-again" />
      </Modal.TryAgain>,
    )

    await user.click(screen.getByRole('button', { name: 'Export' }))

    expect(await screen.findByTestId('try-again')).toHaveTextContent('Try again')
  })

  it('should not replay the mutation when the consumer’s onClick calls preventDefault', async () => {
    const hits = serveExport()
    const veto = vi.fn((event: { preventDefault: () => void }) => event.preventDefault())
    const user = userEvent.setup()
    renderWith(<Modal.TryAgain onClick={veto} />)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    const dialog = await screen.findByRole('dialog')

    await user.click(within(dialog).getByRole('button', { name: 'Try again' }))

    expect(veto).toHaveBeenCalledTimes(1)
    expect(hits.count).toBe(1)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })
})
