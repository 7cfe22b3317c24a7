'use client'

import { PaywallModal, PaywallProvider, usePaywall } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'

function PaywallStatus() {
  const { current } = usePaywall()
  return <p data-testid="client-status">{current ? current.title : 'No paywall yet'}</p>
}

/** The client half of the app: the provider, a hook and the modal, as a Next.js app wires them. */
export function ClientPaywall() {
  const [queryClient] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={queryClient}>
      <PaywallProvider allowedOrigins={['https://billing.acme.com']}>
        <PaywallStatus />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}
