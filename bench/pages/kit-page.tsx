import '@paywall-kit/react/styles.css'
import { PaywallProvider, paywallFetch } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { publish, rootElement, runId, trackFirstFetch, visibleAt } from './bench-result'

/**
 * The kit's time-to-paywall page with the given modal (`PaywallModal`, or `LazyPaywallModal` in its own
 * chunk): a plain client, TanStack's defaults untouched (retry: 3), so the kit alone must make the 402
 * fail fast.
 */
export function renderKitPage(modal: ReactNode): void {
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

  createRoot(rootElement()).render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <Reports />
        {modal}
      </PaywallProvider>
    </QueryClientProvider>,
  )
}
