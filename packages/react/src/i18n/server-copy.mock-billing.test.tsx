import { paywallFetch, reasonCopy } from '@paywall-kit/core'
import { createBillingApi, type PaywallLanguage } from '@paywall-kit/mock-billing'
import { createHandlers } from '@paywall-kit/mock-billing/msw'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider, type PaywallProviderProps } from '../provider/paywall-provider'
import { messages as german } from './locales/de'

const server = setupMswServer()

const NOW = Date.parse('2026-03-10T12:00:00Z')

/** The mock billing API's own English copy for an expired subscriber opening reports. */
const englishServer = {
  title: 'Your subscription has expired',
  message: 'Your Pro subscription has expired. Renew it to use Premium reports again.',
  action: 'Renew subscription',
}

const germanServer = {
  message: 'Ihr Pro-Abo ist abgelaufen. Verlängern Sie es, um Premium-Berichte wieder zu nutzen.',
  action: 'Abo verlängern',
}

/** Words any English sentence of the modal would contain, and no German one does. */
const englishWords = /\b(the|your|you|to|and|of|is|has|it|again|now|renew|subscription|not)\b/i

function Reports() {
  useQuery({
    queryKey: ['reports'],
    queryFn: async () => (await paywallFetch(apiUrl('/api/reports'))).json(),
    meta: { paywallFeature: 'reports' },
  })
  return null
}

async function openPaywall(language: PaywallLanguage, props: Partial<PaywallProviderProps>) {
  server.use(...createHandlers(createBillingApi({ now: () => NOW, scenario: 'expired', language })))
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider {...props}>
        <Reports />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>,
  )
  return screen.findByRole('dialog')
}

describe('given a German UI and a billing API that answers in English', () => {
  it('should show the kit’s German copy for the reason, action label included', async () => {
    const dialog = await openPaywall('en', { locale: 'de-DE', messages: german })

    const copy = german.reasons.subscription_expired
    expect(dialog).toHaveAccessibleName(copy.title)
    expect(dialog).toHaveAccessibleDescription(copy.message)
    expect(await within(dialog).findByRole('link', { name: copy.action })).toBeInTheDocument()
  })

  it('should show no English sentence anywhere in the dialog', async () => {
    const dialog = await openPaywall('en', { locale: 'de-DE', messages: german })

    const text = dialog.textContent ?? ''
    for (const english of Object.values(englishServer)) expect(text).not.toContain(english)
    expect(text).not.toMatch(englishWords)
  })

  it('should show the server’s English copy with serverCopy: true', async () => {
    const dialog = await openPaywall('en', { locale: 'de-DE', messages: german, serverCopy: true })

    // The server's label is word for word the kit's English default, so it is read as default copy.
    expect(dialog).toHaveAccessibleDescription(englishServer.message)
  })
})

describe('given a German UI and a billing API that answers in German', () => {
  it('should show the server’s German copy', async () => {
    const dialog = await openPaywall('de', { locale: 'de', messages: german })

    expect(dialog).toHaveAccessibleDescription(germanServer.message)
    expect(await within(dialog).findByRole('link', { name: germanServer.action })).toBeInTheDocument()
    expect(dialog.textContent).not.toMatch(englishWords)
  })

  it('should show the kit’s copy instead with serverCopy: false', async () => {
    const dialog = await openPaywall('de', { locale: 'de', messages: german, serverCopy: false })

    const copy = german.reasons.subscription_expired
    expect(dialog).toHaveAccessibleDescription(copy.message)
    expect(await within(dialog).findByRole('link', { name: copy.action })).toBeInTheDocument()
  })
})

describe('given an English UI', () => {
  it('should show the server’s English copy (no locale: English)', async () => {
    const dialog = await openPaywall('en', {})

    expect(dialog).toHaveAccessibleDescription(englishServer.message)
    expect(await within(dialog).findByRole('link', { name: englishServer.action })).toBeInTheDocument()
  })

  it('should show the kit’s English copy when the server answers in German', async () => {
    const dialog = await openPaywall('de', { locale: 'en-US' })

    const copy = reasonCopy('subscription_expired')
    expect(dialog).toHaveAccessibleDescription(copy.message)
    expect(await within(dialog).findByRole('link', { name: copy.action })).toBeInTheDocument()
    expect(dialog.textContent).not.toContain(germanServer.message)
  })
})
