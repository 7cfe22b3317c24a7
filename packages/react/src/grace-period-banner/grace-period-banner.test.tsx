import {
  createPaywallStore,
  type PaymentRequired,
  PaymentRequiredError,
  type PaywallEvent,
  type PaywallStore,
} from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import axe from 'axe-core'
import { type ComponentPropsWithoutRef, createRef, forwardRef, type ReactNode, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sameOriginLinks } from '../../test/same-origin-links'
import { createUnlockRegistry } from '../internal/unlock-registry'
import { PaywallContext } from '../provider/paywall-context'
import { PaywallProvider } from '../provider/paywall-provider'
import { GracePeriodBanner } from './grace-period-banner'
import * as Banner from './grace-period-banner-parts'

const NOW = '2026-11-25T12:00:00Z'

/** Stands in for a router's link component, which gets its `href` from the part. */
const RouterLink = forwardRef<HTMLAnchorElement, ComponentPropsWithoutRef<'a'>>(
  function RouterLink(props, ref) {
    return <a ref={ref} data-router-link="" {...props} />
  },
)

afterEach(() => {
  sessionStorage.clear()
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

function withStore(children: ReactNode, store: PaywallStore, allowedOrigins?: string[]) {
  return (
    <PaywallContext.Provider
      value={{ store, parseOptions: { allowedOrigins }, unlockControls: createUnlockRegistry() }}
    >
      {children}
    </PaywallContext.Provider>
  )
}

const paymentFailed = (graceEndsAt?: string): PaymentRequired => ({
  status: 402,
  reason: 'payment_failed',
  title: 'Your payment failed',
  message: 'Update your card.',
  dialect: 'flat',
  graceEndsAt,
})

// jsdom cannot paint, so axe's contrast rule is left to the real-browser tests.
async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

describe('given a grace period ending in 3 days', () => {
  it('should warn politely, named by its title, with the days left and what to do', () => {
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} timeZone="UTC" locale="en-US" />)

    const banner = screen.getByRole('status', { name: 'Your payment failed' })
    expect(banner).toHaveTextContent('Access ends in 3 days')
    expect(banner).toHaveTextContent('Update your payment method to keep your plan.')
    expect(banner).toHaveAttribute('data-state', 'expiring')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('should offer the update-payment link', () => {
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref="/billing" />)

    expect(screen.getByRole('link', { name: 'Update payment method' })).toHaveAttribute('href', '/billing')
  })

  it('should be axe clean', async () => {
    const { container } = render(
      <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref="/billing" timeZone="UTC" />,
    )
    await expectNoAxeViolations(container)
  })
})

describe('given the days left', () => {
  it.each([
    ['2026-12-05T12:00:00Z', 'Access ends in 10 days', 'active'],
    ['2026-11-29T12:00:00Z', 'Access ends in 4 days', 'active'],
    ['2026-11-28T12:00:00Z', 'Access ends in 3 days', 'expiring'],
    ['2026-11-26T12:00:00Z', 'Access ends tomorrow', 'expiring'],
    ['2026-11-25T18:00:00Z', 'Access ends today', 'expiring'],
    // Access lost at midnight means the day before was the last one.
    ['2026-11-26T00:00:00Z', 'Access ends today', 'expiring'],
  ])('should say when %s ends: %j (%s)', (endsAt, text, state) => {
    render(<GracePeriodBanner endsAt={endsAt} now={NOW} timeZone="UTC" locale="en-US" />)

    const banner = screen.getByRole('status')
    expect(banner).toHaveTextContent(text)
    expect(banner).toHaveAttribute('data-state', state)
  })

  it('should count calendar days in the given time zone', () => {
    // 01:00 UTC on Nov 27 is still Nov 26 in New York: tomorrow there, in 2 days in UTC.
    render(
      <>
        <GracePeriodBanner
          endsAt="2026-11-27T01:00:00Z"
          now={NOW}
          timeZone="America/New_York"
          locale="en-US"
        />
        <GracePeriodBanner endsAt="2026-11-27T01:00:00Z" now={NOW} timeZone="UTC" locale="en-US" />
      </>,
    )

    const [newYork, utc] = screen.getAllByRole('status')
    expect(newYork).toHaveTextContent('Access ends tomorrow')
    expect(utc).toHaveTextContent('Access ends in 2 days')
  })

  it('should use the locale and the messages', () => {
    render(
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        now={NOW}
        timeZone="UTC"
        locale="fr"
        messages={{
          banner: { title: 'Échec du paiement', daysLeft: ({ relative }) => `Accès jusqu’à ${relative}` },
        }}
      />,
    )

    const banner = screen.getByRole('status', { name: 'Échec du paiement' })
    expect(banner).toHaveTextContent('Accès jusqu’à dans 3 jours')
  })

  it('should respect expiringDays', () => {
    render(<GracePeriodBanner endsAt="2026-12-05T12:00:00Z" now={NOW} timeZone="UTC" expiringDays={14} />)

    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'expiring')
  })

  it.each([['2026-12-05T12:00:00Z'], ['2026-11-26T12:00:00Z'], ['2026-11-20T12:00:00Z']])(
    'should be axe clean when ending %s',
    async (endsAt) => {
      const { container } = render(
        <GracePeriodBanner endsAt={endsAt} now={NOW} actionHref="/billing" timeZone="UTC" />,
      )
      await expectNoAxeViolations(container)
    },
  )
})

