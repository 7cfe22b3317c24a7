import '@paywall-kit/react/styles.css'
import { type PaywallEvent, PaywallModal, PaywallProvider, paywallFetch } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { Profiler } from 'react'
import { createRoot } from 'react-dom/client'
import { nextFrame, publish, rootElement, runId, sleep } from './bench-result'
import { notifyOncePerFrame } from './per-frame-notify'

const QUERIES = 50
const FEATURES = 5
/** Longer than TanStack's first retry delay (1 s): a retried 402 would show up in the request count. */
const SETTLE_MS = 1500

const run = runId()
/** `?kit=0`: the same page without the kit, as apps are today (TanStack's default retry). */
const withKit = new URLSearchParams(window.location.search).get('kit') !== '0'
// `?scheduler=frame`: TanStack's notifications to components batched once per animation frame (the
// per-frame notify scheduler bench/README.md documents for apps that see many 402s at once).
if (new URLSearchParams(window.location.search).get('scheduler') === 'frame') notifyOncePerFrame()
const queryClient = new QueryClient()
const events: PaywallEvent[] = []
let commits = 0
let mountCommits = 0
let firstFetchAt = Number.NaN

function StormQuery({ index }: { index: number }) {
  const feature = `feature-${index % FEATURES}`
  const query = useQuery({
    queryKey: ['storm', index],
    queryFn: async () => {
      if (Number.isNaN(firstFetchAt)) firstFetchAt = performance.now()
      const response = await paywallFetch(`/api/data?run=${run}&feature=${feature}`)
      return response.json()
    },
    meta: { paywallFeature: feature },
  })
  return <li data-status={query.status}>{feature}</li>
}

function allSettled(): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      const queries = queryClient.getQueryCache().findAll({ queryKey: ['storm'] })
      if (queries.length === QUERIES && queries.every((query) => query.state.status !== 'pending')) {
        unsubscribe()
        resolve(performance.now())
      }
    }
    const unsubscribe = queryClient.getQueryCache().subscribe(check)
    check()
  })
}

const queries = (
  <ul>
    {Array.from({ length: QUERIES }, (_, index) => (
      <StormQuery key={index} index={index} />
    ))}
  </ul>
)

createRoot(rootElement()).render(
  <Profiler
    id="paywall-provider"
    onRender={(_id, phase) => {
      commits += 1
      if (phase === 'mount') mountCommits += 1
    }}
  >
    <QueryClientProvider client={queryClient}>
      {withKit ? (
        <PaywallProvider onEvent={(event) => events.push(event)}>
          {queries}
          <PaywallModal />
        </PaywallProvider>
      ) : (
        queries
      )}
    </QueryClientProvider>
  </Profiler>,
)

async function measure() {
  const settledAt = await allSettled()
  await sleep(SETTLE_MS)
  await nextFrame()
  await nextFrame()
  const all = queryClient.getQueryCache().findAll({ queryKey: ['storm'] })
  publish({
    queries: all.length,
    errored: all.filter((query) => query.state.status === 'error').length,
    settledMs: settledAt - firstFetchAt,
    dialogs: document.querySelectorAll('[role="dialog"]').length,
    shownEvents: events.filter((event) => event.type === 'paywall_shown').length,
    commits,
    mountCommits,
  })
}

void measure()
