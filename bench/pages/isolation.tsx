import '@paywall-kit/react/styles.css'
import { FeatureLock, PaywallModal, PaywallProvider, paywallFetch } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { Profiler, type ProfilerOnRenderCallback, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { nextFrame, publish, rootElement, runId, sleep, visibleAt } from './bench-result'

const FEATURES = 20
const LOCKS_PER_FEATURE = 10
const AFFECTED = 'feature-7'
const SETTLE_MS = 1000

const run = runId()
const queryClient = new QueryClient()
/** Commits per feature's locks, counted only once the 402 is triggered. */
const renders = new Map<string, number>()
let measuring = false
let trigger: () => void = () => {
  throw new Error('The trigger is not mounted yet.')
}

const countRender: ProfilerOnRenderCallback = (id) => {
  if (measuring) renders.set(id, (renders.get(id) ?? 0) + 1)
}

function Trigger() {
  const [enabled, setEnabled] = useState(false)
  useEffect(() => {
    trigger = () => setEnabled(true)
  }, [])
  useQuery({
    queryKey: ['isolation', AFFECTED],
    queryFn: () =>
      paywallFetch(`/api/data?run=${run}&feature=${AFFECTED}`).then((response) => response.json()),
    meta: { paywallFeature: AFFECTED },
    enabled,
  })
  return null
}

const features = Array.from({ length: FEATURES }, (_, index) => `feature-${index}`)

// Each lock sits in its own Profiler, named after its feature: onRender fires for every commit that re-renders
// anything inside that lock (the lock itself included), which is exactly what isolation must keep at zero.
createRoot(rootElement()).render(
  <QueryClientProvider client={queryClient}>
    <PaywallProvider>
      <Trigger />
      {features.map((feature) => (
        <section key={feature} data-feature={feature}>
          {Array.from({ length: LOCKS_PER_FEATURE }, (_, index) => (
            <Profiler key={index} id={feature} onRender={countRender}>
              <FeatureLock feature={feature}>
                <p>
                  {feature} panel {index + 1}
                </p>
              </FeatureLock>
            </Profiler>
          ))}
        </section>
      ))}
      <PaywallModal />
    </PaywallProvider>
  </QueryClientProvider>,
)

async function measure() {
  await nextFrame()
  await nextFrame()
  await sleep(200)
  measuring = true
  const shown = visibleAt('[role="dialog"]')
  trigger()
  await shown
  await sleep(SETTLE_MS)
  await nextFrame()
  measuring = false
  const affectedRenders = renders.get(AFFECTED) ?? 0
  let unaffectedRenders = 0
  for (const [feature, count] of renders) if (feature !== AFFECTED) unaffectedRenders += count
  const section = (feature: string) => document.querySelector(`section[data-feature="${feature}"]`)
  publish({
    locks: FEATURES * LOCKS_PER_FEATURE,
    features: FEATURES,
    affectedLocks: LOCKS_PER_FEATURE,
    affectedRenders,
    unaffectedRenders,
    lockedAfter: section(AFFECTED)?.querySelectorAll('.pwk-lock[data-state="locked"]').length ?? 0,
    lockedElsewhere: document.querySelectorAll(
      `section:not([data-feature="${AFFECTED}"]) .pwk-lock[data-state="locked"]`,
    ).length,
  })
}

void measure()