describe('given a grace period that has ended', () => {
  it('should become an alert saying access has ended, without a countdown', () => {
    render(<GracePeriodBanner endsAt="2026-11-25T11:00:00Z" now={NOW} actionHref="/billing" />)

    const alert = screen.getByRole('alert', { name: 'Your access has ended' })
    expect(alert).toHaveAttribute('data-state', 'expired')
    expect(alert).toHaveTextContent('Update your payment method to restore access.')
    expect(alert).not.toHaveTextContent('Access ends')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Update payment method' })).toBeInTheDocument()
  })

  it('should treat the exact end instant as ended', () => {
    render(<GracePeriodBanner endsAt={NOW} now={NOW} />)

    expect(screen.getByRole('alert')).toBeInTheDocument()
  })
})

describe('given the live clock (fake timers)', () => {
  it('should count down and turn into an alert when access is lost', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T12:00:00Z') })
    render(<GracePeriodBanner endsAt="2026-11-28T00:00:00Z" timeZone="UTC" locale="en-US" />)
    expect(screen.getByRole('status')).toHaveTextContent('Access ends tomorrow')

    act(() => {
      vi.setSystemTime(new Date('2026-11-27T12:00:00Z'))
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.getByRole('status')).toHaveTextContent('Access ends today')

    act(() => {
      vi.setSystemTime(new Date('2026-11-28T00:00:00Z'))
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.getByRole('alert', { name: 'Your access has ended' })).toBeInTheDocument()
  })

  it('should catch up when the tab becomes visible again', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T12:00:00Z') })
    render(<GracePeriodBanner endsAt="2026-11-28T00:00:00Z" timeZone="UTC" locale="en-US" />)

    act(() => {
      vi.setSystemTime(new Date('2026-11-29T12:00:00Z'))
      document.dispatchEvent(new Event('visibilitychange'))
    })

    expect(screen.getByRole('alert')).toBeInTheDocument()
  })

  it("should correct the client's clock with the server's time", () => {
    // The client's clock is a day behind the server.
    vi.useFakeTimers({ now: new Date('2026-11-24T12:00:00Z') })
    render(
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        serverNow="2026-11-25T12:00:00Z"
        timeZone="UTC"
        locale="en-US"
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Access ends in 3 days')

    act(() => {
      vi.setSystemTime(new Date('2026-11-25T12:00:00Z'))
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.getByRole('status')).toHaveTextContent('Access ends in 2 days')
  })
})

describe('given an Adapty-style access level', () => {
  it('should end the grace at grace_period_expires_at', () => {
    render(
      <GracePeriodBanner
        accessLevel={{
          is_active: true,
          billing_issue_detected_at: '2026-11-21T12:00:00Z',
          grace_period_expires_at: '2026-11-26T12:00:00Z',
          expires_at: '2026-11-21T12:00:00Z',
        }}
        now={NOW}
        timeZone="UTC"
        locale="en-US"
      />,
    )

    expect(screen.getByRole('status')).toHaveTextContent('Access ends tomorrow')
  })

  it('should assume 7 days after the billing issue when the grace end is missing', () => {
    render(
      <GracePeriodBanner
        accessLevel={{
          is_active: true,
          billing_issue_detected_at: '2026-11-21T12:00:00Z',
          grace_period_expires_at: null,
        }}
        now={NOW}
        timeZone="UTC"
        locale="en-US"
      />,
    )

    expect(screen.getByRole('status')).toHaveTextContent('Access ends in 3 days')
  })

  it('should alert once the grace period of a lapsed access level is over', () => {
    render(
      <GracePeriodBanner
        accessLevel={{
          is_active: false,
          billing_issue_detected_at: '2026-11-10T12:00:00Z',
          grace_period_expires_at: '2026-11-17T12:00:00Z',
        }}
        now={NOW}
      />,
    )

    expect(screen.getByRole('alert')).toBeInTheDocument()
  })

  it('should show nothing for a healthy access level, even inside a provider with a grace end', () => {
    const store = createPaywallStore()
    store.report(paymentFailed('2026-11-28T12:00:00Z'))
    const { container } = render(
      withStore(
        <GracePeriodBanner
          accessLevel={{
            is_active: true,
            expires_at: '2026-12-21T12:00:00Z',
            billing_issue_detected_at: null,
          }}
          now={NOW}
        />,
        store,
      ),
    )

    expect(container).toBeEmptyDOMElement()
  })
})

describe('given no grace end', () => {
  it.each([
    ['no props', {}],
    ['an invalid date', { endsAt: 'soon' }],
    ['a null end', { endsAt: null }],
  ])('should render nothing for %s', (_name, props) => {
    const { container } = render(<GracePeriodBanner {...props} now={NOW} />)

    expect(container).toBeEmptyDOMElement()
  })
})

describe('given a paywall that carries a grace end', () => {
  it('should follow the current paywall of the provider', () => {
    const store = createPaywallStore()
    render(
      withStore(<GracePeriodBanner now={NOW} timeZone="UTC" locale="en-US" actionHref="/billing" />, store),
    )
    expect(screen.queryByRole('status')).not.toBeInTheDocument()

    act(() => {
      store.report(paymentFailed('2026-11-28T12:00:00Z'))
    })
    expect(screen.getByRole('status')).toHaveTextContent('Access ends in 3 days')

    act(() => {
      store.resolve()
    })
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('should prefer an explicit endsAt', () => {
    const store = createPaywallStore()
    store.report(paymentFailed('2026-11-28T12:00:00Z'))
    render(
      withStore(
        <GracePeriodBanner endsAt="2026-11-26T12:00:00Z" now={NOW} timeZone="UTC" locale="en-US" />,
        store,
      ),
    )

    expect(screen.getByRole('status')).toHaveTextContent('Access ends tomorrow')
  })

  it('should emit grace_banner_shown through the provider', () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const store = createPaywallStore({ onEvent })
    store.report(paymentFailed('2026-11-28T12:00:00Z'))
    onEvent.mockClear()
    render(withStore(<GracePeriodBanner now={NOW} />, store))

    expect(onEvent.mock.calls.map(([event]) => [event.type, event.reason])).toContainEqual([
      'grace_banner_shown',
      'payment_failed',
    ])
  })
})

function Reports() {
  useQuery({
    queryKey: ['reports'],
    queryFn: async (): Promise<string> => {
      throw new PaymentRequiredError(paymentFailed('2026-11-28T12:00:00Z'))
    },
    meta: { paywallFeature: 'reports' },
  })
  return null
}

describe('given a PaywallProvider and a query that gets a 402 with a grace end', () => {
  it('should show the banner from that paywall and report it through onEvent', async () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent} locale="en-US" allowedOrigins={['https://billing.acme.com']}>
          <Reports />
          <GracePeriodBanner now={NOW} timeZone="UTC" actionHref="https://billing.acme.com/card" />
        </PaywallProvider>
      </QueryClientProvider>,
    )

    expect(await screen.findByRole('status', { name: 'Your payment failed' })).toHaveTextContent(
      'Access ends in 3 days',
    )
    expect(screen.getByRole('link', { name: 'Update payment method' })).toHaveAttribute(
      'href',
      'https://billing.acme.com/card',
    )
    expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('grace_banner_shown')
  })
})

