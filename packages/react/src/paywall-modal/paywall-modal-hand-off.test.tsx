import { createPaywallFetch, type PaywallEvent, providerBillingErrors } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import openAiQuota from '../../../../fixtures/provider-billing/openai-429-insufficient-quota.json'
import { expectNoAxeViolations } from '../../test/axe'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { PaywallProvider, type PaywallProviderProps } from '../provider/paywall-provider'
import { PaywallModal, type PaywallModalProps } from './paywall-modal'

const server = setupMswServer()

// The Quick start's fetch, also recognising AI providers' billing errors sent as 429 (OpenAI).
const billingFetch = createPaywallFetch({ classify: providerBillingErrors })

const billingHref = (path: string) => new URL(path, globalThis.location.href).href

/** Serves `/api/reports`: `refusal` until `paid()` is called, then an empty list. Counts requests. */
function serveReports(refusal: () => Response) {
  const state = { hits: 0, paid: false }
  server.use(
    http.get(apiUrl('/api/reports'), () => {
      state.hits += 1
      return state.paid ? HttpResponse.json([]) : refusal()
    }),
  )
  return state
}

function Reports() {
  const reports = useQuery({
    queryKey: ['reports'],
    queryFn: () => billingFetch(apiUrl('/api/reports')).then((response) => response.json()),
    meta: { paywallFeature: 'reports' },
  })
  return <p>{reports.isSuccess ? 'Reports loaded' : 'Reports'}</p>
}

async function openApp(props: Partial<PaywallProviderProps> = {}, modal: PaywallModalProps = {}) {
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider {...props}>
        <Reports />
        <PaywallModal {...modal} />
      </PaywallProvider>
    </QueryClientProvider>,
  )
  const dialog = await screen.findByRole('dialog')
  return { user, dialog }
}

/** Stripe's card_declined, as its API sends it. */
const cardDeclined = () =>
  HttpResponse.json(
    {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      },
    },
    { status: 402 },
  )

/** OpenAI's insufficient_quota, a 429 (the fixture). */
const insufficientQuota = () =>
  HttpResponse.json(openAiQuota.body, { status: openAiQuota.status, headers: openAiQuota.headers })

/** Real 402 bodies that carry no action URL. */
const withoutAction: [string, () => Response][] = [
  ['a Stripe card_declined', cardDeclined],
  ['an OpenAI insufficient_quota (429)', insufficientQuota],
  [
    'a problem+json',
    () =>
      new HttpResponse(
        JSON.stringify({
          type: 'https://example.com/probs/out-of-credit',
          title: 'You do not have enough credit.',
          detail: 'Your current balance is 30, but that costs 50.',
          status: 402,
        }),
        { status: 402, headers: { 'content-type': 'application/problem+json' } },
      ),
  ],
  [
    'an x402 challenge',
    () =>
      HttpResponse.json(
        { x402Version: 1, error: 'X-PAYMENT header is required', accepts: [] },
        { status: 402 },
      ),
  ],
  [
    'an nginx HTML page',
    () =>
      new HttpResponse(
        '<html>\r\n<head><title>402 Payment Required</title></head>\r\n<body>\r\n<center><h1>402 Payment Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
        { status: 402, headers: { 'content-type': 'text/html' } },
      ),
  ],
  ['an empty body', () => new HttpResponse(null, { status: 402 })],
]

afterEach(() => {
  vi.restoreAllMocks()
})

describe('given a provider billingUrl', () => {
  it.each(withoutAction)('should offer a primary action to billing for %s', async (_name, refusal) => {
    serveReports(refusal)
    const { dialog } = await openApp({ billingUrl: '/billing' })

    const links = within(dialog).getAllByRole('link')
    const action = links.find((link) => link.classList.contains('pwk-modal__action'))
    expect(action).toHaveAttribute('href', billingHref('/billing'))
    expect(action?.textContent).not.toBe('')
    // Nothing said that access returns at once: neither the body nor the provider said so.
    expect(within(dialog).queryByText('Access returns right away after payment.')).not.toBeInTheDocument()
  })

  it('should offer no action without billingUrl when the 402 brings none', async () => {
    serveReports(cardDeclined)
    const { dialog } = await openApp()

    expect(within(dialog).queryByRole('link', { name: 'Update payment method' })).not.toBeInTheDocument()
  })

  it('should pick the URL for the reason from a map, else its default', async () => {
    serveReports(insufficientQuota)
    const { dialog } = await openApp({ billingUrl: { quota_exceeded: '/usage', default: '/billing' } })

    expect(within(dialog).getByRole('link', { name: 'Upgrade plan' })).toHaveAttribute(
      'href',
      billingHref('/usage'),
    )
  })

  it('should use the map default for another reason', async () => {
    serveReports(cardDeclined)
    const { dialog } = await openApp({ billingUrl: { quota_exceeded: '/usage', default: '/billing' } })

    expect(within(dialog).getByRole('link', { name: 'Update payment method' })).toHaveAttribute(
      'href',
      billingHref('/billing'),
    )
  })

  it('should drop a billingUrl on an origin that is not allowed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    serveReports(cardDeclined)
    const { dialog } = await openApp({ billingUrl: 'https://evil.example/billing' })

    expect(within(dialog).queryByRole('link', { name: 'Update payment method' })).not.toBeInTheDocument()
  })

  it('should promise access at once when the body says so', async () => {
    serveReports(() =>
      HttpResponse.json({ error: 'payment_failed', access_returns_instantly: true }, { status: 402 }),
    )
    const { dialog } = await openApp({ billingUrl: '/billing' })

    expect(within(dialog).getByText('Access returns right away after payment.')).toBeInTheDocument()
  })
})

