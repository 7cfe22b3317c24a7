import type { PaywallState } from '@paywall-kit/react'
import type { DevtoolsHubState, PaywallDevtoolsBridge } from '@paywall-kit/react/devtools'
import { useEffect, useId } from 'react'

function statusOf(state: PaywallState): string {
  if (!state.current) return 'No paywall'
  if (state.isOpen) return 'Open'
  return state.dismissed ? 'Dismissed ("Not now")' : 'Closed'
}

// A query's 402 body is unread when it arrives (`paywallFetch` reads a clone): keep a copy for the panel.
function useQueryBodies(bridge: PaywallDevtoolsBridge, state: PaywallState, hub: DevtoolsHubState) {
  useEffect(() => {
    for (const report of state.reports) {
      if (report.source !== 'query' || !report.key || hub.bodies[report.id]) continue
      const error = bridge.client?.getQueryCache().get(report.key)?.state.error as {
        response?: unknown
      } | null
      const response = error?.response
      if (!(response instanceof Response) || response.bodyUsed) continue
      const status = response.status
      const headers = Object.fromEntries(response.headers)
      response
        .clone()
        .text()
        .then((body) => bridge.hub.keepBody(report.id, { status, headers, body }))
        .catch(() => undefined)
    }
  }, [bridge, state.reports, hub.bodies])
}

/** The live store: the current paywall, each feature's lock and each 402'd request with its raw body. */
export function StateView({
  bridge,
  state,
  hub,
}: {
  bridge: PaywallDevtoolsBridge
  state: PaywallState
  hub: DevtoolsHubState
}) {
  useQueryBodies(bridge, state, hub)
  const currentId = useId()
  const current = state.current
  const locks = Object.entries(state.locks)
  return (
    <>
      <section className="pwk-devtools__section" aria-labelledby={currentId}>
        <h3 id={currentId}>Current paywall</h3>
        <dl>
          <dt>Status</dt>
          <dd>{statusOf(state)}</dd>
          {current && (
            <>
              <dt>Reason</dt>
              <dd>{current.reason}</dd>
              <dt>Title</dt>
              <dd>{current.title}</dd>
              <dt>Feature</dt>
              <dd>{state.feature ?? '—'}</dd>
              <dt>Dialect</dt>
              <dd>{current.dialect}</dd>
              <dt>Request id</dt>
              <dd>{current.requestId ?? '—'}</dd>
              <dt>Merged</dt>
              <dd>{state.count}</dd>
            </>
          )}
        </dl>
      </section>
      <section className="pwk-devtools__section">
        {locks.length === 0 ? (
          <>
            <h3>Locks</h3>
            <p className="pwk-devtools__muted">No feature is locked.</p>
          </>
        ) : (
          <table>
            <caption>Locks</caption>
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">Reason</th>
                <th scope="col">Dialect</th>
              </tr>
            </thead>
            <tbody>
              {locks.map(([feature, paywall]) => (
                <tr key={feature}>
                  <td>{feature}</td>
                  <td>{paywall.reason}</td>
                  <td>{paywall.dialect}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="pwk-devtools__section">
        {state.reports.length === 0 ? (
          <>
            <h3>402 responses</h3>
            <p className="pwk-devtools__muted">No request has hit the paywall.</p>
          </>
        ) : (
          <table>
            <caption>402 responses</caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Source</th>
                <th scope="col">Feature</th>
                <th scope="col">Reason</th>
                <th scope="col">Dialect</th>
                <th scope="col">Request id</th>
              </tr>
            </thead>
            <tbody>
              {state.reports.map((report) => {
                const raw = hub.bodies[report.id]
                return (
                  <tr key={report.id}>
                    <td>
                      {report.key ?? '—'}
                      {raw && (
                        <details>
                          <summary>Raw body (HTTP {raw.status})</summary>
                          <pre>{raw.body || '(empty)'}</pre>
                        </details>
                      )}
                    </td>
                    <td>{report.source}</td>
                    <td>{report.feature ?? '—'}</td>
                    <td>{report.paywall.reason}</td>
                    <td>{report.paywall.dialect}</td>
                    <td>{report.paywall.requestId ?? '—'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  )
}
