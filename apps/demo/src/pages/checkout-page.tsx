import { usePaywall } from '@paywall-kit/react'
import { useEffect, useId, useRef, useState } from 'react'
import {
  CardDeclinedError,
  useAccount,
  useBuyCredits,
  useCheckout,
  usePlans,
  useRefreshAccount,
  useUpdatePaymentMethod,
} from '../api/queries'
import { Callout } from '../components/callout'
import { Card } from '../components/card'
import { creditPacks } from '../components/credit-packs'
import { ArrowLeftIcon, CheckIcon, LockIcon } from '../components/icons'
import { Page } from '../components/page'
import { SkeletonBlock } from '../components/skeleton'
import { formatCard, formatMoney, formatNumber } from '../format'
import { returnPage } from '../router/router'
import { hrefFor, routes } from '../router/routes'

interface Order {
  kind: 'plan' | 'credits'
  title: string
  price: string
  /** Shown under the title: what changes after paying. */
  detail: string
  planId?: string
  amount?: number
}

function useOrder(params: URLSearchParams): Order | null | undefined {
  const plans = usePlans()
  const credits = Number(params.get('credits'))
  if (params.has('credits')) {
    if (!Number.isInteger(credits) || credits <= 0 || credits > 100_000) return null
    const pack = creditPacks.find((item) => item.amount === credits)
    return {
      kind: 'credits',
      title: `${formatNumber(credits)} AI credits`,
      price: formatMoney(pack?.price ?? credits * 0.1),
      detail: 'Credits are added to your balance as soon as the payment goes through.',
      amount: credits,
    }
  }
  const planId = params.get('plan')
  if (!planId) return null
  if (plans.isPending) return undefined
  const plan = plans.data?.find((item) => item.id === planId)
  if (!plan || plan.id === 'free') return null
  return {
    kind: 'plan',
    title: `Acme Analytics ${plan.name}`,
    price: plan.price,
    detail: 'Billed monthly. Cancel any time. Access starts right after payment.',
    planId: plan.id,
  }
}

/**
 * A mock checkout, as a payment provider's hosted page would be: pays, then tells the kit with
 * `resolve()`, which refetches each query that hit the paywall once and unlocks.
 */
export function CheckoutPage({ params }: { params: URLSearchParams }) {
  const order = useOrder(params)
  const account = useAccount()
  const checkout = useCheckout()
  const buyCredits = useBuyCredits()
  const updateCard = useUpdatePaymentMethod()
  const refreshAccount = useRefreshAccount()
  const { resolve } = usePaywall()
  const [number, setNumber] = useState('4242 4242 4242 4242')
  const [status, setStatus] = useState<'idle' | 'paying' | 'paid'>('idle')
  const [error, setError] = useState<string | null>(null)
  const cardId = useId()
  const doneRef = useRef<HTMLHeadingElement>(null)
  const back = returnPage()
  const backName = back.name === 'not_found' ? 'overview' : back.name
  const backHref = `#${back.path}${back.params.size > 0 ? `?${back.params}` : ''}`

  useEffect(() => {
    if (status === 'paid') doneRef.current?.focus()
  }, [status])

  if (order === undefined || account.isPending) {
    return (
      <Page title="Checkout">
        <Card>
          <SkeletonBlock label="Loading your order" lines={4} />
        </Card>
      </Page>
    )
  }
  if (order === null) {
    return (
      <Page title="Checkout">
        <Callout
          tone="warning"
          title="There is nothing to pay for"
          action={
            <a className="button button--secondary button--small" href={hrefFor('billing')}>
              Go to Billing
            </a>
          }
        >
          This checkout link is incomplete or out of date. Choose a plan or a credit pack on the Billing page.
        </Callout>
      </Page>
    )
  }

  const needsCard = !account.data?.paymentMethod || account.data.billingIssue

  const pay = async () => {
    if (status === 'paying') return
    setStatus('paying')
    setError(null)
    try {
      if (needsCard) await updateCard.mutateAsync({ number: number.replace(/\s+/g, '') })
      if (order.kind === 'plan' && order.planId) await checkout.mutateAsync({ planId: order.planId })
      if (order.kind === 'credits' && order.amount) await buyCredits.mutateAsync({ amount: order.amount })
      // Paid: unlock, and refetch each query that hit the paywall (once each).
      await resolve()
      await refreshAccount()
      setStatus('paid')
    } catch (cause) {
      setStatus('idle')
      setError(
        cause instanceof CardDeclinedError
          ? cause.message
          : cause instanceof Error
            ? `The payment did not go through: ${cause.message}`
            : 'The payment did not go through.',
      )
    }
  }

  if (status === 'paid') {
    return (
      <Page title="Checkout">
        <Card className="checkout-done">
          <div className="checkout-done__icon" aria-hidden="true">
            <CheckIcon width={28} height={28} />
          </div>
          <h2 className="checkout-done__title" ref={doneRef} tabIndex={-1}>
            Payment successful
          </h2>
          <p className="checkout-done__text">
            {order.kind === 'plan'
              ? `You are on ${account.data?.plan.name ?? 'your new plan'}. Everything it includes is unlocked.`
              : `${order.title} were added. You have ${formatNumber(account.data?.credits ?? 0)} credits.`}
          </p>
          <a className="button button--primary" href={backHref}>
            <ArrowLeftIcon width={18} height={18} /> Back to {routes[backName].title}
          </a>
        </Card>
      </Page>
    )
  }

  return (
    <Page title="Checkout" description="Acme Pay · test mode, no real money moves.">
      <div className="checkout">
        <Card title="Order summary" headingId="order-title" className="checkout__summary">
          <div className="order">
            <div>
              <p className="order__title">{order.title}</p>
              <p className="order__detail">{order.detail}</p>
            </div>
            <p className="order__price">{order.price}</p>
          </div>
        </Card>
        <Card title="Payment" headingId="payment-title" className="checkout__payment">
          <form
            className="card-form"
            onSubmit={(event) => {
              event.preventDefault()
              void pay()
            }}
          >
            {needsCard ? (
              <div className="field">
                <label className="field__label" htmlFor={cardId}>
                  Card number
                </label>
                <input
                  id={cardId}
                  className="input input--mono"
                  inputMode="numeric"
                  autoComplete="cc-number"
                  value={number}
                  onChange={(event) => setNumber(event.target.value)}
                  required
                />
                <p className="field__hint">Test card 4242 4242 4242 4242; 4000 0000 0000 0002 is declined.</p>
              </div>
            ) : (
              <p className="checkout__card">
                Pay with {account.data?.paymentMethod ? formatCard(account.data.paymentMethod) : ''}
              </p>
            )}
            {error ? (
              <p className="field__error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="form-actions">
              <a className="button button--ghost" href={hrefFor('billing')}>
                Cancel
              </a>
              <button type="submit" className="button button--primary" aria-disabled={status === 'paying'}>
                <LockIcon width={18} height={18} />
                {status === 'paying' ? 'Processing…' : `Pay ${order.price}`}
              </button>
            </div>
          </form>
        </Card>
      </div>
    </Page>
  )
}
