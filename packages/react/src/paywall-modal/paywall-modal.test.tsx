import { type PaymentRequired, type PaywallEvent, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ComponentPropsWithoutRef, createRef, forwardRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../../test/axe'
import { usePaywall } from '../hooks/use-paywall'
import type { PaywallMessagesOverride } from '../i18n/messages'
import { PaywallProvider, type PaywallProviderProps } from '../provider/paywall-provider'
import { PaywallModal, type PaywallModalProps } from './paywall-modal'
import * as Modal from './paywall-modal-parts'

/** The origins the fixtures link to, listed as an app lists its billing origins (others are dropped by default). */
const allowedOrigins = ['https://maps.example.com', 'https://api.example.com', 'https://docs.example.com']

function parse(body: unknown): PaymentRequired {
  const paywall = parsePaymentRequired(
    { status: 402, headers: { 'content-type': 'application/json' }, body },
    { allowedOrigins },
  )
  if (!paywall) throw new Error('fixture is not a paywall')
  return paywall
}

const quota = parse({
  error: 'Payment Required',
  message: 'You have reached the limit of 100 requests per day on the free tier',
  // Noon in the machine's time zone, which the modal shows dates in: June 16 wherever the suite runs
  // (midnight UTC is still June 15 west of Greenwich).
  usage: { limit: 1000, used: 1000, reset: new Date(2023, 5, 16, 12).toISOString() },
  upgrade_url: 'https://maps.example.com/pricing',
})

const expired = parse({
  error: 'Payment Required',
  message: 'Your subscription has expired',
  renewal_url: 'https://api.example.com/billing/renew',
  plans: [
    { name: 'Basic', price: '$9.99/month' },
    { name: 'Pro', price: '$29.99/month' },
  ],
})

const suspended = parse({
  status: 402,
  code: 'ACCOUNT_SUSPENDED_PAYMENT',
  message: 'Your account is suspended due to an unpaid invoice. Please settle your outstanding balance.',
  action: { type: 'link', url: '/billing/invoice', text: 'View and Pay Invoice' },
  support: { email: 'support@example.com' },
  request_id: 'req_42',
  timestamp: '2026-05-25T12:34:56Z',
})

/** A button whose click reports `paywall`, as a query callback would on a 402. */
function LoadButton({ paywall, feature }: { paywall: PaymentRequired; feature?: string }) {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(paywall, { feature })}>
      Load reports
    </button>
  )
}

/** A button whose click reports `paywall` as a background refetch would: not caused by the user. */
function BackgroundButton({ paywall }: { paywall: PaymentRequired }) {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(paywall, { interactive: false })}>
      Refetch in the background
    </button>
  )
}

/** The app's own "I have paid" button inside the modal: it resolves the paywall, as after checkout. */
function PaidButton() {
  const { resolve } = usePaywall()
  return (
    <button type="button" onClick={() => void resolve()}>
      I have paid
    </button>
  )
}

