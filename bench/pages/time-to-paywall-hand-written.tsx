import '@paywall-kit/react/styles.css'
import { QueryCache, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { Dialog } from 'radix-ui'
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { publish, rootElement, runId, trackFirstFetch, visibleAt } from './bench-result'

// The best an engineer would write by hand without the kit: no retry on a 402 (a retry predicate),
// the 402 caught once in the QueryCache's onError, kept in useState, shown in the same Radix Dialog
// with the same copy and the kit's stylesheet, so that only the kit's own work differs.

const run = runId()
const firstFetch = trackFirstFetch()

interface Paywall {
  message: string
  actionUrl: string
  actionText: string
  requestId: string
  timestamp: string
}

class HttpError extends Error {
  readonly status: number
  readonly paywall: Paywall | undefined

  constructor(status: number, paywall: Paywall | undefined) {
    super(`Request failed with status ${status}`)
    this.status = status
    this.paywall = paywall
  }
}

async function loadReports(): Promise<unknown> {
  const response = await fetch(`/api/data?run=${run}&feature=reports`)
  if (response.status === 402) {
    const body = await response.json()
    throw new HttpError(402, {
      message: body.error.message,
      actionUrl: body.error.action.url,
      actionText: body.error.action.text,
      requestId: body.request_id,
      timestamp: body.timestamp,
    })
  }
  if (!response.ok) throw new HttpError(response.status, undefined)
  return response.json()
}

function Reports() {
  const reports = useQuery({ queryKey: ['reports'], queryFn: loadReports })
  return <p>{reports.isPending ? 'Loading reports…' : 'Reports'}</p>
}

function PaywallDialog({ paywall, onClose }: { paywall: Paywall | null; onClose: () => void }) {
  return (
    <Dialog.Root open={paywall !== null} onOpenChange={(open) => open || onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="pwk-modal__overlay" />
        <Dialog.Content className="pwk-modal__content">
          <Dialog.Close className="pwk-modal__close pwk-icon-button" aria-label="Close">
            <span aria-hidden="true">×</span>
          </Dialog.Close>
          <Dialog.Title className="pwk-modal__title">Upgrade to unlock this feature</Dialog.Title>
          <Dialog.Description className="pwk-modal__description">{paywall?.message}</Dialog.Description>
          <div className="pwk-modal__actions">
            <a className="pwk-modal__action pwk-button" href={paywall?.actionUrl} onClick={onClose}>
              {paywall?.actionText}
            </a>
            <Dialog.Close className="pwk-modal__dismiss pwk-button">Not now</Dialog.Close>
          </div>
          <p className="pwk-modal__after-payment">Access returns right away after payment.</p>
          <div className="pwk-modal__support">
            <p className="pwk-modal__support-heading">Need help? Give support these details.</p>
            <dl className="pwk-modal__support-details">
              <div>
                <dt>Request ID</dt>
                <dd>
                  <code>{paywall?.requestId}</code>
                </dd>
              </div>
              <div>
                <dt>Time</dt>
                <dd>
                  <time dateTime={paywall?.timestamp}>{paywall?.timestamp}</time>
                </dd>
              </div>
            </dl>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function App() {
  const [paywall, setPaywall] = useState<Paywall | null>(null)
  const [client] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({
          onError: (error) => {
            if (error instanceof HttpError && error.paywall) setPaywall(error.paywall)
          },
        }),
        defaultOptions: {
          queries: {
            retry: (failureCount, error) =>
              !(error instanceof HttpError && error.status === 402) && failureCount < 3,
          },
        },
      }),
  )
  return (
    <QueryClientProvider client={client}>
      <Reports />
      <PaywallDialog paywall={paywall} onClose={() => setPaywall(null)} />
    </QueryClientProvider>
  )
}

void visibleAt('[role="dialog"]').then((at) => publish(firstFetch.result(at)))

createRoot(rootElement()).render(<App />)
