import {
  GracePeriodBanner,
  type PaymentRequired,
  PaywallModal,
  type PaywallPlan,
  reasonCopy,
} from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { Dialog } from 'radix-ui'
import { useState } from 'react'
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { fetchJson, PremiumReports } from './support/acme'
import { paywallFor, ReportedPaywall } from './support/paywall-state'

const meta = {
  title: 'Components/PaywallModal/Next step',
  component: PaywallModal,
  parameters: { docs: { story: { inline: false, height: '640px' } } },
} satisfies Meta<typeof PaywallModal>

export default meta
type Story = StoryObj<typeof meta>

const bodyOf = (element: HTMLElement) => within(element.ownerDocument.body)

/** A declined card as most servers send it: no URL to go to. */
const declined = paywallFor('payment_failed', {
  action: undefined,
  requestId: undefined,
  timestamp: undefined,
})

/**
 * A 402 with no action URL (a Stripe `card_declined`), and the provider's `billingUrl`: the modal still
 * offers one clear next step. No "Access returns right away" line: nothing said so.
 */
export const BillingFallback: Story = {
  parameters: { paywall: { billingUrl: { payment_failed: '/billing/payment-method', default: '/billing' } } },
  render: () => (
    <>
      <ReportedPaywall paywall={declined} />
      <PaywallModal />
    </>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await bodyOf(canvasElement).findByRole('dialog', {
      name: reasonCopy('payment_failed').title,
    })
    await expect(within(dialog).getByRole('link', { name: 'Update payment method' })).toHaveAttribute(
      'href',
      new URL('/billing/payment-method', canvasElement.ownerDocument.baseURI).href,
    )
    await expect(
      within(dialog).queryByText('Access returns right away after payment.'),
    ).not.toBeInTheDocument()
  },
}

const plans: PaywallPlan[] = [
  { id: 'free', name: 'Free', amount: 0, currency: 'USD', interval: 'month', current: true },
  { id: 'pro', name: 'Pro', amount: 29, currency: 'USD', interval: 'month', recommended: true },
  { id: 'business', name: 'Business', amount: 99, currency: 'USD', interval: 'month' },
]
const upgrade = paywallFor('upgrade_required', { plans, accessReturnsInstantly: true })

/**
 * Plans to choose from: a radio group (arrow keys), the current plan marked and not pickable, the
 * recommended one picked; the action follows the pick and hands it to `onAction`.
 */
export const PlanSwitch: Story = {
  args: { onAction: fn() },
  render: (args) => (
    <>
      <ReportedPaywall paywall={upgrade} />
      <PaywallModal {...args} locale="en-US" />
    </>
  ),
  play: async ({ canvasElement, args }) => {
    const dialog = await bodyOf(canvasElement).findByRole('dialog')
    const group = within(dialog).getByRole('radiogroup', { name: 'Plans' })
    const free = within(group).getByRole('radio', { name: /Free/ })
    const pro = within(group).getByRole('radio', { name: /Pro/ })
    await expect(free).toBeDisabled()
    await expect(free).toHaveAccessibleName(/Current plan/)
    await expect(pro).toBeChecked()
    await expect(pro).toHaveTextContent('$29.00 per month')

    pro.focus()
    // Held down as a person presses it: Radix picks the radio that gains focus while an arrow key is down.
    const press = async (key: string) => {
      await userEvent.keyboard(`{${key}>}`)
      await new Promise((done) => setTimeout(done, 50))
      await userEvent.keyboard(`{/${key}}`)
    }
    await press('ArrowDown')
    const business = within(group).getByRole('radio', { name: /Business/ })
    await waitFor(() => expect(business).toBeChecked())
    await expect(business).toHaveFocus()
    // The current plan is skipped: down from the last plan wraps to Pro.
    await press('ArrowDown')
    await waitFor(() => expect(pro).toBeChecked())
    await press('ArrowUp')
    await waitFor(() => expect(business).toBeChecked())

    await userEvent.click(within(dialog).getByRole('button', { name: 'Continue with Business' }))
    await expect(args.onAction).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'upgrade_required' }),
      expect.objectContaining({ id: 'business' }),
    )
  },
}

interface PendingCheckout {
  plan: PaywallPlan | undefined
  done: () => void
  fail: (error: Error) => void
}

/**
 * The app's checkout overlay (a Radix Dialog, as Stripe Checkout or Paddle would open): "Pay" buys the
 * plan on the mock billing API (`POST /api/checkout`) and settles the hand-off.
 */
