import '@paywall-kit/react/styles.css'
import { PaywallProvider, paywallFetch } from '@paywall-kit/react'
import { LazyPaywallModal } from '@paywall-kit/react/lazy-modal'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { publish, rootElement, runId, trackFirstFetch, visibleAt } from './bench-result'

const run = runId()
const firstFetch = trackFirstFetch()

async function loadReports(): Promise<unknown> {
  const response = await paywallFetch(`/api/data?run=${run}&feature=reports`)
  return response.json()
}

function Reports() {
  const reports = useQuery({
    queryKey: ['reports'],
    queryFn: loadReports,
    meta: { paywallFeature: 'reports' },
  })
  return <p>{reports.isPending ? 'Loading reports…' : 'Reports'}</p>
}

void visibleAt('[role="dialog"]').then((at) => publish(firstFetch.result(at)))

// The kit's page with the modal in its own chunk: its download starts as the provider mounts, in
// parallel with the 402's request, so the paywall should not wait for it.
createRoot(rootElement()).render(
  <QueryClientProvider client={new QueryClient()}>
    <PaywallProvider>
      <Reports />
      <LazyPaywallModal />
    </PaywallProvider>
  </QueryClientProvider>,
)
