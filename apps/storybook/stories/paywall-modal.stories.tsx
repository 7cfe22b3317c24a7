import {
  Modal,
  type PaymentRequired,
  PaywallModal,
  type PaywallModalProps,
  type PaywallReason,
  reasonCopy,
} from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { AcmePaywallModal, ExportButton, fetchJson, PremiumReports } from './support/acme'
import { inDarkTheme } from './support/dark-theme'
import { paywallFor, ReportedPaywall } from './support/paywall-state'
import { countRequests, loadedOf } from './support/story-context'

const reasons: PaywallReason[] = [
  'subscription_expired',
  'payment_failed',
  'invoice_unpaid',
  'trial_ended',
  'quota_exceeded',
  'insufficient_credits',
  'upgrade_required',
  'payment_required',
]

const plans = [
  { id: 'pro', name: 'Pro', price: '$29/month' },
  { id: 'business', name: 'Business', price: '$99/month' },
]

type ModalStoryArgs = PaywallModalProps & {
  /** Why the server asked for payment; title, message and action label follow it. */
  reason: PaywallReason
  /** The server's own message; empty uses the reason's. */
  message: string
  /** Request id shown for support, with a copy button; empty hides it. */
  requestId: string
  /** Offer the Pro and Business plans. */
  withPlans: boolean
  /** The 402 carries usage (100 of 100 requests). */
  withUsage: boolean
}

const meta = {
  title: 'Components/PaywallModal',
  component: PaywallModal,
  tags: ['autodocs'],
  args: {
    reason: 'subscription_expired',
    message: '',
    requestId: 'req_7Hc2Qm9xLk',
    withPlans: true,
    withUsage: false,
    onOpenChange: fn(),
  },
  argTypes: {
    reason: { control: 'select', options: reasons },
    container: { control: false },
    children: { control: false },
    open: { control: 'boolean' },
  },
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  render: function Render({ reason, message, requestId, withPlans, withUsage, ...props }) {
    const paywall = useMemo(
      () =>
        paywallFor(reason, {
          ...(message && { message }),
          requestId: requestId || undefined,
          ...(withPlans && { plans }),
          ...(withUsage && {
            usage: { used: 100, limit: 100, unit: 'requests', resetsAt: '2026-12-01T00:00:00Z' },
          }),
        }),
      [reason, message, requestId, withPlans, withUsage],
    )
    return (
      <>
        <p>The paywall opens over the app when a request answers 402.</p>
        <ReportedPaywall paywall={paywall} />
        <PaywallModal {...props} locale={props.locale ?? 'en-US'} />
      </>
    )
  },
} satisfies Meta<ModalStoryArgs>

export default meta
type Story = StoryObj<typeof meta>

const bodyOf = (element: HTMLElement) => within(element.ownerDocument.body)

/** The drop-in modal for one 402. Every part of the paywall is a control. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const copy = reasonCopy('subscription_expired')
    const dialog = await bodyOf(canvasElement).findByRole('dialog', { name: copy.title })
    await expect(dialog).toHaveAccessibleDescription(copy.message)
    await expect(within(dialog).getByRole('link', { name: copy.action })).toHaveAttribute(
      'href',
      new URL('/billing', canvasElement.ownerDocument.baseURI).href,
    )
    await expect(within(dialog).getByRole('region', { name: 'Plans' })).toHaveTextContent(/Pro\s*\$29\/month/)
    await expect(within(dialog).getByText('req_7Hc2Qm9xLk')).toBeInTheDocument()
    await waitFor(() =>
      expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement),
    )
  },
}

/** The open dialog in the dark theme: overlay, focus ring and contrast. */
export const DefaultDark: Story = inDarkTheme(Default, 'Default (dark)')

/** A 402's contents for each reason, laid out side by side from the `Modal` parts (not as dialogs). */
const gallery: PaymentRequired[] = reasons.map((reason) =>
  paywallFor(reason, {
    ...(['subscription_expired', 'trial_ended', 'upgrade_required'].includes(reason) && { plans }),
    ...(reason === 'quota_exceeded' && {
      usage: { used: 10_000, limit: 10_000, unit: 'requests', resetsAt: '2026-12-01T00:00:00Z' },
      plans: plans.slice(1),
    }),
    ...(reason === 'invoice_unpaid' && { support: { email: 'billing@acme.example' } }),
    ...(reason === 'payment_required' && { action: undefined, requestId: undefined, timestamp: undefined }),
  }),
)