const upgrade = () =>
  HttpResponse.json(
    {
      error: 'upgrade_required',
      message: 'Reports are part of the Pro plan.',
      plans: [
        { id: 'free', name: 'Free', amount: 0, currency: 'USD', interval: 'month', current: true },
        { id: 'pro', name: 'Pro', amount: 20, currency: 'USD', interval: 'month', recommended: true },
        { id: 'team', name: 'Team', amount: 49, currency: 'USD', interval: 'month' },
      ],
    },
    { status: 402 },
  )

/** A promise the test settles. */
function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

describe('given an onAction hand-off that returns a promise', () => {
  it('should show a pending state, then resolve: refetch once, unlock and close', async () => {
    const reports = serveReports(upgrade)
    const checkout = deferred()
    const onAction = vi.fn(() => checkout.promise)
    const { user, dialog } = await openApp({ onAction })
    const hitsBefore = reports.hits

    await user.click(within(dialog).getByRole('button', { name: 'Continue with Pro' }))

    const pending = within(dialog).getByRole('button', { name: 'Opening checkout…' })
    expect(pending).toHaveAttribute('aria-busy', 'true')
    expect(pending).toHaveAttribute('aria-disabled', 'true')
    expect(within(dialog).getByRole('status')).toHaveTextContent('Opening checkout…')
    expect(onAction).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'upgrade_required' }),
      expect.objectContaining({ id: 'pro', name: 'Pro' }),
    )
    // A second press while it runs does nothing.
    await user.click(pending)
    expect(onAction).toHaveBeenCalledTimes(1)

    reports.paid = true
    checkout.resolve()

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText('Reports loaded')).toBeInTheDocument()
    expect(reports.hits).toBe(hitsBefore + 1)
  })

  it('should say so in an alert and stay open when it rejects', async () => {
    serveReports(upgrade)
    const checkout = deferred()
    const { user, dialog } = await openApp({ onAction: () => checkout.promise })

    await user.click(within(dialog).getByRole('button', { name: 'Continue with Pro' }))
    checkout.reject(new Error('closed by user'))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Checkout could not be completed. Please try again.',
    )
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    const action = within(dialog).getByRole('button', { name: 'Continue with Pro' })
    expect(action).not.toHaveAttribute('aria-busy')
    expect(action).toHaveAttribute('data-state', 'failed')
  })

  it('should close like a followed link when onAction returns nothing, and record the click', async () => {
    serveReports(upgrade)
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const { user, dialog } = await openApp({ onAction: () => undefined, onEvent })

    await user.click(within(dialog).getByRole('button', { name: 'Continue with Pro' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('action_clicked')
    expect(onEvent.mock.calls.map(([event]) => event.type)).not.toContain('paywall_dismissed')
  })

  it('should use the modal’s own onAction over the provider’s', async () => {
    serveReports(upgrade)
    const provider = vi.fn()
    const modal = vi.fn(() => deferred().promise)
    const { user, dialog } = await openApp({ onAction: provider }, { onAction: modal })

    await user.click(within(dialog).getByRole('button', { name: 'Continue with Pro' }))

    expect(modal).toHaveBeenCalledTimes(1)
    expect(provider).not.toHaveBeenCalled()
  })
})

describe('given plans to choose from', () => {
  it('should offer them as a radio group: current plan marked and disabled, recommended picked', async () => {
    serveReports(upgrade)
    const { dialog } = await openApp({ onAction: vi.fn() })

    const group = within(dialog).getByRole('radiogroup', { name: 'Plans' })
    const [free, pro, team] = within(group).getAllByRole('radio')
    expect(free).toHaveAccessibleName(expect.stringContaining('Current plan'))
    expect(free).toBeDisabled()
    expect(pro).toBeChecked()
    expect(pro).toHaveAccessibleName(expect.stringContaining('Recommended'))
    expect(team).not.toBeChecked()
    expect(team).toHaveTextContent('$49.00 per month')
  })

  // The arrow keys are tested in Chromium (the PaywallModal stories' play functions).
  it('should let the action follow the pick', async () => {
    serveReports(upgrade)
    const onAction = vi.fn()
    const { user, dialog } = await openApp({ onAction })

    await user.click(within(dialog).getByRole('radio', { name: /Team/ }))

    expect(within(dialog).getByRole('radio', { name: /Team/ })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Continue with Team' }))
    expect(onAction).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ id: 'team' }))
  })

  it('should not let the current plan be picked', async () => {
    serveReports(upgrade)
    const { user, dialog } = await openApp({ onAction: vi.fn() })

    await user.click(within(dialog).getByRole('radio', { name: /Free/ }))

    expect(within(dialog).getByRole('radio', { name: /Free/ })).not.toBeChecked()
    expect(within(dialog).getByRole('button', { name: 'Continue with Pro' })).toBeInTheDocument()
  })

  it('should link to the picked plan’s own URL without onAction', async () => {
    serveReports(() =>
      HttpResponse.json(
        {
          error: 'upgrade_required',
          plans: [
            { id: 'pro', name: 'Pro', amount: 20, currency: 'EUR', url: '/checkout/pro' },
            { id: 'team', name: 'Team', amount: 49, currency: 'EUR', url: '/checkout/team' },
          ],
        },
        { status: 402 },
      ),
    )
    const { user, dialog } = await openApp({ locale: 'de-DE' })

    expect(within(dialog).getByRole('link', { name: 'Continue with Pro' })).toHaveAttribute(
      'href',
      billingHref('/checkout/pro'),
    )
    await user.click(within(dialog).getByRole('radio', { name: /Team/ }))
    expect(within(dialog).getByRole('link', { name: 'Continue with Team' })).toHaveAttribute(
      'href',
      billingHref('/checkout/team'),
    )
    // The provider's locale formats the amount: "49,00 €".
    const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(49)
    expect(within(dialog).getByRole('radio', { name: /Team/ }).textContent).toContain(euros)
  })

  it('should be axe clean', async () => {
    serveReports(upgrade)
    await openApp({ onAction: vi.fn() })

    await expectNoAxeViolations()
  })
})

