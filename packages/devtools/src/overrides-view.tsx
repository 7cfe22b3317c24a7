import type { DevtoolsHubState, DevtoolsMeter, PaywallDevtoolsBridge } from '@paywall-kit/react/devtools'
import { useId } from 'react'

const DAY_MS = 86_400_000

// The range's top: 20 % over the limit, so "exceeded" is reachable; twice the usage when unlimited.
function rangeMax({ used, limit }: DevtoolsMeter): number {
  if (typeof limit === 'number' && Number.isFinite(limit) && limit >= 0)
    return Math.max(1, Math.ceil(limit * 1.2))
  return Math.max(10, Math.ceil(used * 2))
}

// `datetime-local` speaks the viewer's local time without a zone.
function toLocalInput(ms: number): string {
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000)
  return date.toISOString().slice(0, 16)
}

function MeterControl({
  bridge,
  meter,
  override,
}: {
  bridge: PaywallDevtoolsBridge
  meter: DevtoolsMeter
  override?: number
}) {
  const id = useId()
  const value = override ?? meter.used
  const limitText =
    typeof meter.limit === 'number' && Number.isFinite(meter.limit) ? ` of ${meter.limit}` : ''
  return (
    <div className="pwk-devtools__field">
      <label htmlFor={id}>{meter.label} usage</label>
      <div className="pwk-devtools__row">
        <input
          id={id}
          type="range"
          min={0}
          max={rangeMax(meter)}
          value={Number.isFinite(value) ? value : 0}
          aria-valuetext={`${value}${limitText}${override === undefined ? '' : ' (override)'}`}
          onChange={(event) => bridge.hub.setUsage(meter.label, Number(event.target.value))}
        />
        <output htmlFor={id}>
          {value}
          {limitText}
          {override === undefined ? '' : ' (override)'}
        </output>
        <button
          type="button"
          disabled={override === undefined}
          onClick={() => bridge.hub.setUsage(meter.label, undefined)}
        >
          Use the app’s value<span className="pwk-devtools__visually-hidden"> for {meter.label}</span>
        </button>
      </div>
    </div>
  )
}

/** Scrub each mounted meter's usage and move the grace banners' clock. */
export function OverridesView({ bridge, hub }: { bridge: PaywallDevtoolsBridge; hub: DevtoolsHubState }) {
  const clockId = useId()
  const meters = Object.values(hub.meters)
  const clock = hub.now
  const move = (days: number) => bridge.hub.setNow((clock ?? Date.now()) + days * DAY_MS)
  return (
    <>
      <section className="pwk-devtools__section" aria-labelledby={`${clockId}-meters`}>
        <h3 id={`${clockId}-meters`}>Usage meters</h3>
        {meters.length === 0 ? (
          <p className="pwk-devtools__muted">No usage meter is mounted.</p>
        ) : (
          meters.map((meter) => (
            <MeterControl key={meter.label} bridge={bridge} meter={meter} override={hub.usage[meter.label]} />
          ))
        )}
      </section>
      <section className="pwk-devtools__section" aria-labelledby={`${clockId}-heading`}>
        <h3 id={`${clockId}-heading`}>Grace period clock</h3>
        <p className="pwk-devtools__muted" aria-live="polite">
          {clock === null ? 'Real time' : `Moved to ${new Date(clock).toISOString()}`}
        </p>
        <div className="pwk-devtools__field">
          <label htmlFor={clockId}>Clock time</label>
          <input
            id={clockId}
            type="datetime-local"
            value={toLocalInput(clock ?? Date.now())}
            onChange={(event) => {
              const ms = new Date(event.target.value).getTime()
              if (Number.isFinite(ms)) bridge.hub.setNow(ms)
            }}
          />
        </div>
        <div className="pwk-devtools__row">
          <button type="button" onClick={() => move(-1)}>
            −1 day
          </button>
          <button type="button" onClick={() => move(1)}>
            +1 day
          </button>
          <button type="button" disabled={clock === null} onClick={() => bridge.hub.setNow(null)}>
            Real time
          </button>
        </div>
      </section>
    </>
  )
}
