// A React Server Component (no directive): it calls core's functions through @paywall-kit/react and
// renders two of the kit's client components with serialisable props, as a Next.js app would.
import {
  GracePeriodBanner,
  PaymentRequiredError,
  parsePaymentRequired,
  paywallRetry,
  safeHref,
  UsageMeter,
} from '@paywall-kit/react'
import { ClientPaywall } from './client-paywall'

const creditsExhausted = {
  status: 402,
  headers: { 'content-type': 'application/json' },
  body: {
    error: {
      code: 'API_CREDITS_EXHAUSTED',
      message: 'Your API credit balance is too low to fulfill this request.',
    },
  },
}

export default function Page() {
  const paywall = parsePaymentRequired(creditsExhausted)
  const retriesAPaywall = paywall ? paywallRetry(0, new PaymentRequiredError(paywall)) : true
  return (
    <main>
      <h1>Server-rendered paywall</h1>
      <dl>
        <dt>Reason</dt>
        <dd data-testid="reason">{paywall?.reason}</dd>
        <dt>Retried</dt>
        <dd data-testid="retried">{String(retriesAPaywall)}</dd>
        <dt>Safe link</dt>
        <dd data-testid="safe-href">{safeHref('/billing') ?? 'dropped'}</dd>
        <dt>Unsafe link</dt>
        <dd data-testid="unsafe-href">{safeHref('javascript:alert(1)') ?? 'dropped'}</dd>
      </dl>
      <GracePeriodBanner
        endsAt="2026-11-28T00:00:00Z"
        serverNow="2026-11-25T12:00:00Z"
        now="2026-11-25T12:00:00Z"
        timeZone="UTC"
        locale="en-US"
        actionHref="/billing"
      />
      <UsageMeter label="API calls" used={820} limit={1000} unit="requests" locale="en-US" />
      <ClientPaywall />
    </main>
  )
}
