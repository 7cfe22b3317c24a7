import { useEffect, useId, useRef, useState } from 'react'
import { CardDeclinedError, useAccount, useInvoices, usePlans, useUpdatePaymentMethod } from '../api/queries'
import type { Account, Plan } from '../api/types'
import { Badge } from '../components/badge'
import { Callout } from '../components/callout'
import { Card } from '../components/card'
import { EmptyState } from '../components/empty-state'
import { BillingIcon, CheckIcon, FileIcon, SparkIcon } from '../components/icons'
import { Page } from '../components/page'
import { SkeletonBlock } from '../components/skeleton'
import {
  featureName,
  formatCard,
  formatDate,
  formatMoney,
  formatNumber,
  stateLabel,
  stateTone,
} from '../format'
import { hrefFor } from '../router/routes'
import { toast } from '../toasts'

/** Credit packs on sale; the API prices credits at $0.10 each. */
export const creditPacks = [
  { amount: 100, price: 10 },
  { amount: 500, price: 45 },
]

const planRank: Record<string, number> = { free: 0, pro: 1, business: 2 }

function planDates(account: Account): [string, string][] {
  const rows: [string, string][] = []
  if (account.trialEndsAt) rows.push(['Trial ends', formatDate(account.trialEndsAt)])
  if (account.graceEndsAt) rows.push(['Grace period ends', formatDate(account.graceEndsAt)])
  if (account.renewsAt) rows.push(['Renews', formatDate(account.renewsAt)])
  else if (account.expiresAt) {
    rows.push([
      new Date(account.expiresAt) < new Date(account.now) ? 'Ended' : 'Ends',
      formatDate(account.expiresAt),
    ])
  }
  return rows
}

/** What brought the user here: a paywall action (`?upgrade=<feature>&reason=<reason>`), a banner or a meter. */
export type Arrival = 'credits' | 'payment' | 'plans' | null

const paymentReasons = new Set(['payment_failed', 'invoice_unpaid'])

export function arrivalOf(params: URLSearchParams, account: Account | undefined): Arrival {
  const reason = params.get('reason')
  if (params.has('credits') || reason === 'insufficient_credits') return 'credits'
  if (params.has('update') || (reason !== null && paymentReasons.has(reason))) return 'payment'
  if (params.has('upgrade')) return 'plans'
  return account?.billingIssue ? 'payment' : null
}

/** A short note on what to do here, from the link that brought the user. */
function ArrivalNote({ arrival, feature }: { arrival: Arrival; feature: string | null }) {
  if (arrival === 'credits') {
    return (
      <Callout tone="info" title="Top up AI credits" role="status">
        Pick a credit pack below. Your summary is waiting for you on the AI summaries page.
      </Callout>
    )
  }
  if (arrival === 'payment') {
    return (
      <Callout tone="warning" title="Update your payment method" role="status">
        Your last payment did not go through. Add a working card below and your plan continues right away.
      </Callout>
    )
  }
  if (arrival === 'plans') {
    const quota = feature === 'api_calls'
    return (
      <Callout
        tone="info"
        title={quota ? 'Get more API calls' : `Unlock ${featureName(feature ?? undefined) ?? 'this feature'}`}
        role="status"
      >
        {quota
          ? 'Pick a plan with a higher monthly limit below. New calls go through as soon as the payment does.'
          : 'Choose a plan below. Access returns as soon as the payment goes through.'}
      </Callout>
    )
  }
  return null
}

