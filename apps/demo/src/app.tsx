import { type PaywallEvent, PaywallProvider } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { PaywallModalHost } from './components/paywall-modal-host'
import { Shell } from './components/shell'
import type { DemoConfig } from './demo-config'
import { DemoContext, type DemoContextValue } from './demo-context'
import { eventLog } from './telemetry/event-log'

/** One customer session: its own query cache and paywall state. */
function Session({ focusOnMount }: { focusOnMount: string | undefined }) {
  // A plain client on purpose: no retry settings, the kit has to cope with TanStack's defaults.
  const [queryClient] = useState(() => new QueryClient())
  const onEvent = useCallback((event: PaywallEvent) => eventLog.record(event), [])

  // A restarted session keeps the keyboard user's place (e.g. on the scenario select).
  useEffect(() => {
    if (focusOnMount) document.getElementById(focusOnMount)?.focus()
  }, [focusOnMount])

  return (
    <QueryClientProvider client={queryClient}>
      <PaywallProvider onEvent={onEvent}>
        <Shell />
        <PaywallModalHost />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

/** The demo app. Changing the scenario starts a new session, as if another customer signed in. */
export function App({ config }: { config: DemoConfig }) {
  const [session, setSession] = useState({ id: 0, focusId: undefined as string | undefined })
  const restart = useCallback((focusId?: string) => {
    setSession((current) => ({ id: current.id + 1, focusId }))
  }, [])
  const value = useMemo<DemoContextValue>(() => ({ config, restart }), [config, restart])
  return (
    <DemoContext.Provider value={value}>
      <Session key={session.id} focusOnMount={session.focusId} />
    </DemoContext.Provider>
  )
}
