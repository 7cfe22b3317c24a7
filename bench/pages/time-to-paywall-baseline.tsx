import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { publish, rootElement, runId, trackFirstFetch, visibleAt } from './bench-result'

const run = runId()
const firstFetch = trackFirstFetch()

async function loadReports(): Promise<unknown> {
  const response = await fetch(`/api/data?run=${run}&feature=reports`)
  if (!response.ok) throw new Error(`Request failed with status ${response.status}`)
  return response.json()
}

function Reports() {
  const reports = useQuery({ queryKey: ['reports'], queryFn: loadReports })
  if (reports.isError) return <p role="alert">Could not load reports. {reports.error.message}</p>
  return <p>{reports.isPending ? 'Loading reports…' : 'Reports'}</p>
}

void visibleAt('[role="alert"]').then((at) => publish(firstFetch.result(at)))

// What apps get today: TanStack's defaults (retry: 3 with exponential backoff), the error shown when the query fails.
createRoot(rootElement()).render(
  <QueryClientProvider client={new QueryClient()}>
    <Reports />
  </QueryClientProvider>,
)
