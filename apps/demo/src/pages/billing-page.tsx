import { useAccount } from '../api/queries'
import type { Account } from '../api/types'
import { Badge } from '../components/badge'
import { Callout } from '../components/callout'
import { Card } from '../components/card'
import { CreditPacks } from '../components/credit-packs'
import { InvoiceTable } from '../components/invoice-table'
import { Page } from '../components/page'
import { PaymentMethodForm } from '../components/payment-method-form'
import { PlanList } from '../components/plan-list'
import { SkeletonBlock } from '../components/skeleton'
import { featureName, formatCard, formatDate, formatNumber, stateLabel, stateTone } from '../format'

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

/** Which part of the page the link that brought the user points at. */
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
            <PaymentMethodForm account={account.data} focus={arrival === 'payment'} />
          </div>
          <PlanList account={account.data} highlight={arrival === 'plans'} />
          <CreditPacks account={account.data} highlight={arrival === 'credits'} />
          <InvoiceTable />
        </>
      )}
    </Page>
  )
}
