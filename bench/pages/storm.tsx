import '@paywall-kit/react/styles.css'
import { type PaywallEvent, PaywallModal, PaywallProvider, paywallFetch } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { Profiler } from 'react'
import { createRoot } from 'react-dom/client'
import { nextFrame, publish, rootElement, runId, sleep } from './bench-result'

const QUERIES = 50
const FEATURES = 5
/** Longer than TanStack's first retry delay (1 s): a retried 402 would show up in the request count. */
const SETTLE_MS = 1500

const run = runId()
const queryClient = new QueryClient()
const events: PaywallEvent[] = []
let commits = 0
let mountCommits = 0

function StormQuery({ index }: { index: number }) {
  const feature = `feature-${index % FEATURES}`
  const query = useQuery({
    queryKey: ['storm', index],
    queryFn: () =>
      paywallFetch(`/api/data?run=${run}&feature=${feature}`).then((response) => response.json()),
    meta: { paywallFeature: feature },
  })
  return <li data-status={query.status}>{feature}</li>
}

function allSettled(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const queries = queryClient.getQueryCache().findAll({ queryKey: ['storm'] })
      if (queries.length === QUERIES && queries.every((query) => query.state.status !== 'pending')) {
        unsubscribe()
        resolve()
      }
    }
    const unsubscribe = queryClient.getQueryCache().subscribe(check)
    check()
  })
}

createRoot(rootElement()).render(
  <Profiler
    id="paywall-provider"
    onRender={(_id, phase) => {
      commits += 1
      if (phase === 'mount') mountCommits += 1
    }}
  >
    <QueryClientProvider client={queryClient}>
      <PaywallProvider onEvent={(event) => events.push(event)}>
        <ul>
          {Array.from({ length: QUERIES }, (_, index) => (
            <StormQuery key={index} index={index} />
          ))}
        </ul>
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  </Profiler>,
)

void allSettled()
  .then(() => sleep(SETTLE_MS))
  .then(nextFrame)
  .then(nextFrame)
  .then(() => {
    const queries = queryClient.getQueryCache().findAll({ queryKey: ['storm'] })
    publish({
      queries: queries.length,
      errored: queries.filter((query) => query.state.status === 'error').length,
      dialogs: document.querySelectorAll('[role="dialog"]').length,
      shownEvents: events.filter((event) => event.type === 'paywall_shown').length,
      commits,
      mountCommits,
    })
  })
