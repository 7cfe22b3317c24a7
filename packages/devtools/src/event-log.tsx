import type { DevtoolsHubState, PaywallDevtoolsBridge } from '@paywall-kit/react/devtools'
import { useId } from 'react'

const time = (at: number) => new Date(at).toISOString().slice(11, 23)

// Events are kept as the same objects for as long as they are in the log: one key each, by identity.
const keys = new WeakMap<object, number>()
let lastKey = 0
function keyOf(event: object): number {
  let key = keys.get(event)
  if (key === undefined) {
    key = ++lastKey
    keys.set(event, key)
  }
  return key
}

/** The provider's events (what `onEvent` receives), newest first. */
export function EventLog({ bridge, hub }: { bridge: PaywallDevtoolsBridge; hub: DevtoolsHubState }) {
  const id = useId()
  const events = [...hub.events].reverse()
  return (
    <section className="pwk-devtools__section" aria-labelledby={id}>
      <div className="pwk-devtools__row">
        <h3 id={id}>Events</h3>
        <button type="button" disabled={events.length === 0} onClick={() => bridge.hub.clearEvents()}>
          Clear events
        </button>
      </div>
      {events.length === 0 ? (
        <p className="pwk-devtools__muted">No event yet.</p>
      ) : (
        <ol aria-labelledby={id} reversed>
          {events.map((event) => (
            <li key={keyOf(event)}>
              <time dateTime={new Date(event.at).toISOString()}>{time(event.at)}</time> {event.type}
              {event.reason && ` · ${event.reason}`}
              {event.feature && ` · ${event.feature}`}
              {event.label && ` · ${event.label}`}
              {event.threshold !== undefined && ` · ${Math.round(event.threshold * 100)} %`}
              {event.count !== undefined && ` · ×${event.count}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
