import type { PaymentRequired, PaywallPlan } from '@paywall-kit/react'
import { Dialog } from 'radix-ui'
import { useCallback, useState } from 'react'
import { api } from '../api/client'

interface PendingCheckout {
  plan: PaywallPlan | undefined
  done: () => void
  fail: (error: Error) => void
}

/**
 * The checkout as an overlay, as Stripe Checkout, Paddle or Lemon Squeezy open one (`?checkout=overlay`):
 * the paywall's `onAction` opens it with the picked plan and waits; "Pay" buys the plan on the mock
 * billing API (`POST /api/checkout`) and settles the hand-off, so the kit unlocks and refetches.
 * Returns the `onAction` to give the provider and the overlay to render.
 */
export function useCheckoutOverlay() {
  const [pending, setPending] = useState<PendingCheckout | null>(null)
  const [error, setError] = useState<string>()
  const onAction = useCallback(
    (_paywall: PaymentRequired, plan: PaywallPlan | undefined) =>
      new Promise<void>((done, fail) => {
        setError(undefined)
        setPending({ plan, done, fail })
      }),
    [],
  )
  const planName = pending?.plan?.name ?? 'Pro'
  const pay = async () => {
    if (!pending) return
    try {
      await api('/api/checkout', { method: 'POST', json: { planId: pending.plan?.id ?? 'pro' } })
      pending.done()
      setPending(null)
    } catch {
      setError('The payment did not go through. Try again.')
    }
  }
  const overlay = (
    <Dialog.Root
      open={pending !== null}
      onOpenChange={(open) => {
        if (open || !pending) return
        pending.fail(new Error('Checkout closed'))
        setPending(null)
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="pwk-modal__overlay" />
        <Dialog.Content className="pwk-modal__content checkout-overlay">
          <Dialog.Title className="pwk-modal__title">Acme Pay</Dialog.Title>
          <Dialog.Description className="pwk-modal__description">
            {`${planName}, billed monthly to the test card ending 4242. Test mode: no real money moves.`}
          </Dialog.Description>
          {error && (
            <p role="alert" className="pwk-modal__error">
              {error}
            </p>
          )}
          <div className="pwk-modal__actions">
            <button type="button" className="pwk-button" onClick={() => void pay()}>
              {`Pay for ${planName}`}
            </button>
            <Dialog.Close className="pwk-button pwk-modal__dismiss">Cancel</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
  return { onAction, overlay }
}
