import { GracePeriodBanner, UsageMeter } from '@paywall-kit/react'
import { useAccount, useRunQuery, useUsage } from '../api/queries'
import type { Account, Meter } from '../api/types'
import { Callout } from '../components/callout'
import { Card } from '../components/card'
import { Page } from '../components/page'
import { SkeletonBlock } from '../components/skeleton'
import { chartThresholds, UsageChart } from '../components/usage-chart'
import { formatDate, formatNumber } from '../format'
import { hrefFor } from '../router/routes'

const graceStates = new Set(['grace_period', 'billing_retry'])

/** The account notice at the top of the Overview: grace banner, unpaid invoice, trial, expiry. */
function AccountNotice({ account }: { account: Account }) {
  // Once the grace period is over the API no longer sends its end; the renewal date (also past)
  // still tells the banner that access has ended, so it turns into an alert.
  const graceEnd = account.graceEndsAt ?? (account.state === 'billing_retry' ? account.expiresAt : undefined)
  if (graceStates.has(account.state) && graceEnd) {
    return (
      <GracePeriodBanner
        endsAt={graceEnd}
        serverNow={account.now}
        actionHref={hrefFor('billing', { update: 'payment' })}
      />
    )
  }
  if (account.state === 'invoice_unpaid') {
    return (
      <Callout
        tone="danger"
        title="Your latest invoice is unpaid"
        action={
          <a
            className="button button--primary button--small"
            href={hrefFor('billing', { update: 'payment' })}
          >
            Pay invoice
          </a>
        }
      >
        Premium features are paused until the invoice is paid. Your data is safe.
      </Callout>
    )
  }
  if (account.state === 'trialing' && account.trialEndsAt) {
    // The kit's trial-ending variant: "Your trial is ending · Trial ends in 3 days · Choose a plan".
    return (
      <GracePeriodBanner
        variant="trial-ending"
        endsAt={account.trialEndsAt}
        serverNow={account.now}
        actionHref={hrefFor('billing')}
      />
    )
  }

  return null
}

function MeterCard({ meter }: { meter: Meter }) {
  return (
    <div className="meter-card" data-meter={meter.id}>
      <UsageMeter
        label={meter.label}
        used={meter.used}
        limit={meter.limit ?? undefined}
        unit={meter.unit}
        // Only the API-call allowance renews each period; seats and storage are standing limits.
        resetsAt={meter.id === 'api_calls' ? meter.resetsAt : undefined}
        thresholds={[...chartThresholds]}
        actionHref={hrefFor('billing', { upgrade: meter.id })}
      />
    </div>
  )
}

/** Usage meters, the grace banner when relevant, the usage chart and a way to spend API calls. */
export function OverviewPage() {
  const account = useAccount()
  const usage = useUsage()
  const runQuery = useRunQuery()
  const apiCalls = usage.data?.meters.find((meter) => meter.id === 'api_calls')

  return (
    <Page
      title="Overview"
      description="How your workspace is using Acme Analytics in this billing period."
      actions={
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            if (!runQuery.isPending) runQuery.mutate()
          }}
          aria-disabled={runQuery.isPending}
        >
          {runQuery.isPending ? 'Running…' : 'Run a query'}
        </button>
      }
    >
      {account.data ? <AccountNotice account={account.data} /> : null}

      <section className="section" aria-labelledby="usage-title">
        <div className="section__header">
          <h2 id="usage-title" className="section__title">
            Usage
          </h2>
          {usage.data ? (
            <p className="section__meta">
              Billing period {formatDate(usage.data.periodStart)} – {formatDate(usage.data.periodEnd)}
            </p>
          ) : null}
        </div>
        {usage.isPending ? (
          <div className="meter-grid">
            {['API calls', 'Seats', 'Storage'].map((label) => (
              <div key={label} className="meter-card">
                <SkeletonBlock label={`Loading ${label}`} lines={3} />
              </div>
            ))}
          </div>
        ) : usage.isError ? (
          <Callout tone="danger" title="Usage could not be loaded" role="alert">
            {usage.error.message}{' '}
            <button type="button" className="link-button" onClick={() => usage.refetch()}>
              Try again
            </button>
          </Callout>
        ) : (
          <div className="meter-grid">
            {usage.data.meters.map((meter) => (
              <MeterCard key={meter.id} meter={meter} />
            ))}
          </div>
        )}
        {runQuery.isSuccess ? (
          <p className="section__meta" role="status">
            Query complete. {apiCalls ? `${formatNumber(apiCalls.used)} API calls used so far.` : ''}
          </p>
        ) : null}
      </section>

      <Card
        title="API calls this billing period"
        headingId="chart-title"
        description="Cumulative calls per day, with your plan's warning thresholds."
      >
        {usage.data ? (
          <UsageChart
            history={usage.data.history}
            limit={apiCalls?.limit ?? null}
            periodStart={usage.data.periodStart}
            periodEnd={usage.data.periodEnd}
          />
        ) : usage.isPending ? (
          <SkeletonBlock label="Loading the usage chart" lines={4} />
        ) : null}
      </Card>
    </Page>
  )
}