describe('given the action', () => {
  it.each([
    'javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,hi',
    'https://evil.example/pay',
  ])('should never put the unsafe href %j in the page', (href) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = createPaywallStore()
    const { container } = render(
      withStore(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref={href} />, store, [
        'https://billing.acme.com',
      ]),
    )

    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.innerHTML).not.toMatch(/alert\(1\)|data:text|evil\.example/)
  })

  it("should keep a URL on the provider's allowed origins", () => {
    const store = createPaywallStore()
    render(
      withStore(
        <GracePeriodBanner
          endsAt="2026-11-28T12:00:00Z"
          now={NOW}
          actionHref="https://billing.acme.com/card"
        />,
        store,
        ['https://billing.acme.com'],
      ),
    )

    expect(screen.getByRole('link', { name: 'Update payment method' })).toHaveAttribute(
      'href',
      'https://billing.acme.com/card',
    )
  })

  it.each(sameOriginLinks())('should keep the same-origin link %j as written', (href) => {
    render(
      withStore(
        <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref={href} />,
        createPaywallStore(),
        ['https://billing.acme.com'],
      ),
    )

    expect(screen.getByRole('link', { name: 'Update payment method' })).toHaveAttribute('href', href)
  })

  it('should tell the developer once, in development, why it dropped an href', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const banner = (
      <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref="//evil.example/card" />
    )
    const { rerender } = render(banner)
    rerender(<div>{banner}</div>)

    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/`Banner\.Action` dropped its href "\/\/evil\.example\/card".*allowedOrigins/),
    )
  })

  it('should not warn in production', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref="javascript:void(1)" />)

    expect(warn).not.toHaveBeenCalled()
  })

  it('should be a button calling onAction without an href', () => {
    const onAction = vi.fn()
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} onAction={onAction} />)

    fireEvent.click(screen.getByRole('button', { name: 'Update payment method' }))
    expect(onAction).toHaveBeenCalledTimes(1)
  })
})

