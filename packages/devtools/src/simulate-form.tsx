import { type Dialect, dialects } from '@paywall-kit/mock-billing'
import type { PaywallReason } from '@paywall-kit/react'
import type { PaywallDevtoolsBridge } from '@paywall-kit/react/devtools'
import { type FormEvent, useCallback, useId, useState, useSyncExternalStore } from 'react'
import { simulatePaywall } from './simulate-paywall'

/** Every reason the kit knows, in the order of core's `PaywallReason`. */
export const reasons: readonly PaywallReason[] = [
  'subscription_expired',
  'payment_failed',
  'invoice_unpaid',
  'trial_ended',
  'quota_exceeded',
  'insufficient_credits',
  'upgrade_required',
  'payment_required',
]

const noQueries = () => ''
const unsubscribed = () => () => {}

// The hashes of the client's queries, one per line: a string, so the snapshot is stable between changes.
function useQueryHashes(bridge: PaywallDevtoolsBridge): string[] {
  const cache = bridge.client?.getQueryCache()
  const subscribe = useCallback(
    (listener: () => void) => (cache ? cache.subscribe(listener) : () => {}),
    [cache],
  )
  const getHashes = useCallback(
    () =>
      cache
        ?.getAll()
        .map((query) => query.queryHash)
        .join('\n') ?? '',
    [cache],
  )
  const hashes = useSyncExternalStore(cache ? subscribe : unsubscribed, getHashes, noQueries)
  return hashes ? hashes.split('\n') : []
}

/** Simulate a 402 of any reason and dialect on a query of the app's client or on a feature. */
export function SimulateForm({ bridge }: { bridge: PaywallDevtoolsBridge }) {
  const id = useId()
  const queryHashes = useQueryHashes(bridge)
  const [reason, setReason] = useState<PaywallReason>('upgrade_required')
  const [dialect, setDialect] = useState<Dialect>('nested')
  const [kind, setKind] = useState<'query' | 'feature'>(queryHashes.length > 0 ? 'query' : 'feature')
  const [queryHash, setQueryHash] = useState('')
  const [feature, setFeature] = useState('reports')
  const [quiet, setQuiet] = useState(false)
  const [status, setStatus] = useState('')
  const chosenQuery = queryHashes.includes(queryHash) ? queryHash : (queryHashes[0] ?? '')

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const target =
      kind === 'query' ? { kind, queryHash: chosenQuery } : { kind, feature: feature.trim() || 'reports' }
    if (target.kind === 'query' && !target.queryHash) {
      setStatus('The QueryClient has no query yet: choose a feature instead.')
      return
    }
    const result = await simulatePaywall(bridge, { reason, dialect, target, interactive: !quiet })
    setStatus(
      result.ok
        ? `Simulated a ${dialect} 402 (${result.report.paywall.reason}) on ${
            target.kind === 'query' ? `query ${target.queryHash}` : `feature ${target.feature}`
          }.`
        : result.message,
    )
  }

  return (
    <form className="pwk-devtools__section" aria-label="Simulate a 402" onSubmit={onSubmit}>
      <div className="pwk-devtools__field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <select
          id={`${id}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value as PaywallReason)}
        >
          {reasons.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="pwk-devtools__field">
        <label htmlFor={`${id}-dialect`}>Dialect</label>
        <select
          id={`${id}-dialect`}
          value={dialect}
          onChange={(event) => setDialect(event.target.value as Dialect)}
        >
          {dialects.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Target</legend>
        <label className="pwk-devtools__inline">
          <input
            type="radio"
            name={`${id}-kind`}
            value="query"
            checked={kind === 'query'}
            onChange={() => setKind('query')}
          />
          Query
        </label>
        <label className="pwk-devtools__inline">
          <input
            type="radio"
            name={`${id}-kind`}
            value="feature"
            checked={kind === 'feature'}
            onChange={() => setKind('feature')}
          />
          Feature
        </label>
        {kind === 'query' ? (
          <div className="pwk-devtools__field">
            <label htmlFor={`${id}-query`}>Query key</label>
            <select
              id={`${id}-query`}
              value={chosenQuery}
              onChange={(event) => setQueryHash(event.target.value)}
            >
              {queryHashes.map((hash) => (
                <option key={hash} value={hash}>
                  {hash}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="pwk-devtools__field">
            <label htmlFor={`${id}-feature`}>Feature name</label>
            <input
              id={`${id}-feature`}
              value={feature}
              onChange={(event) => setFeature(event.target.value)}
            />
          </div>
        )}
      </fieldset>
      <label className="pwk-devtools__inline">
        <input type="checkbox" checked={quiet} onChange={(event) => setQuiet(event.target.checked)} />
        As a background refetch (only locks after "Not now")
      </label>
      <div className="pwk-devtools__row">
        <button type="submit">Simulate 402</button>
      </div>
      <p role="status" className="pwk-devtools__muted">
        {status}
      </p>
    </form>
  )
}
