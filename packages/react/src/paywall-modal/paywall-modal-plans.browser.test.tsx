import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PaywallProvider } from '../provider/paywall-provider'
import * as Modal from './paywall-modal-parts'
import '../styles.css'

// A free account's 402, as a billing backend lists its plans: the account's own plan marked current,
// the next one up recommended.
const paywall = parsePaymentRequired({
  status: 402,
  body: {
    error: { code: 'UPGRADE_REQUIRED', message: 'Reports are part of the Pro plan.' },
    upgrade_url: '/billing',
    plans: [
      { id: 'free', name: 'Free', amount: 0, currency: 'USD', interval: 'month', current: true },
      { id: 'pro', name: 'Pro', amount: 29, currency: 'USD', interval: 'month', recommended: true },
      { id: 'business', name: 'Business', amount: 99, currency: 'USD', interval: 'month' },
    ],
  },
}) as PaymentRequired

function renderModal(onAction?: () => void) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider onAction={onAction}>
        <Modal.Root open paywall={paywall}>
          <Modal.Portal>
            <Modal.Content>
              <Modal.Title />
              <Modal.Plans />
            </Modal.Content>
          </Modal.Portal>
        </Modal.Root>
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

/** Where each plan's price ends, and where its badge (if any) sits, on screen. */
function geometry(plans: HTMLElement[]) {
  return plans.map((plan) => {
    const price = within(plan)
      .getByText(/per month/)
      .getBoundingClientRect()
    const badge = plan.querySelector('.pwk-modal__plan-badge')?.getBoundingClientRect()
    return { priceStart: price.left, priceEnd: price.right, badgeEnd: badge?.right }
  })
}

afterEach(() => {
  cleanup()
})

describe.each([
  ['listed', undefined, 'listitem'],
  ['pickable', () => {}, 'radio'],
] as const)('given the plans %s in real Chromium', (_, onAction, role) => {
  it('should line the prices up at the end of their rows, a badge sitting after the plan name', async () => {
    renderModal(onAction)
    const dialog = await screen.findByRole('dialog')
    const plans = within(dialog).getAllByRole(role)

    const [free, pro, business] = geometry(plans)

    expect(pro?.priceEnd).toBeCloseTo(business?.priceEnd ?? Number.NaN, 0)
    expect(free?.priceEnd).toBeCloseTo(business?.priceEnd ?? Number.NaN, 0)
    expect(free?.badgeEnd).toBeLessThan(free?.priceStart ?? Number.NaN)
  })
})