describe('given the dismiss button', () => {
  it('should hide the banner for the rest of the session', () => {
    const onDismiss = vi.fn()
    const { unmount } = render(
      <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} onDismiss={onDismiss} />,
    )

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(onDismiss).toHaveBeenCalledTimes(1)

    unmount()
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('should hide every banner for the same grace end at once', () => {
    render(
      <>
        <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />
        <GracePeriodBanner endsAt={new Date('2026-11-28T12:00:00Z')} now={NOW} />
      </>,
    )

    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('should show the banner again for a new grace period', () => {
    const { rerender } = render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />)
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))

    rerender(<GracePeriodBanner endsAt="2026-12-28T12:00:00Z" now={NOW} />)
    expect(screen.getByRole('status')).toBeInTheDocument()
  })

  it('should still alert once access is lost after the warning was dismissed', () => {
    const { rerender } = render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />)
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))

    rerender(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now="2026-11-29T12:00:00Z" />)
    expect(screen.getByRole('alert')).toBeInTheDocument()
  })

  it('should not be offered when dismissible is false', () => {
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} dismissible={false} />)

    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument()
  })

  it('should ignore an earlier dismissal when dismissible is false', () => {
    const { rerender } = render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />)
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))

    rerender(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} dismissible={false} />)
    expect(screen.getByRole('status')).toBeInTheDocument()
  })

  it('should keep working when sessionStorage is unavailable', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    render(<GracePeriodBanner endsAt="2027-01-01T12:00:00Z" now={NOW} />)

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    setItem.mockRestore()
  })
})

describe('given telemetry', () => {
  it('should emit grace_banner_shown once per banner in StrictMode, and again once access is lost', () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const store = createPaywallStore({ onEvent })
    const banner = (now: string) =>
      withStore(
        <StrictMode>
          <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={now} />
        </StrictMode>,
        store,
      )
    const { rerender } = render(banner(NOW))
    rerender(banner('2026-11-26T12:00:00Z'))

    expect(onEvent.mock.calls.map(([event]) => [event.type, event.reason])).toEqual([
      ['grace_banner_shown', 'payment_failed'],
    ])

    rerender(banner('2026-11-29T12:00:00Z'))
    expect(onEvent.mock.calls.map(([event]) => [event.type, event.reason])).toEqual([
      ['grace_banner_shown', 'payment_failed'],
      ['grace_banner_shown', 'subscription_expired'],
    ])
  })

  it('should not emit for a banner dismissed earlier in the session', () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const store = createPaywallStore({ onEvent })
    const { unmount } = render(
      withStore(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />, store),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    unmount()
    onEvent.mockClear()

    render(withStore(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />, store))
    expect(onEvent).not.toHaveBeenCalled()
  })
})

