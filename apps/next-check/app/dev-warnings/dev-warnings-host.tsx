'use client'

// A host page as a new user writes it, opened on `next dev` by dev-warnings.test.ts. Each part of it
// should make the kit warn in the browser console during development.
import { GracePeriodBanner, PaywallProvider } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'

/** A provider without a QueryClient, and a banner whose billing link goes to a host the app did not allow. */
export function DevWarningsHost() {
  const [queryClient] = useState(() => new QueryClient())
  return (
    <>
      {/* Forgot QueryClientProvider: 402s of queries would never reach the paywall. */}
      <PaywallProvider>
        <p>Outside any QueryClientProvider</p>
      </PaywallProvider>
      <QueryClientProvider client={queryClient}>
        <PaywallProvider allowedOrigins={['https://billing.acme.test']}>
          {/* Dropped, with a warning saying why and how to allow it. */}
          <GracePeriodBanner endsAt="2099-01-01T00:00:00Z" actionHref="https://elsewhere.example/card" />
        </PaywallProvider>
      </QueryClientProvider>
    </>
  )
}