describe('given a viewer who cannot manage billing', () => {
  const failedWithOwner = () =>
    HttpResponse.json(
      { error: 'payment_failed', billing_owner: { name: 'Dana Scully', email: 'dana@example.com' } },
      { status: 402 },
    )

  it('should ask the owner instead of offering a payment action', async () => {
    serveReports(failedWithOwner)
    const { dialog } = await openApp({ canManageBilling: false, billingUrl: '/billing', onAction: vi.fn() })

    expect(dialog).toHaveTextContent(
      'Ask Dana Scully to update billing for this account so you can continue.',
    )
    expect(within(dialog).queryByRole('link', { name: 'Update payment method' })).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Update payment method' })).not.toBeInTheDocument()
    expect(within(dialog).queryByText('Access returns right away after payment.')).not.toBeInTheDocument()
  })

  it('should copy the billing link and announce it', async () => {
    serveReports(failedWithOwner)
    const writeText = vi.fn(() => Promise.resolve())
    const { user, dialog } = await openApp({ canManageBilling: false, billingUrl: '/billing' })
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })

    await user.click(within(dialog).getByRole('button', { name: 'Copy link to billing' }))

    expect(writeText).toHaveBeenCalledWith(billingHref('/billing'))
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Link copied')
    Reflect.deleteProperty(navigator, 'clipboard')
  })

  it('should call onRequestAccess and announce that the request was sent', async () => {
    serveReports(failedWithOwner)
    const onRequestAccess = vi.fn(() => Promise.resolve())
    const { user, dialog } = await openApp({ canManageBilling: false, onRequestAccess })

    await user.click(within(dialog).getByRole('button', { name: 'Ask for access' }))

    expect(onRequestAccess).toHaveBeenCalledWith(expect.objectContaining({ reason: 'payment_failed' }))
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Request sent')
  })

  it('should show an alert when the request fails', async () => {
    serveReports(failedWithOwner)
    const { user, dialog } = await openApp({
      canManageBilling: false,
      onRequestAccess: () => Promise.reject(new Error('offline')),
    })

    await user.click(within(dialog).getByRole('button', { name: 'Ask for access' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The request could not be sent. Please try again.',
    )
  })

  it('should decide per paywall with a function, and name the provider’s billingOwner when the body has none', async () => {
    serveReports(cardDeclined)
    const canManageBilling = vi.fn((paywall) => paywall?.reason !== 'payment_failed')
    const { dialog } = await openApp({
      canManageBilling,
      billingOwner: 'ops@example.com',
      billingUrl: '/billing',
    })

    expect(canManageBilling).toHaveBeenCalledWith(expect.objectContaining({ reason: 'payment_failed' }))
    expect(dialog).toHaveTextContent(
      'Ask ops@example.com to update billing for this account so you can continue.',
    )
  })

  it('should keep the payment action when canManageBilling throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    serveReports(cardDeclined)
    const { dialog } = await openApp({
      canManageBilling: () => {
        throw new Error('no user yet')
      },
      billingUrl: '/billing',
    })

    expect(within(dialog).getByRole('link', { name: 'Update payment method' })).toBeInTheDocument()
  })

  it('should be axe clean', async () => {
    serveReports(failedWithOwner)
    await openApp({ canManageBilling: false, billingUrl: '/billing', onRequestAccess: vi.fn() })

    await expectNoAxeViolations()
  })
})