/** Every reason side by side: title, message, usage, plans, the one next step and the support details. */
export const AllStates: Story = {
  parameters: { docs: { story: { inline: true } } },
  render: () => (
    <div className="acme-gallery">
      {gallery.map((paywall) => (
        <figure key={paywall.reason} className="acme-gallery__item">
          <figcaption>{paywall.reason}</figcaption>
          <Modal.Root paywall={paywall} open={false} locale="en-US">
            <article className="pwk-modal__content acme-modal-preview">
              <Modal.Title />
              <Modal.Description />
              <Modal.Usage />
              {/* Named per card: the gallery shows eight plan lists at once, a real page one. */}
              <Modal.Plans aria-labelledby={undefined} aria-label={`Plans (${paywall.reason})`} />
              <div className="pwk-modal__actions">
                <Modal.Action />
                <Modal.Dismiss />
              </div>
              <Modal.AfterPayment />
              <Modal.Support />
            </article>
          </Modal.Root>
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const titles = canvas.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    await expect(titles).toEqual(reasons.map((reason) => reasonCopy(reason).title))
    await expect(canvas.getByText(/10,000 of 10,000 requests used/)).toBeInTheDocument()
    await expect(canvas.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      'mailto:billing@acme.example',
    )
    // Seven reasons carry an action URL; the generic one without a URL shows no dead button.
    await expect(
      canvas.getAllByRole('link', { name: /./ }).filter((link) => link.matches('.pwk-modal__action')),
    ).toHaveLength(7)
  },
}

/** The same states in the dark theme, so axe checks its contrast too. */
export const AllStatesDark: Story = inDarkTheme(AllStates, 'All States (dark)')

/**
 * Keyboard and focus on a real 402 (mock billing API, Free plan): "Export CSV" hits the paywall, focus
 * moves into the modal and stays there (Tab wraps), Escape closes it and focus returns to the button.
 * The dismissed paywall does not come back by itself.
 */
export const KeyboardAndFocus: Story = {
  parameters: { billing: { scenario: 'free' } },
  render: (args) => (
    <>
      <ExportButton />
      <PaywallModal onOpenChange={args.onOpenChange} />
    </>
  ),
  play: async (context) => {
    const { canvas, canvasElement, args } = context
    const document = canvasElement.ownerDocument
    const exportButton = canvas.getByRole('button', { name: 'Export CSV' })
    await userEvent.click(exportButton)

    const dialog = await bodyOf(canvasElement).findByRole('dialog', {
      name: reasonCopy('upgrade_required').title,
    })
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement))
    for (let step = 0; step < 8; step += 1) {
      await userEvent.tab()
      await expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(bodyOf(canvasElement).queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(exportButton).toHaveFocus())
    await expect(args.onOpenChange).toHaveBeenCalledWith(false)
    const { onEvent } = loadedOf(context)
    await expect(onEvent.mock.calls.filter(([event]) => event.type === 'paywall_dismissed')).toHaveLength(1)
    // The page is usable again: nothing left blocking the pointer.
    await expect(document.body.style.pointerEvents).not.toBe('none')
    await expect(countRequests(context, 'POST /api/exports')).toBe(1)
  },
}

/**
 * A mutation that hits the paywall is never replayed by itself: after paying elsewhere (here the pay
 * button does not tell the kit), "Try again" replays it once and the export goes through.
 */
export const TryAgainAfterPaying: Story = {
  parameters: { billing: { scenario: 'free' } },
  render: () => (
    <>
      <ExportButton />
      <AcmePaywallModal resolveAfterPayment={false} />
    </>
  ),
  play: async (context) => {
    const { canvas, canvasElement } = context
    await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }))
    const dialog = await bodyOf(canvasElement).findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pay $29 with card on file' }))
    await within(dialog).findByRole('button', { name: 'Paid' })
    await expect(countRequests(context, 'POST /api/exports')).toBe(1)

    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByRole('status')).toHaveTextContent('Export ready')
    await expect(bodyOf(canvasElement).queryByRole('dialog')).not.toBeInTheDocument()
    await expect(countRequests(context, 'POST /api/exports')).toBe(2)
  },
}