function CheckoutOverlay({ pending, onClose }: { pending: PendingCheckout | null; onClose: () => void }) {
  const [error, setError] = useState<string>()
  const pay = async () => {
    if (!pending) return
    try {
      await fetchJson('/api/checkout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ planId: pending.plan?.id ?? 'pro' }),
      })
      pending.done()
      onClose()
    } catch {
      setError('The payment did not go through.')
    }
  }
  return (
    <Dialog.Root
      open={pending !== null}
      onOpenChange={(open) => {
        if (open || !pending) return
        pending.fail(new Error('Checkout closed'))
        onClose()
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="pwk-modal__overlay" />
        <Dialog.Content className="pwk-modal__content">
          <Dialog.Title className="pwk-modal__title">Checkout</Dialog.Title>
          <Dialog.Description className="pwk-modal__description">
            {pending?.plan ? `${pending.plan.name}, billed monthly. Test card 4242.` : 'Test card 4242.'}
          </Dialog.Description>
          {error && <p role="alert">{error}</p>}
          <div className="pwk-modal__actions">
            <button type="button" className="pwk-button" onClick={() => void pay()}>
              Pay
            </button>
            <Dialog.Close className="pwk-button pwk-modal__dismiss">Cancel</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

/** Premium reports behind a real 402 of the mock billing API, and a checkout overlay as the hand-off. */
function CheckoutFlow() {
  const [pending, setPending] = useState<PendingCheckout | null>(null)
  const onAction = (_paywall: PaymentRequired, plan: PaywallPlan | undefined) =>
    new Promise<void>((done, fail) => setPending({ plan, done, fail }))
  return (
    <>
      <PremiumReports />
      <PaywallModal onAction={onAction} />
      <CheckoutOverlay pending={pending} onClose={() => setPending(null)} />
    </>
  )
}

/**
 * The hand-off on the mock billing API (Free plan): the 402's primary action opens a checkout overlay;
 * the paywall waits ("Opening checkout…", announced); paying resolves it: the reports query is
 * refetched once and the lock opens.
 */
export const CheckoutOverlayFlow: Story = {
  parameters: { billing: { scenario: 'free' } },
  render: () => <CheckoutFlow />,
  play: async ({ canvasElement, canvas }) => {
    const body = bodyOf(canvasElement)
    const paywall = await body.findByRole('dialog', { name: reasonCopy('upgrade_required').title })
    await userEvent.click(within(paywall).getByRole('button', { name: /^Continue with/ }))

    const checkout = await body.findByRole('dialog', { name: 'Checkout' })
    // Under the overlay the paywall is hidden from assistive technology (Radix), so found with `hidden`.
    const pending = within(paywall).getByRole('button', { name: 'Opening checkout…', hidden: true })
    await expect(pending).toHaveAttribute('aria-busy', 'true')
    await expect(
      within(paywall).getByText('Opening checkout…', { selector: '[role="status"]' }),
    ).toBeInTheDocument()

    await userEvent.click(within(checkout).getByRole('button', { name: 'Pay' }))

    await waitFor(() => expect(body.queryByRole('dialog')).not.toBeInTheDocument())
    await expect(await canvas.findByRole('table', { name: 'Premium reports' })).toBeInTheDocument()
  },
}

/** The user closes the checkout overlay: the paywall says the checkout did not complete and stays. */
export const CheckoutCancelled: Story = {
  parameters: { billing: { scenario: 'free' } },
  render: () => <CheckoutFlow />,
  play: async ({ canvasElement }) => {
    const body = bodyOf(canvasElement)
    const paywall = await body.findByRole('dialog', { name: reasonCopy('upgrade_required').title })
    await userEvent.click(within(paywall).getByRole('button', { name: /^Continue with/ }))
    const checkout = await body.findByRole('dialog', { name: 'Checkout' })
    await userEvent.click(within(checkout).getByRole('button', { name: 'Cancel' }))

    await expect(await within(paywall).findByRole('alert')).toHaveTextContent(
      'Checkout could not be completed. Please try again.',
    )
    await expect(body.getByRole('dialog', { name: reasonCopy('upgrade_required').title })).toBeVisible()
  },
}

const declinedWithOwner = paywallFor('payment_failed', {
  action: undefined,
  billingOwner: { name: 'Dana Scully', email: 'dana@acme.example' },
})

/**
 * A team member who cannot pay (`canManageBilling: false`): who to ask, a button that copies the billing
 * link ("Link copied" announced), and "Ask for access" (`onRequestAccess`) instead of a payment button.
 */
export const TeamMemberCannotPay: Story = {
  parameters: {
    paywall: {
      canManageBilling: false,
      billingUrl: '/billing',
      onRequestAccess: fn(() => Promise.resolve()),
    },
  },
  render: () => (
    <>
      <ReportedPaywall paywall={declinedWithOwner} />
      <PaywallModal />
    </>
  ),
  play: async ({ canvasElement, parameters }) => {
    const dialog = await bodyOf(canvasElement).findByRole('dialog')
    await expect(dialog).toHaveTextContent(
      'Ask Dana Scully to update billing for this account so you can continue.',
    )
    await expect(
      within(dialog).queryByRole('link', { name: 'Update payment method' }),
    ).not.toBeInTheDocument()

    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy link to billing' }))
    await expect(writeText).toHaveBeenCalledWith(
      new URL('/billing', canvasElement.ownerDocument.baseURI).href,
    )
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Link copied')

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask for access' }))
    await expect(parameters.paywall.onRequestAccess).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Request sent'))
  },
}

/** The lock and the banner for a team member who cannot pay: "How to get access", and "Ask Dana…" with a copy-link action. */
export const TeamMemberLockAndBanner: Story = {
  parameters: {
    billing: { scenario: 'free' },
    paywall: { canManageBilling: false, billingOwner: 'Dana Scully' },
  },
  render: () => (
    <>
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        now={Date.parse('2026-11-25T12:00:00Z')}
        timeZone="UTC"
        actionHref="/billing"
      />
      <PremiumReports />
    </>
  ),
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('status', { name: 'Your payment failed' })
    await expect(banner).toHaveTextContent('Ask Dana Scully to update the payment method.')
    await expect(within(banner).getByRole('button', { name: 'Copy link to billing' })).toBeInTheDocument()
    await expect(await canvas.findAllByRole('button', { name: 'How to get access' })).not.toHaveLength(0)
    await expect(canvas.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument()
  },
}
