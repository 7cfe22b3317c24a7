import { PaywallModal } from '@paywall-kit/react'
import { ExportButton } from './export-button'
import { PaidButton } from './paid-button'
import { Reports } from './reports'

/** The app's page: what the tests render inside the kit's provider. */
export function Dashboard() {
  return (
    <main>
      <h1>Acme Analytics</h1>
      <Reports />
      <ExportButton />
      <PaidButton />
      <PaywallModal />
    </main>
  )
}
