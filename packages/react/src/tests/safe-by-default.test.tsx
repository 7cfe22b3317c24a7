import type { PaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GracePeriodBanner } from '../grace-period-banner/grace-period-banner'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'
import { UsageMeter } from '../usage-meter/usage-meter'

const NOW = '2026-11-25T12:00:00Z'

afterEach(() => {
  vi.restoreAllMocks()
})

/** A paywall as the store may hold it (seeded, or from an adapter): its links are checked again when shown. */
const paywallLinkingTo = (url: string): PaymentRequired => ({
  status: 402,
  reason: 'subscription_expired',
  title: 'Your subscription has ended',
  message: 'Renew to see your reports again.',
  action: { url, label: 'Renew subscription' },
  support: { url },
  docUrl: url,
  requestId: 'req_1',
  dialect: 'custom',
})

function Report({ paywall }: { paywall: PaymentRequired }) {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(paywall)}>
      Load reports
    </button>
  )
}

async function openModal(paywall: PaymentRequired, allowedOrigins?: string[]) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider allowedOrigins={allowedOrigins}>
        <Report paywall={paywall} />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>,
  )
  await userEvent.setup().click(screen.getByRole('button', { name: 'Load reports' }))
  return screen.findByRole('dialog')
}

function withProvider(children: ReactNode, allowedOrigins?: string[]) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider allowedOrigins={allowedOrigins}>{children}</PaywallProvider>
    </QueryClientProvider>
  )
}

describe('given no allowedOrigins', () => {
  it.each([
    ['another origin', 'http://evil.example/pay'],
    ['an IDN look-alike in punycode', 'https://xn--pple-43d.com/billing'],
    ['an IDN look-alike with a Cyrillic а', 'https://\u0430pple.com/billing'],
  ])('should show the modal without any link to %s', async (_, url) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const dialog = await openModal(paywallLinkingTo(url))

    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument()
    expect(dialog.innerHTML).not.toMatch(/evil\.example|xn--pple|\u0430pple/)
  })

  it('should keep the modal’s links on the page’s own origin', async () => {
    const dialog = await openModal(paywallLinkingTo(`${location.origin}/billing`))

    expect(within(dialog).getByRole('link', { name: 'Renew subscription' })).toHaveAttribute(
      'href',
      `${location.origin}/billing`,
    )
  })

  it('should drop a banner or meter link to another origin, and say in development how to list it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      withProvider(
        <>
          <GracePeriodBanner
            endsAt="2026-11-28T12:00:00Z"
            now={NOW}
            actionHref="https://pay.example.com/card"
          />
          <UsageMeter
            label="API calls"
            used={1000}
            limit={1000}
            actionHref="https://pay.example.com/upgrade"
          />
        </>,
      ),
    )

    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('`Banner.Action` dropped its href "https://pay.example.com/card"'),
    )
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("<PaywallProvider allowedOrigins={['https://pay.example.com']}>"),
    )
  })

  it('should keep banner and meter links that are relative or on the page’s own origin', () => {
    render(
      withProvider(
        <>
          <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref="/billing" />
          <UsageMeter label="API calls" used={1000} limit={1000} actionHref={`${location.origin}/upgrade`} />
        </>,
      ),
    )

    expect(screen.getByRole('link', { name: 'Update payment method' })).toHaveAttribute('href', '/billing')
    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute(
      'href',
      `${location.origin}/upgrade`,
    )
  })
})

describe('given allowedOrigins that list the origin', () => {
  it('should render the links of the modal, the banner and the meter', async () => {
    const allowedOrigins = ['https://pay.example.com']
    render(
      withProvider(
        <>
          <GracePeriodBanner
            endsAt="2026-11-28T12:00:00Z"
            now={NOW}
            actionHref="https://pay.example.com/card"
          />
          <UsageMeter
            label="API calls"
            used={1000}
            limit={1000}
            actionHref="https://pay.example.com/upgrade"
          />
        </>,
        allowedOrigins,
      ),
    )
    expect(screen.getByRole('link', { name: 'Update payment method' })).toHaveAttribute(
      'href',
      'https://pay.example.com/card',
    )
    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute(
      'href',
      'https://pay.example.com/upgrade',
    )
  })

  it('should keep an IDN look-alike out unless its own origin is listed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const lookAlike = await openModal(paywallLinkingTo('https://xn--pple-43d.com/billing'), [
      'https://apple.com',
    ])
    expect(within(lookAlike).queryByRole('link')).not.toBeInTheDocument()
  })
})