describe('given server rendering and hydration', () => {
  async function hydrate(html: string, element: ReactNode) {
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const onRecoverableError = vi.fn()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const root = await act(async () => hydrateRoot(container, element, { onRecoverableError }))
    const errors = [...onRecoverableError.mock.calls, ...consoleError.mock.calls]
    consoleError.mockRestore()
    return { container, errors, unmount: () => act(() => root.unmount()) }
  }

  it('should hydrate without a mismatch and show the days left afterwards when no time was given', async () => {
    vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] })
    const element = (
      <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" timeZone="UTC" locale="en-US" actionHref="/billing" />
    )
    const html = renderToString(element)
    expect(html).toBe('')

    const { container, errors, unmount } = await hydrate(html, element)
    expect(errors).toEqual([])
    expect(container).toHaveTextContent('Access ends in 3 days')
    unmount()
  })

  it('should hydrate a server-rendered banner without a mismatch, even when the client clock differs', async () => {
    const element = (
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        serverNow={NOW}
        timeZone="UTC"
        locale="en-US"
        actionHref="/billing"
      />
    )
    const html = renderToString(element)
    expect(html).toContain('Access ends in 3 days')

    vi.useFakeTimers({ now: new Date('2026-11-20T12:00:00Z'), toFake: ['Date'] })
    const { container, errors, unmount } = await hydrate(html, element)
    expect(errors).toEqual([])
    expect(container.querySelector('[role="status"]')).toHaveTextContent('Access ends in 3 days')
    unmount()
  })

  it("should hydrate without a mismatch, then link to an absolute URL on the page's own origin", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const href = `${location.origin}/billing/card`
    const element = withStore(
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        serverNow={NOW}
        timeZone="UTC"
        locale="en-US"
        actionHref={href}
      />,
      createPaywallStore(),
      ['https://billing.acme.com'],
    )
    // The server cannot know the page's origin, so it leaves the link out, and says nothing about it.
    const html = renderToString(element)
    expect(html).toContain('Access ends in 3 days')
    expect(html).not.toContain('href=')

    const { container, errors, unmount } = await hydrate(html, element)
    expect(errors).toEqual([])
    expect(within(container).getByRole('link', { name: 'Update payment method' })).toHaveAttribute(
      'href',
      href,
    )
    expect(warn).not.toHaveBeenCalled()
    unmount()
  })

  it('should hydrate a dismissed banner without a mismatch, then hide it without counting it as shown', async () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const element = withStore(
      <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />,
      createPaywallStore({ onEvent }),
    )
    const html = renderToString(element)
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} />)
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))

    const { container, errors, unmount } = await hydrate(html, element)
    expect(errors).toEqual([])
    expect(container).toBeEmptyDOMElement()
    expect(onEvent).not.toHaveBeenCalled()
    unmount()
  })
})

