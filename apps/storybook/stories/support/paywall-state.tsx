import {
  type PaymentRequired,
  type PaywallReason,
  reasonCopy,
  useFeatureAccess,
  usePaywall,
} from '@paywall-kit/react'
import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useLayoutEffect, useRef } from 'react'

/** A paywall as `parsePaymentRequired` would return it, with the English copy for `reason`. */
export function paywallFor(reason: PaywallReason, extra: Partial<PaymentRequired> = {}): PaymentRequired {
  const copy = reasonCopy(reason)
  return {
    status: 402,
    reason,
    title: copy.title,
    message: copy.message,
    action: { url: '/billing', label: copy.action },
    requestId: 'req_7Hc2Qm9xLk',
    timestamp: '2026-11-25T12:00:00Z',
    dialect: 'nested',
    ...extra,
  }
}

const upgradeRequired = paywallFor('upgrade_required')

/**
 * Reports `paywall` to the provider as a 402 of `feature` would, and leaves the modal open. One report,
 * replaced when `paywall` changes (keep its identity stable: a constant or a memo).
 */
export function ReportedPaywall({
  paywall,
  feature = 'reports',
}: {
  paywall: PaymentRequired
  feature?: string
}) {
  const { report, resolve } = usePaywall()
  // What was last reported: StrictMode's second effect run must not report (and emit events) again.
  const reported = useRef<PaymentRequired | null>(null)
  useLayoutEffect(() => {
    if (reported.current === paywall) return
    // A new paywall replaces the old one instead of merging into it.
    if (reported.current) void resolve()
    reported.current = paywall
    report(paywall, { feature, key: 'story' })
  }, [paywall, feature, report, resolve])
  return null
}

/**
 * Puts `feature` in a lock state without a network round trip, the way the provider would: `locked`
 * reports a 402 for it (and dismisses the modal it opens, so the lock is what you see), `unknown` keeps
 * a query for it loading, `unlocked` does nothing. Switching state (controls) undoes the previous one.
 */
export function FeatureState({
  feature,
  state,
  paywall = upgradeRequired,
  children,
}: {
  feature: string
  state: 'locked' | 'unlocked' | 'unknown'
  /** Must keep its identity across renders (a constant): a new object is a new 402. */
  paywall?: PaymentRequired
  children?: ReactNode
}) {
  const { report, dismiss, resolve } = usePaywall()
  // The paywall the feature is locked with: StrictMode's second effect run must not lock it again.
  const lockedWith = useRef<PaymentRequired | null>(null)
  useLayoutEffect(() => {
    const target = state === 'locked' ? paywall : null
    if (lockedWith.current === target) return
    if (lockedWith.current) void resolve()
    lockedWith.current = target
    if (!target) return
    report(target, { feature, key: `story:${feature}` })
    dismiss()
  }, [state, feature, paywall, report, dismiss, resolve])
  return (
    <>
      {state === 'unknown' && <PendingQuery feature={feature} />}
      {children}
    </>
  )
}

/** A query for `feature` that never settles: the feature's access is `unknown` while it is mounted. */
function PendingQuery({ feature }: { feature: string }) {
  // Cancelled on unmount (it reads the signal) and then dropped at once (gcTime 0): the feature is
  // known again.
  useQuery({
    queryKey: ['pending', feature],
    queryFn: ({ signal }) =>
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    meta: { paywallFeature: feature },
    gcTime: 0,
  })
  return null
}

/** Prints `useFeatureAccess(feature).state`, for play functions and reviewers. */
export function AccessState({ feature }: { feature: string }) {
  const access = useFeatureAccess(feature)
  return (
    <p>
      Access to <code>{feature}</code>: <strong data-testid={`access-${feature}`}>{access.state}</strong>
    </p>
  )
}

/**
 * What the kit understood from the last 402 (`usePaywall().current`), as a definition list beside the
 * modal, so reviewers can compare it with the body the server sent.
 */
export function ParsedPaywall() {
  const { current } = usePaywall()
  if (!current) return <p>No paywall yet.</p>
  const rows: [string, string | undefined][] = [
    ['dialect', current.dialect],
    ['reason', current.reason],
    ['code', current.code],
    ['title', current.title],
    ['message', current.message],
    ['action', current.action && `${current.action.label} → ${current.action.url}`],
    ['plans', current.plans?.map((plan) => [plan.name, plan.price].filter(Boolean).join(' ')).join(', ')],
    ['usage', current.usage && `${current.usage.used} / ${current.usage.limit} ${current.usage.unit ?? ''}`],
    ['feature', current.feature],
    ['requestId', current.requestId],
    ['timestamp', current.timestamp],
    ['docUrl', current.docUrl],
    ['support', current.support?.email ?? current.support?.url],
  ]
  return (
    <dl className="acme-parsed" aria-label="What the kit understood">
      {rows
        .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
        .map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd data-testid={`parsed-${name}`}>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