/** A modal whose open state the app controls, from the provider's. */
function ControlledModal({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const { isOpen } = usePaywall()
  return <PaywallModal open={isOpen} onOpenChange={onOpenChange} />
}

/** Stands in for a router's link component, which gets its `href` from the part. */
const RouterLink = forwardRef<HTMLAnchorElement, ComponentPropsWithoutRef<'a'>>(
  function RouterLink(props, ref) {
    return <a ref={ref} data-router-link="" {...props} />
  },
)

function renderModal(
  paywall: PaymentRequired,
  { modal, ...props }: Partial<PaywallProviderProps> & { modal?: PaywallModalProps } = {},
) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider allowedOrigins={allowedOrigins} {...props}>
        <main>
          <LoadButton paywall={paywall} />
          <a href="/settings">Settings</a>
        </main>
        <PaywallModal {...modal} />
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

async function open402(paywall: PaymentRequired, options: Parameters<typeof renderModal>[1] = {}) {
  const user = userEvent.setup()
  const view = renderModal(paywall, options)
  await user.click(screen.getByRole('button', { name: 'Load reports' }))
  const dialog = await screen.findByRole('dialog')
  return { user, view, dialog }
}

function expectPageUsable() {
  expect(document.body.style.pointerEvents).not.toBe('none')
  expect(document.querySelectorAll('[aria-hidden="true"]:not([data-radix-focus-guard])')).toHaveLength(0)
  expect(document.querySelectorAll('[data-radix-focus-guard]')).toHaveLength(0)
  expect(document.querySelectorAll('[data-aria-hidden]')).toHaveLength(0)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('given a 402 for a quota', () => {
  it('should name the dialog by the reason’s title and describe it with the message, never "402"', async () => {
    const { dialog } = await open402(quota)

    expect(dialog).toHaveAccessibleName('You’ve reached your plan’s limit')
    expect(dialog).toHaveAccessibleDescription(
      'You have reached the limit of 100 requests per day on the free tier',
    )
    expect(dialog.textContent).not.toMatch(/\b402\b|Payment Required/)
  })

  it('should show the usage with numbers and dates in the provider’s locale', async () => {
    const { dialog } = await open402(quota, { locale: 'de-DE' })

    expect(within(dialog).getByText(/1\.000 of 1\.000 used/)).toBeInTheDocument()
    expect(within(dialog).getByText('Resets 16.06.2023')).toBeInTheDocument()
  })

  it.each([
    ['America/Los_Angeles', 'Resets Jun 15, 2023'],
    ['Asia/Tokyo', 'Resets Jun 16, 2023'],
  ])('should show the reset date in the time zone %s it is given', async (timeZone, text) => {
    const { dialog } = await open402(
      parse({ usage: { limit: 10, used: 10, reset: '2023-06-16T00:00:00Z' } }),
      {
        locale: 'en-US',
        modal: { timeZone },
      },
    )

    expect(within(dialog).getByText(new RegExp(text))).toBeInTheDocument()
  })

  it('should show a reset date without a time as that day, whatever the time zone', async () => {
    const { dialog } = await open402(parse({ usage: { limit: 10, used: 10, reset: '2023-06-16' } }), {
      locale: 'en-US',
      modal: { timeZone: 'America/Los_Angeles' },
    })

    expect(within(dialog).getByText(/Resets Jun 16, 2023/)).toBeInTheDocument()
  })

  it("should fall back to the user's time zone when it is given an unknown one", async () => {
    const { dialog } = await open402(quota, { locale: 'de-DE', modal: { timeZone: 'Mars/Olympus_Mons' } })

    expect(within(dialog).getByText('Resets 16.06.2023')).toBeInTheDocument()
  })

  it('should offer the action as a new-tab link to another origin, and report the click', async () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const { user, dialog } = await open402(quota, { onEvent })
    const action = within(dialog).getByRole('link', { name: 'Upgrade plan' })

    expect(action).toHaveAttribute('href', 'https://maps.example.com/pricing')
    expect(action).toHaveAttribute('target', '_blank')
    expect(action).toHaveAttribute('rel', 'noopener noreferrer')
    // jsdom cannot navigate: stop the link after React has handled the click. (On the link itself the
    // listener would run first, and a prevented click means the app vetoed the action.)
    document.addEventListener('click', (event) => event.preventDefault(), { once: true })
    await user.click(action)
    expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('action_clicked')
  })

  it('should say that access returns right away after payment when the provider says so', async () => {
    const { dialog } = await open402(quota, { accessReturnsInstantly: true })

    expect(within(dialog).getByText('Access returns right away after payment.')).toBeInTheDocument()
  })

  it('should not promise that access returns right away when neither the 402 nor the provider says so', async () => {
    const { dialog } = await open402(quota)

    expect(within(dialog).queryByText('Access returns right away after payment.')).not.toBeInTheDocument()
  })
})

describe('given a 402 that offers plans', () => {
  it('should list each plan with its price under a labelled heading', async () => {
    const { dialog } = await open402(expired)
    const plans = within(dialog).getByRole('region', { name: 'Plans' })

    expect(
      within(plans)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Basic$9.99/month', 'Pro$29.99/month'])
  })

  it('should be axe clean while open', async () => {
    await open402(expired)

    await expectNoAxeViolations()
  })
})

describe('given a 402 with support details', () => {
  it('should show the request id and time, and copy them for support', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    const { user, dialog } = await open402(suspended, { locale: 'en-US' })
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })

    expect(within(dialog).getByText('req_42')).toBeInTheDocument()
    expect(dialog.querySelector('time')).toHaveAttribute('dateTime', '2026-05-25T12:34:56Z')
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }))

    expect(writeText).toHaveBeenCalledWith('Request ID: req_42\nTime: 2026-05-25T12:34:56Z')
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Copied')
    expect(within(dialog).getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      'mailto:support@example.com',
    )
    Reflect.deleteProperty(navigator, 'clipboard')
  })

  it('should show when the 402 happened in the time zone it is given', async () => {
    const { dialog } = await open402(suspended, { locale: 'en-US', modal: { timeZone: 'Asia/Tokyo' } })

    expect(dialog.querySelector('time')).toHaveTextContent('May 25, 2026, 9:34:56 PM GMT+9')
  })

  it('should fall back to the selection API without a clipboard, and say when copying failed', async () => {
    const { user, dialog } = await open402(suspended)
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined })
    const execCommand = vi.fn(() => false)
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand })

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }))

    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Could not copy. Select the details to copy them.',
    )
    Reflect.deleteProperty(navigator, 'clipboard')
    Reflect.deleteProperty(document, 'execCommand')
  })

  it('should be axe clean with the support details and the copy result shown', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    const { user, dialog } = await open402(suspended)
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }))
    await within(dialog).findByText('Copied')

    await expectNoAxeViolations()
    Reflect.deleteProperty(navigator, 'clipboard')
  })

  it('should link to the support page when the email is not a plain address, and open the docs of another origin in a new tab', async () => {
    const paywall: PaymentRequired = {
      ...suspended,
      support: { email: 'not an email', url: '/help' },
      docUrl: 'https://docs.example.com/errors/402',
    }
    const { dialog } = await open402(paywall)

    const contact = within(dialog).getByRole('link', { name: 'Contact support' })
    expect(contact).toHaveAttribute('href', `${location.origin}/help`)
    expect(contact).not.toHaveAttribute('target')
    const docs = within(dialog).getByRole('link', { name: 'Learn more' })
    expect(docs).toHaveAttribute('href', 'https://docs.example.com/errors/402')
    expect(docs).toHaveAttribute('target', '_blank')
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('should keep the email link in the same tab', async () => {
    const { dialog } = await open402(suspended)

    expect(within(dialog).getByRole('link', { name: 'Contact support' })).not.toHaveAttribute('target')
  })

  it('should render no support block when its only links are unsafe', async () => {
    const paywall: PaymentRequired = {
      ...expired,
      support: { url: 'javascript:alert(1)' },
      docUrl: 'data:text/html,<script>alert(1)</script>',
    }
    const { dialog } = await open402(paywall)

    expect(dialog.querySelector('.pwk-modal__support')).toBeNull()
    expect(document.documentElement.innerHTML).not.toContain('javascript:')
  })

  it('should keep a same-origin action in the same tab', async () => {
    const { dialog } = await open402(suspended)
    const action = within(dialog).getByRole('link', { name: 'View and Pay Invoice' })

    expect(action).toHaveAttribute('href', `${location.origin}/billing/invoice`)
    expect(action).not.toHaveAttribute('target')
  })
})

