import { paywallFetch } from '@paywall-kit/core'
import { type BillingApi, createBillingApi, type Dialect } from '@paywall-kit/mock-billing'
import { createHandlers } from '@paywall-kit/mock-billing/msw'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { PaywallProvider } from '../provider/paywall-provider'
import { PaywallModal } from './paywall-modal'

const server = setupMswServer()
let api: BillingApi

beforeEach(() => {
  api = createBillingApi()
  api.setScenario('expired')
  server.use(...createHandlers(api))
})

function Reports({ dialect }: { dialect: Dialect }) {
  useQuery({
    queryKey: ['reports', dialect],
    queryFn: () => paywallFetch(apiUrl('/api/reports'), { headers: { 'x-paywall-dialect': dialect } }),
    meta: { paywallFeature: 'reports' },
  })
  return null
}

function renderApp(dialect: Dialect, locale?: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider locale={locale}>
        <Reports dialect={dialect} />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

describe('given an L402 challenge from the mock billing API', () => {
  it('should show the price in sats on Lightning, never the invoice or the macaroon', async () => {
    renderApp('l402')
    const dialog = await screen.findByRole('dialog')
    // The expired scenario's Pro plan: $29 at the mock's 1,000 sats per dollar, on its test network.
    expect(dialog).toHaveTextContent('Price: 29,000 sats on Lightning testnet')
    expect(dialog.textContent).not.toMatch(/lnbc|lntb|macaroon|invoice=/i)
  })

  it('should format the amount in the provider’s locale', async () => {
    renderApp('l402', 'de-DE')
    const dialog = await screen.findByRole('dialog')
    // German groups thousands with a dot; the words stay the provider's messages (English here).
    expect(dialog).toHaveTextContent('Price: 29.000 sats on Lightning testnet')
  })
})

describe('given an MPP Payment challenge from the mock billing API', () => {
  it('should show the price as money, never the raw request', async () => {
    renderApp('mpp')
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('Price: $29.00')
    expect(dialog.textContent).not.toMatch(/request=|eyJ/)
  })
})

describe('given a paywall without a price', () => {
  it('should show no price line', async () => {
    renderApp('flat' as Dialect)
    const dialog = await screen.findByRole('dialog')
    expect(dialog.textContent).not.toMatch(/Price:/)
  })
})
