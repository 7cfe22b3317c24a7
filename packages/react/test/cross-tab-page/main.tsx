// A host app opened in several tabs, served by Vite in src/tests/cross-tab.vite.test.ts and
// src/tests/threshold-ledger.vite.test.ts. `/api/reports` answers 402 until the test marks the
// account paid; `?used=N` shows a usage meter at N of 1,000 instead.
import {
  FeatureLock,
  PaywallModal,
  PaywallProvider,
  paywallFetch,
  UsageMeter,
  usePaywall,
} from '@paywall-kit/react'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'

function Reports() {
  const query = useQuery({
    queryKey: ['reports'],
    queryFn: async () => {
      const response = await paywallFetch('/api/reports')
      return (await response.json()) as { rows: number }
    },
    meta: { paywallFeature: 'reports' },
  })
  return <p>{query.data ? `${query.data.rows} reports` : 'No reports yet'}</p>
}

function PaidButton() {
  const { resolve } = usePaywall()
  return (
    <button type="button" onClick={() => void resolve()}>
      I have paid
    </button>
  )
}

function App() {
  const used = new URLSearchParams(location.search).get('used')
  if (used !== null) {
    return (
      <UsageMeter label="API calls" used={Number(used)} limit={1000} resetsAt="2099-12-01" locale="en-US" />
    )
  }
  return (
    <main>
      <FeatureLock feature="reports" fallback={<p>Reports are locked</p>}>
        <Reports />
      </FeatureLock>
      <PaidButton />
      <PaywallModal />
    </main>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

createRoot(root).render(
  <QueryClientProvider client={new QueryClient()}>
    <PaywallProvider>
      <App />
    </PaywallProvider>
  </QueryClientProvider>,
)