describe('given an action URL that is not safe', () => {
  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['off the allowlist', 'https://evil.example.net/pay'],
  ])('should never put a %s action into the DOM, and tell the developer', async (_, url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const paywall: PaymentRequired = { ...expired, action: { url, label: 'Pay now' } }
    const { dialog } = await open402(paywall, { allowedOrigins: ['https://billing.acme.com'] })

    expect(within(dialog).queryByRole('link', { name: 'Pay now' })).not.toBeInTheDocument()
    expect(document.documentElement.innerHTML).not.toContain(url.slice(0, 20))
    expect(within(dialog).getByRole('button', { name: 'Not now' })).toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`Modal.Action` dropped its href'))
  })

  it('should drop an off-allowlist action even when the body carried it', async () => {
    const paywall = parse({ error: 'upgrade_required', upgrade_url: 'https://evil.example.net/pay' })
    const { dialog } = await open402(paywall, { allowedOrigins: ['https://billing.acme.com'] })

    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument()
    expect(document.documentElement.innerHTML).not.toContain('evil.example.net')
  })
})

describe('given the modal is open', () => {
  it('should move focus into it, and back to the control that caused the 402 on "Not now"', async () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const { user, dialog } = await open402(expired, { onEvent })
    expect(dialog).toContainElement(document.activeElement as HTMLElement)

    await user.click(within(dialog).getByRole('button', { name: 'Not now' }))

    await waitFor(() => expect(screen.getByRole('button', { name: 'Load reports' })).toHaveFocus())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(onEvent.mock.calls.map(([event]) => event.type)).toContain('paywall_dismissed')
    expectPageUsable()
  })

  it('should close when the app resolves the paywall, and give focus back', async () => {
    const { user, dialog } = await open402(expired, { modal: { children: <PaidButton /> } })

    await user.click(within(dialog).getByRole('button', { name: 'I have paid' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Load reports' })).toHaveFocus()
    expectPageUsable()
  })

  it('should close on Escape and give focus back', async () => {
    const { user } = await open402(expired)

    await user.keyboard('{Escape}')

    await waitFor(() => expect(screen.getByRole('button', { name: 'Load reports' })).toHaveFocus())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expectPageUsable()
  })

  it('should close on the close button, named for screen readers', async () => {
    const { user, dialog } = await open402(expired)

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await waitFor(() => expect(screen.getByRole('button', { name: 'Load reports' })).toHaveFocus())
    expectPageUsable()
  })

  it('should hide the rest of the page from assistive technology while open', async () => {
    await open402(expired)

    expect(screen.queryByRole('button', { name: 'Load reports' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Load reports', hidden: true })).toBeInTheDocument()
  })

  it('should leave the page usable when it is unmounted while open', async () => {
    const { view } = await open402(expired)

    view.rerender(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <main>
            <button type="button">Load reports</button>
          </main>
        </PaywallProvider>
      </QueryClientProvider>,
    )

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expectPageUsable())
    expect(screen.getByRole('button', { name: 'Load reports' })).toBeInTheDocument()
  })

  it('should not reopen by itself after "Not now", but reopen when the user asks', async () => {
    const { user, dialog } = await open402(expired)
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Load reports' }))

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
  })
})

describe('given the user follows the action link', () => {
  it('should close the modal, give focus back and record the click, not a "Not now"', async () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const { user, dialog } = await open402(expired, { onEvent })
    const action = within(dialog).getByRole('link', { name: 'Renew subscription' })
    // jsdom cannot navigate: stop the link after React has handled the click. (On the link itself the
    // listener would run first, and a prevented click means the app vetoed the action.)
    document.addEventListener('click', (event) => event.preventDefault(), { once: true })

    await user.click(action)

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(screen.getByRole('button', { name: 'Load reports' })).toHaveFocus())
    expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual(['paywall_shown', 'action_clicked'])
    expectPageUsable()
  })

  it('should stay closed for background 402s while the user pays, and reopen when the user asks', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider allowedOrigins={allowedOrigins}>
          <LoadButton paywall={expired} />
          <BackgroundButton paywall={expired} />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Load reports' }))
    const action = within(await screen.findByRole('dialog')).getByRole('link', { name: 'Renew subscription' })
    // jsdom cannot navigate: stop the link after React has handled the click. (On the link itself the
    // listener would run first, and a prevented click means the app vetoed the action.)
    document.addEventListener('click', (event) => event.preventDefault(), { once: true })
    await user.click(action)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Refetch in the background' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Load reports' }))
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
  })

  it('should tell a controlled modal through onOpenChange', async () => {
    const onOpenChange = vi.fn()
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent} allowedOrigins={allowedOrigins}>
          <LoadButton paywall={expired} />
          <ControlledModal onOpenChange={onOpenChange} />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Load reports' }))
    const action = within(await screen.findByRole('dialog')).getByRole('link', { name: 'Renew subscription' })
    // jsdom cannot navigate: stop the link after React has handled the click. (On the link itself the
    // listener would run first, and a prevented click means the app vetoed the action.)
    document.addEventListener('click', (event) => event.preventDefault(), { once: true })

    await user.click(action)

    expect(onOpenChange).toHaveBeenCalledWith(false)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onEvent.mock.calls.map(([event]) => event.type)).not.toContain('paywall_dismissed')
  })
})