/** "Copy" puts the request id and time on the clipboard for support, and says so politely. */
export const CopyRequestId: Story = {
  parameters: { billing: { scenario: 'expired' } },
  render: () => (
    <>
      <PremiumReports />
      <PaywallModal />
    </>
  ),
  beforeEach() {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    return () => writeText.mockRestore()
  },
  play: async ({ canvasElement }) => {
    const dialog = await bodyOf(canvasElement).findByRole('dialog')
    const requestId = within(dialog).getByText(/^[0-9a-f]{32}$/).textContent ?? ''
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy' }))
    await expect(await within(dialog).findByRole('status')).toHaveTextContent('Copied')
    await expect(navigator.clipboard.writeText).toHaveBeenCalledTimes(1)
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(
      expect.stringContaining(`Request ID: ${requestId}`),
    )
  },
}

function FailingQuery({ status }: { status: number }) {
  const query = useQuery({
    queryKey: ['fail', status],
    queryFn: () => fetchJson(`/api/demo/fail/${status}`),
    retry: false,
  })
  return <li>{query.isError ? `${status}: ${query.error.message}` : `${status}: loading…`}</li>
}

/**
 * 401, 403, 404, 429 and 500 never open the paywall: they stay the app's errors to handle. Only the 402
 * (the premium reports) does, once.
 */
export const OnlyPaymentRequiredOpens: Story = {
  parameters: { billing: { scenario: 'expired' } },
  render: () => (
    <>
      <ul aria-label="Other errors">
        {[401, 403, 404, 429, 500].map((status) => (
          <FailingQuery key={status} status={status} />
        ))}
      </ul>
      <PremiumReports />
      <PaywallModal />
    </>
  ),
  play: async (context) => {
    const { canvas, canvasElement } = context
    await waitFor(() => expect(canvas.getAllByText(/failed with/)).toHaveLength(5))
    const dialogs = await bodyOf(canvasElement).findAllByRole('dialog')
    await expect(dialogs).toHaveLength(1)
    await expect(dialogs[0]).toHaveAccessibleName(reasonCopy('subscription_expired').title)
    const shown = loadedOf(context).onEvent.mock.calls.filter(([event]) => event.type === 'paywall_shown')
    await expect(shown).toHaveLength(1)
  },
}

/** Several 402s at once (reports, exports, AI summaries) become one modal, not a stack of them. */
export const ConcurrentPaywalls: Story = {
  parameters: { billing: { scenario: 'expired' } },
  render: () => (
    <>
      <PremiumReports />
      <PremiumReports dialect="flat" />
      <PremiumReports dialect="problem+json" />
      <PaywallModal />
    </>
  ),
  play: async (context) => {
    const { canvasElement } = context
    await bodyOf(canvasElement).findByRole('dialog')
    await waitFor(() => expect(countRequests(context, 'GET /api/reports')).toBe(3))
    await expect(bodyOf(canvasElement).getAllByRole('dialog')).toHaveLength(1)
    await expect(
      loadedOf(context).onEvent.mock.calls.filter(([event]) => event.type === 'paywall_shown'),
    ).toHaveLength(1)
  },
}

/**
 * A quota refused with `Retry-After: 90`: "Try again in 2 minutes", counting down without announcing
 * every step, and "Try again" disabled until the time is up.
 */
export const QuotaCountdown: Story = {
  args: { reason: 'quota_exceeded', withPlans: false, withUsage: true },
  render: function Render({
    reason,
    withUsage: _withUsage,
    withPlans: _withPlans,
    message: _message,
    requestId: _id,
    ...props
  }) {
    const paywall = useMemo(
      () =>
        paywallFor(reason, {
          retryAfter: 90,
          usage: { used: 100, limit: 100, unit: 'requests' },
        }),
      [reason],
    )
    return (
      <>
        <p>The API answered 429 with Retry-After: 90.</p>
        <ReportedPaywall paywall={paywall} />
        <PaywallModal {...props} locale={props.locale ?? 'en-US'} />
      </>
    )
  },
  play: async ({ canvasElement }) => {
    const dialog = await bodyOf(canvasElement).findByRole('dialog', {
      name: reasonCopy('quota_exceeded').title,
    })
    const countdown = dialog.querySelector('.pwk-modal__countdown') as HTMLElement
    await expect(countdown).toHaveTextContent(/Try again in (2 minutes|90 seconds)/)
    await expect(countdown).toHaveAttribute('data-state', 'running')
    await expect(countdown.querySelector('[aria-live="polite"]')).toHaveTextContent(/Try again in/)
    await expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull()
  },
}

/** The countdown in the dark theme. */
export const QuotaCountdownDark: Story = inDarkTheme(QuotaCountdown, 'Quota Countdown (dark)')
