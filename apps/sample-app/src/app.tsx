import { PaywallProvider } from '@paywall-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { Dashboard } from './dashboard'
import '@paywall-kit/react/styles.css'

/** The app as it runs: its own QueryClient (TanStack's defaults) and the kit's provider. */
export function App() {
  const [queryClient] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={queryClient}>
      <PaywallProvider>
        <Dashboard />
      </PaywallProvider>
    </QueryClientProvider>
  )
}