describe('given messages', () => {
  it('should use the provider’s copy for the reason and the modal’s own overrides', async () => {
    const messages: PaywallMessagesOverride = {
      reasons: { subscription_expired: { title: 'Ihr Abo ist abgelaufen', action: 'Abo erneuern' } },
    }
    const { dialog } = await open402(expired, {
      messages,
      modal: { messages: { modal: { dismiss: 'Später' } } },
    })

    expect(dialog).toHaveAccessibleName('Ihr Abo ist abgelaufen')
    expect(within(dialog).getByRole('link', { name: 'Abo erneuern' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Später' })).toBeInTheDocument()
    // The server's own human message is kept.
    expect(dialog).toHaveAccessibleDescription('Your subscription has expired')
  })
})

describe('given the headless parts', () => {
  it('should forward refs, spread props, and render a child element with asChild', async () => {
    const title = createRef<HTMLHeadingElement>()
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <LoadButton paywall={suspended} />
          <Modal.Root>
            <Modal.Portal>
              <Modal.Content data-testid="content" aria-describedby={undefined}>
                <Modal.Title ref={title} data-extra="yes" />
                <Modal.Action asChild>
                  <RouterLink className="my-link">Go to billing</RouterLink>
                </Modal.Action>
                <Modal.Dismiss className="my-dismiss" />
              </Modal.Content>
            </Modal.Portal>
          </Modal.Root>
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Load reports' }))
    const dialog = await screen.findByRole('dialog')

    expect(title.current).toBe(within(dialog).getByRole('heading', { name: 'Your account is on hold' }))
    expect(title.current).toHaveAttribute('data-extra', 'yes')
    expect(screen.getByTestId('content')).toHaveAttribute('data-state', 'open')
    const link = within(dialog).getByRole('link', { name: 'Go to billing' })
    expect(link).toHaveClass('my-link', 'pwk-modal__action')
    expect(link).toHaveAttribute('href', `${location.origin}/billing/invoice`)
    expect(within(dialog).getByRole('button', { name: 'Not now' })).toHaveClass('my-dismiss')
  })

  it('should throw an actionable error when a part is used outside Modal.Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Modal.AfterPayment />)).toThrow(
      '`Modal.AfterPayment` must be used within `Modal.Root`',
    )
  })

  it('should render nothing for plans, usage, support and try-again when the 402 has none', async () => {
    const bare = parse({ error: 'Payment Required', message: 'This request requires payment to proceed' })
    const { dialog } = await open402(bare)

    expect(within(dialog).queryByRole('region')).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Copy' })).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    expect(dialog.querySelector('.pwk-modal__usage')).toBeNull()
  })
})

describe('given asChild with an empty child element', () => {
  it('should fill every part that has a default with it', async () => {
    const withEverything = parse({
      status: 402,
      code: 'ACCOUNT_SUSPENDED_PAYMENT',
      message: 'Your account is suspended due to an unpaid invoice.',
      action: { type: 'link', url: '/billing/invoice', text: 'View and Pay Invoice' },
      usage: { limit: 1000, used: 1000 },
      plans: [{ name: 'Pro', price: '$29.99/month' }],
      request_id: 'req_42',
    })
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider accessReturnsInstantly>
          <Modal.Root open paywall={withEverything}>
            <Modal.Portal>
              <Modal.Content>
                <Modal.Close asChild>
                  <button type="button" />
                </Modal.Close>
                <Modal.Title asChild>
                  {/* biome-ignore lint/a11y/useHeadingContent: the part fills it with the default title */}
                  <h2 />
                </Modal.Title>
                <Modal.Description asChild>
                  <div />
                </Modal.Description>
                <Modal.Usage asChild>
                  <div data-testid="usage" />
                </Modal.Usage>
                <Modal.Plans asChild>
                  <section />
                </Modal.Plans>
                <Modal.Action asChild>
                  <RouterLink />
                </Modal.Action>
                <Modal.Dismiss asChild>
                  <button type="button" />
                </Modal.Dismiss>
                <Modal.AfterPayment asChild>
                  <div data-testid="after-payment" />
                </Modal.AfterPayment>
                <Modal.Support asChild>
                  <aside />
                </Modal.Support>
              </Modal.Content>
            </Modal.Portal>
          </Modal.Root>
        </PaywallProvider>
      </QueryClientProvider>,
    )
    const dialog = await screen.findByRole('dialog')

    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Your account is on hold')
    expect(dialog).toHaveAccessibleName('Your account is on hold')
    expect(dialog).toHaveAccessibleDescription('Your account is suspended due to an unpaid invoice.')
    expect(screen.getByTestId('usage')).toHaveTextContent('1,000 of 1,000 used')
    expect(within(dialog).getByRole('region', { name: 'Plans' })).toHaveTextContent('Pro$29.99/month')
    expect(within(dialog).getByRole('link', { name: 'View and Pay Invoice' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Not now' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveTextContent('×')
    expect(screen.getByTestId('after-payment')).toHaveTextContent('Access returns right away after payment.')
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument()
  })
})

/** The modal's parts with a consumer `onClick` on each part that has a behaviour of its own. */
function VetoedModal({
  veto,
  onCloseAutoFocus,
}: {
  veto: (event: { preventDefault: () => void }) => void
  onCloseAutoFocus?: (event: Event) => void
}) {
  return (
    <Modal.Root>
      <Modal.Portal>
        <Modal.Content onCloseAutoFocus={onCloseAutoFocus}>
          <Modal.Title />
          <Modal.Description />
          <Modal.Action onClick={veto} />
          <Modal.Dismiss onClick={veto} />
          <Modal.Close asChild>
            <button type="button" onClick={veto}>
              Close the paywall
            </button>
          </Modal.Close>
        </Modal.Content>
      </Modal.Portal>
    </Modal.Root>
  )
}

describe('given a consumer handler that calls preventDefault', () => {
  async function openVetoed(props: Parameters<typeof VetoedModal>[0]) {
    const user = userEvent.setup()
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider onEvent={onEvent} allowedOrigins={allowedOrigins}>
          <LoadButton paywall={suspended} />
          <VetoedModal {...props} />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Load reports' }))
    const dialog = await screen.findByRole('dialog')
    return { user, dialog, eventTypes: () => onEvent.mock.calls.map(([event]) => event.type) }
  }

  it('should neither follow the action nor close for Action', async () => {
    const veto = vi.fn((event: { preventDefault: () => void }) => event.preventDefault())
    const { user, dialog, eventTypes } = await openVetoed({ veto })

    await user.click(within(dialog).getByRole('link', { name: 'View and Pay Invoice' }))

    expect(veto).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(eventTypes()).not.toContain('action_clicked')
  })

  it('should keep the modal open for Dismiss and for Close with asChild', async () => {
    const veto = vi.fn((event: { preventDefault: () => void }) => event.preventDefault())
    const { user, dialog, eventTypes } = await openVetoed({ veto })

    await user.click(within(dialog).getByRole('button', { name: 'Not now' }))
    await user.click(within(dialog).getByRole('button', { name: 'Close the paywall' }))

    expect(veto).toHaveBeenCalledTimes(2)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(eventTypes()).not.toContain('paywall_dismissed')
  })

  it('should leave focus alone on close when onCloseAutoFocus is prevented', async () => {
    const { user } = await openVetoed({
      veto: () => {},
      onCloseAutoFocus: (event) => event.preventDefault(),
    })

    await user.keyboard('{Escape}')

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Load reports' })).not.toHaveFocus()
  })
})