function CurrentPlan({ account }: { account: Account }) {
  const dates = planDates(account)
  return (
    <Card
      title="Current plan"
      headingId="current-plan-title"
      actions={<Badge tone={stateTone(account.state)}>{stateLabel(account.state)}</Badge>}
    >
      <div className="plan-summary">
        <p className="plan-summary__name">{account.plan.name}</p>
        <dl className="kv">
          {dates.map(([term, value]) => (
            <div key={term} className="kv__row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div className="kv__row">
            <dt>Payment method</dt>
            <dd>{account.paymentMethod ? formatCard(account.paymentMethod) : 'None on file'}</dd>
          </div>
          <div className="kv__row">
            <dt>AI credits</dt>
            <dd>{formatNumber(account.credits)}</dd>
          </div>
        </dl>
      </div>
    </Card>
  )
}

function planAction(plan: Plan, account: Account) {
  const current = account.plan.id === plan.id
  if (current && account.entitled) return { label: 'Current plan', disabled: true }
  if (current) return { label: `Renew ${plan.name}`, disabled: false }
  if (plan.id === 'free') return { label: 'Included', disabled: true }
  const rank = planRank[plan.id] ?? 0
  const currentRank = planRank[account.plan.id] ?? 0
  return { label: rank > currentRank ? `Upgrade to ${plan.name}` : `Switch to ${plan.name}`, disabled: false }
}

function Plans({ account, highlight }: { account: Account; highlight: boolean }) {
  const plans = usePlans()
  return (
    <Card
      title="Plans"
      headingId="plans-title"
      description="Change plans any time. Upgrades apply immediately."
      className={highlight ? 'card--highlight' : undefined}
      id="plans"
    >
      {plans.isPending ? (
        <SkeletonBlock label="Loading plans" lines={4} />
      ) : plans.isError ? (
        <Callout tone="danger" title="Plans could not be loaded" role="alert">
          {plans.error.message}
        </Callout>
      ) : (
        <ul className="plan-grid">
          {plans.data.map((plan) => {
            const action = planAction(plan, account)
            const current = account.plan.id === plan.id
            return (
              <li key={plan.id} className="plan-card" data-current={current ? 'true' : 'false'}>
                <div className="plan-card__header">
                  <h3 className="plan-card__name">{plan.name}</h3>
                  {plan.id === 'pro' ? <Badge tone="info">Popular</Badge> : null}
                </div>
                <p className="plan-card__price">{plan.price}</p>
                <ul className="plan-card__features">
                  {plan.features.map((feature) => (
                    <li key={feature}>
                      <CheckIcon width={16} height={16} /> {feature}
                    </li>
                  ))}
                </ul>
                {action.disabled ? (
                  <button type="button" className="button button--secondary button--block" disabled>
                    {action.label}
                  </button>
                ) : (
                  <a
                    className={`button button--block ${plan.id === 'pro' ? 'button--primary' : 'button--secondary'}`}
                    href={hrefFor('checkout', { plan: plan.id })}
                  >
                    {action.label}
                  </a>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </Card>
  )
}

function PaymentMethod({ account, focus }: { account: Account; focus: boolean }) {
  const update = useUpdatePaymentMethod()
  const [number, setNumber] = useState('4242 4242 4242 4242')
  const inputId = useId()
  const errorId = useId()
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (focus) inputRef.current?.scrollIntoView({ block: 'center' })
  }, [focus])

  const declined = update.error instanceof CardDeclinedError ? update.error.message : null
  return (
    <Card
      title="Payment method"
      headingId="payment-method-title"
      description={account.paymentMethod ? `${formatCard(account.paymentMethod)} on file` : 'No card on file'}
      className={account.billingIssue || focus ? 'card--highlight' : undefined}
      id="payment-method"
    >
      <form
        className="card-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (update.isPending) return
          update.mutate(
            { number: number.replace(/\s+/g, '') },
            { onSuccess: () => toast({ tone: 'success', title: 'Payment method updated' }) },
          )
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            Card number
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="input input--mono"
            inputMode="numeric"
            autoComplete="cc-number"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            aria-invalid={declined ? true : undefined}
            aria-describedby={declined ? errorId : undefined}
            required
          />
          <p className="field__hint">
            Test mode: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.
          </p>
          {declined ? (
            <p className="field__error" id={errorId} role="alert">
              {declined}
            </p>
          ) : null}
          {update.error && !declined ? (
            <p className="field__error" role="alert">
              {update.error.message}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={update.isPending}>
            <BillingIcon width={18} height={18} />
            {update.isPending ? 'Saving…' : 'Update card'}
          </button>
        </div>
      </form>
    </Card>
  )
}

function Credits({ account, highlight }: { account: Account; highlight: boolean }) {
  return (
    <Card
      title="AI credits"
      headingId="credits-title"
      description={`${formatNumber(account.credits)} credits left. One credit per AI summary.`}
      className={highlight ? 'card--highlight' : undefined}
      id="credits"
    >
      <ul className="pack-grid">
        {creditPacks.map((pack) => (
          <li key={pack.amount} className="pack">
            <SparkIcon />
            <span className="pack__amount">{formatNumber(pack.amount)} credits</span>
            <span className="pack__price">{formatMoney(pack.price)}</span>
            <a
              className="button button--secondary button--small"
              href={hrefFor('checkout', { credits: String(pack.amount) })}
              aria-label={`Buy ${formatNumber(pack.amount)} credits for ${formatMoney(pack.price)}`}
            >
              Buy
            </a>
          </li>
        ))}
      </ul>
    </Card>
  )
}

function Invoices() {
  const invoices = useInvoices()
  return (
    <Card title="Invoices" headingId="invoices-title">
      {invoices.isPending ? (
        <SkeletonBlock label="Loading invoices" lines={3} />
      ) : invoices.isError ? (
        <Callout tone="danger" title="Invoices could not be loaded" role="alert">
          {invoices.error.message}
        </Callout>
      ) : invoices.data.length === 0 ? (
        <EmptyState icon={<FileIcon />} title="No invoices yet">
          Invoices appear here after your first payment.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Description</th>
                <th scope="col" className="table__number">
                  Amount
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {invoices.data.map((invoice) => (
                <tr key={invoice.id}>
                  <td>{formatDate(invoice.date)}</td>
                  <td>{invoice.description ?? invoice.id}</td>
                  <td className="table__number">{formatMoney(invoice.amount, invoice.currency)}</td>
                  <td>
                    <Badge
                      tone={
                        invoice.status === 'paid'
                          ? 'success'
                          : invoice.status === 'open'
                            ? 'danger'
                            : 'neutral'
                      }
                    >
                      {invoice.status === 'paid' ? 'Paid' : invoice.status === 'open' ? 'Open' : 'Void'}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  )
}

/** Plan and state, plans, payment method, credits and invoices. */
export function BillingPage({ params }: { params: URLSearchParams }) {
  const account = useAccount()
  const arrival = arrivalOf(params, account.data)
  return (
    <Page title="Billing" description="Your plan, payment method, credits and invoices.">
      {account.isPending ? (
        <Card>
          <SkeletonBlock label="Loading your plan" lines={4} />
        </Card>
      ) : account.isError ? (
        <Callout tone="danger" title="Your account could not be loaded" role="alert">
          {account.error.message}
        </Callout>
      ) : (
        <>
          <ArrivalNote arrival={arrival} feature={params.get('upgrade')} />
          <div className="billing-grid">
            <CurrentPlan account={account.data} />
            <PaymentMethod account={account.data} focus={arrival === 'payment'} />
          </div>
          <Plans account={account.data} highlight={arrival === 'plans'} />
          <Credits account={account.data} highlight={arrival === 'credits'} />
          <Invoices />
        </>
      )}
    </Page>
  )
}