describe('given the headless parts', () => {
  it.each([
    ['2026-12-05T12:00:00Z', 'active'],
    ['2026-11-26T12:00:00Z', 'expiring'],
    ['2026-11-20T12:00:00Z', 'expired'],
  ])('should put data-state on every part for a grace end of %s (%s)', (endsAt, state) => {
    render(
      <Banner.Root endsAt={endsAt} now={NOW} data-testid="root">
        <Banner.Title data-testid="title" />
        <Banner.Description data-testid="description" />
        <Banner.Action data-testid="action" href="/billing" />
        <Banner.Dismiss data-testid="dismiss" />
      </Banner.Root>,
    )

    for (const part of ['root', 'title', 'description', 'action', 'dismiss']) {
      expect(screen.getByTestId(part)).toHaveAttribute('data-state', state)
    }
  })

  it('should spread unknown props and forward refs on every part', () => {
    const refs = {
      root: createRef<HTMLDivElement>(),
      title: createRef<HTMLParagraphElement>(),
      description: createRef<HTMLParagraphElement>(),
      daysLeft: createRef<HTMLSpanElement>(),
      action: createRef<HTMLElement>(),
      dismiss: createRef<HTMLButtonElement>(),
    }
    render(
      <Banner.Root ref={refs.root} endsAt="2026-11-28T12:00:00Z" now={NOW} data-x="root" className="mine">
        <Banner.Title ref={refs.title} data-x="title" />
        <Banner.Description ref={refs.description} data-x="description" />
        <Banner.DaysLeft ref={refs.daysLeft} data-x="daysLeft" />
        <Banner.Action ref={refs.action} href="/billing" data-x="action" />
        <Banner.Dismiss ref={refs.dismiss} data-x="dismiss" />
      </Banner.Root>,
    )

    for (const name of Object.keys(refs) as (keyof typeof refs)[]) {
      const element = document.querySelector(`[data-x="${name}"]`)
      expect(element).not.toBeNull()
      expect(refs[name].current).toBe(element)
    }
    expect(screen.getByRole('status')).toHaveClass('pwk-banner', 'mine')
  })

  it('should render the child element with asChild', () => {
    render(
      <Banner.Root asChild endsAt="2026-11-28T12:00:00Z" now={NOW} timeZone="UTC" locale="en-US">
        <aside>
          <Banner.Title asChild>
            <h2>Card declined</h2>
          </Banner.Title>
          <Banner.DaysLeft asChild>
            <strong>soon</strong>
          </Banner.DaysLeft>
          <Banner.Action asChild>
            <a href="/settings/billing">Fix it</a>
          </Banner.Action>
          <Banner.Dismiss asChild>
            <button type="button">Later</button>
          </Banner.Dismiss>
        </aside>
      </Banner.Root>,
    )

    const banner = screen.getByRole('status', { name: 'Card declined' })
    expect(banner.tagName).toBe('ASIDE')
    expect(screen.getByRole('heading', { name: 'Card declined' })).toHaveClass('pwk-banner__title')
    expect(banner.querySelector('strong')).toHaveTextContent('soon')
    expect(screen.getByRole('link', { name: 'Fix it' })).toHaveAttribute('data-state', 'expiring')

    fireEvent.click(screen.getByRole('button', { name: 'Later' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('should give an asChild action the safe href unless the child has its own', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      <Banner.Root endsAt="2026-11-28T12:00:00Z" now={NOW}>
        <Banner.Action asChild href="/billing">
          <RouterLink>Fix it</RouterLink>
        </Banner.Action>
        <Banner.Action asChild href="/billing">
          <a href="/settings/card">Change card</a>
        </Banner.Action>
        <Banner.Action asChild href="//evil.example/card">
          <RouterLink>Unsafe</RouterLink>
        </Banner.Action>
      </Banner.Root>,
    )

    expect(screen.getByRole('link', { name: 'Fix it' })).toHaveAttribute('href', '/billing')
    expect(screen.getByRole('link', { name: 'Change card' })).toHaveAttribute('href', '/settings/card')
    expect(screen.getByText('Unsafe')).not.toHaveAttribute('href')
  })

  it('should give an empty asChild element the default text', () => {
    render(
      <Banner.Root endsAt="2026-11-28T12:00:00Z" now={NOW} timeZone="UTC" locale="en-US">
        <Banner.Title asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the part fills it with the default title */}
          <h2 />
        </Banner.Title>
        <Banner.DaysLeft asChild>
          <strong />
        </Banner.DaysLeft>
        <Banner.Description asChild>
          <div data-testid="description" />
        </Banner.Description>
        <Banner.Action asChild href="/billing">
          <RouterLink />
        </Banner.Action>
        <Banner.Dismiss asChild>
          <button type="button" />
        </Banner.Dismiss>
      </Banner.Root>,
    )

    expect(screen.getByRole('heading', { name: 'Your payment failed' })).toBeInTheDocument()
    expect(screen.getByRole('status').querySelector('strong')).toHaveTextContent('Access ends in 3 days')
    expect(screen.getByTestId('description')).toHaveTextContent(
      'Update your payment method to keep your plan.',
    )
    expect(screen.getByRole('link', { name: 'Update payment method' })).toHaveAttribute('href', '/billing')
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveTextContent('×')
  })

  it('should let an onClick on an asChild Dismiss element prevent the dismissal', () => {
    render(
      <Banner.Root endsAt="2026-11-28T12:00:00Z" now={NOW}>
        <Banner.Title />
        <Banner.Dismiss asChild>
          <button type="button" onClick={(event) => event.preventDefault()}>
            Hide
          </button>
        </Banner.Dismiss>
      </Banner.Root>,
    )

    fireEvent.click(screen.getByRole('button', { name: 'Hide' }))
    expect(screen.getByRole('status')).toBeInTheDocument()
  })

  it('should let an onClick on Dismiss prevent the dismissal', () => {
    render(
      <Banner.Root endsAt="2026-11-28T12:00:00Z" now={NOW}>
        <Banner.Title />
        <Banner.Dismiss onClick={(event) => event.preventDefault()} />
      </Banner.Root>,
    )

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.getByRole('status')).toBeInTheDocument()
  })

  it('should tell which part is used outside Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Banner.DaysLeft />)).toThrow('`Banner.DaysLeft` must be used within `Banner.Root`')
    vi.mocked(console.error).mockRestore()
  })
})
