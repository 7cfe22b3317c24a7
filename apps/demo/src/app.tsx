import { type PaywallEvent, PaywallProvider } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { linkOrigins } from './api/link-origins'
import { useCheckoutOverlay } from './components/checkout-overlay'
import { PaywallModalHost } from './components/paywall-modal-host'
import { Shell } from './components/shell'
import { type DemoConfig, writeDemoParams } from './demo-config'
import { DemoContext, type DemoContextValue } from './demo-context'
import { applyDocumentLanguage, type KitLanguage, loadKitLanguage } from './kit-language'
import { hrefFor } from './router/routes'
import { eventLog } from './telemetry/event-log'
import { toast } from './toasts'

/** A team member's request reaches the billing owner (here: a toast saying so). */
const requestAccess = () => {
  toast({ tone: 'success', title: 'Request sent to Dana Scully' })
}

// `?devtools=1`: the demo is also shown as a production build, where the devtools' default entry renders
// nothing, so it loads the production entry, and only when asked (its own chunk).
const PaywallDevtools = lazy(() =>
  import('@paywall-kit/devtools/production').then((module) => ({ default: module.PaywallDevtools })),
)

/** One customer session: its own query cache and paywall state. */
function Session({
  focusOnMount,
  language,
  devtools,
  viewer,
  checkout,
}: {
  focusOnMount: string | undefined
  language: KitLanguage | undefined
  devtools: boolean
  viewer: DemoConfig['viewer']
  checkout: DemoConfig['checkout']
}) {
  const checkoutOverlay = useCheckoutOverlay()
  // A plain client on purpose: no retry settings, the kit has to cope with TanStack's defaults.
  const [queryClient] = useState(() => new QueryClient())
  const onEvent = useCallback((event: PaywallEvent) => eventLog.record(event), [])

  // A restarted session keeps the keyboard user's place (e.g. on the scenario select).
  useEffect(() => {
    if (focusOnMount) document.getElementById(focusOnMount)?.focus()
  }, [focusOnMount])

  return (
    <QueryClientProvider client={queryClient}>
      <PaywallProvider
        onEvent={onEvent}
        locale={language?.tag}
        messages={language?.messages}
        allowedOrigins={linkOrigins}
        canManageBilling={viewer === 'owner'}
        // The owner's fallback link is the demo's own (FallbackAction); a member copies this one.
        billingUrl={viewer === 'member' ? hrefFor('billing', {}) : undefined}
        billingOwner="Dana Scully"
        onRequestAccess={requestAccess}
        onAction={checkout === 'overlay' ? checkoutOverlay.onAction : undefined}
      >
        <Shell />
        <PaywallModalHost />
        {checkoutOverlay.overlay}
        {devtools && (
          <Suspense fallback={null}>
            <PaywallDevtools position="bottom-right" />
          </Suspense>
        )}
      </PaywallProvider>
    </QueryClientProvider>
  )
}

/** The demo app. Changing the scenario starts a new session, as if another customer signed in. */
export function App({
  config,
  initialLanguage,
}: {
  config: DemoConfig
  /** The `?lang=` locale, loaded before the first render so the page never flashes English. */
  initialLanguage?: KitLanguage
}) {
  const [session, setSession] = useState({ id: 0, focusId: undefined as string | undefined })
  const [language, setLanguage] = useState(initialLanguage)
  const restart = useCallback((focusId?: string) => {
    setSession((current) => ({ id: current.id + 1, focusId }))
  }, [])
  const changeLanguage = useCallback(
    async (tag: string) => {
      const next = await loadKitLanguage(tag)
      setLanguage(next)
      // A paywall is localised when it arrives: a new session shows it again in the new language.
      restart('demo-language')
    },
    [restart],
  )
  useLayoutEffect(() => applyDocumentLanguage(language), [language])
  const [handOff, setHandOff] = useState({ viewer: config.viewer, checkout: config.checkout })
  const changeHandOff = useCallback(
    (next: Partial<Pick<DemoConfig, 'viewer' | 'checkout'>>) => {
      setHandOff((current) => ({ ...current, ...next }))
      writeDemoParams(next)
      restart(next.viewer ? 'demo-viewer' : 'demo-checkout')
    },
    [restart],
  )
  const value = useMemo<DemoContextValue>(
    () => ({ config: { ...config, ...handOff }, restart, language, changeLanguage, changeHandOff }),
    [config, handOff, restart, language, changeLanguage, changeHandOff],
  )
  return (
    <DemoContext.Provider value={value}>
      <Session
        key={session.id}
        focusOnMount={session.focusId}
        language={language}
        devtools={config.devtools}
        viewer={handOff.viewer}
        checkout={handOff.checkout}
      />
    </DemoContext.Provider>
  )
}
