import type { PaywallEvent } from '@paywall-kit/react'
import { useEffect, useRef } from 'react'
import { featureName, formatTime } from '../format'
import { eventLog, type LogEntry, useEventLog } from '../telemetry/event-log'
import { ActivityIcon, CloseIcon } from './icons'

/** Each telemetry event type, in words: these are business events, so the tones are neutral or positive. */
const eventLabels: Record<string, { label: string; tone: string }> = {
  paywall_shown: { label: 'Paywall shown', tone: 'accent' },
  paywall_dismissed: { label: 'Paywall dismissed', tone: 'neutral' },
  action_clicked: { label: 'Action clicked', tone: 'accent' },
  paywall_resolved: { label: 'Paywall resolved', tone: 'success' },
  threshold_crossed: { label: 'Threshold crossed', tone: 'info' },
  grace_banner_shown: { label: 'Grace banner shown', tone: 'info' },
}

function percent(threshold: number): string {
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(threshold)
}

function details(event: PaywallEvent): [string, string][] {
  const rows: [string, string][] = []
  if (event.reason) rows.push(['Reason', event.reason])
  if (event.feature) rows.push(['Feature', featureName(event.feature) ?? event.feature])
  if (event.label) rows.push(['Meter', event.label])
  if (event.threshold !== undefined) rows.push(['Threshold', percent(event.threshold)])
  if (event.count !== undefined) {
    rows.push([event.type === 'paywall_resolved' ? 'Refetched' : 'Merged', String(event.count)])
  }
  if (event.code) rows.push(['Code', event.code])
  if (event.paywall?.dialect) rows.push(['Dialect', event.paywall.dialect])
  if (event.requestId) rows.push(['Request ID', event.requestId])
  return rows
}

function Entry({ entry }: { entry: LogEntry }) {
  const time = (
    <time className="event__time" dateTime={new Date(entry.at).toISOString()}>
      {formatTime(entry.at)}
    </time>
  )
  if (entry.kind === 'demo') {
    return (
      <li className="event event--note" data-event-type="demo_note">
        {time}
        <span className="event__note">{entry.note}</span>
      </li>
    )
  }
  const { event } = entry
  const meta = eventLabels[event.type] ?? { label: event.type, tone: 'neutral' }
  return (
    <li className="event" data-event-type={event.type}>
      <div className="event__head">
        <span className="event__type" data-tone={meta.tone}>
          {meta.label}
        </span>
        <code className="event__code">{event.type}</code>
        {time}
      </div>
      {details(event).length > 0 ? (
        <dl className="event__details">
          {details(event).map(([term, value]) => (
            <div key={term} className="event__detail">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  )
}

/**
 * The kit's telemetry (`onEvent`) as it happens: the business-event log of paywall activity.
 * A non-modal side panel; Escape closes it.
 */
export function EventsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const entries = useEventLog()
  const closeRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    closeRef.current?.focus()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('[role="dialog"]')) {
        onClose()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open, onClose])

  const count = entries.filter((entry) => entry.kind === 'paywall').length
  return (
    <aside
      id="events-drawer"
      className="drawer"
      data-state={open ? 'open' : 'closed'}
      aria-labelledby="events-title"
      inert={!open}
    >
      <div className="drawer__header">
        <div>
          <h2 id="events-title" className="drawer__title">
            <ActivityIcon width={18} height={18} /> Events
          </h2>
          <p className="drawer__subtitle">
            Paywall telemetry from <code>onEvent</code> · {count} {count === 1 ? 'event' : 'events'}
          </p>
        </div>
        <div className="drawer__actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => eventLog.clear()}
            disabled={entries.length === 0}
          >
            Clear
          </button>
          <button
            ref={closeRef}
            type="button"
            className="icon-button"
            aria-label="Close events"
            onClick={onClose}
          >
            <CloseIcon />
          </button>
        </div>
      </div>
      <div
        className="drawer__body"
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label="Paywall events"
      >
        {entries.length === 0 ? (
          <div className="empty-state empty-state--compact">
            <p className="empty-state__title">No events yet</p>
            <p className="empty-state__text">
              Open a premium feature, cross a usage threshold or follow a paywall action: each step is logged
              here as a business event.
            </p>
          </div>
        ) : (
          <ol className="events">
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </div>
    </aside>
  )
}
