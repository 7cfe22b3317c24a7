// A host page as a new user writes it, served by Vite (dev server and production build) in
// src/tests/dev-warnings.vite.test.ts. Each part of it should make the kit warn in development.
import { GracePeriodBanner, PaywallProvider } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

createRoot(root).render(
  <>
    {/* Forgot QueryClientProvider: 402s of queries would never reach the paywall. */}
    <PaywallProvider>
      <p>Outside any QueryClientProvider</p>
    </PaywallProvider>
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider allowedOrigins={['https://billing.acme.test']}>
        {/* A billing link to a host the app did not allow: dropped, with a warning saying why. */}
        <GracePeriodBanner endsAt="2099-01-01T00:00:00Z" actionHref="https://elsewhere.example/card" />
      </PaywallProvider>
    </QueryClientProvider>
  </>,
)
