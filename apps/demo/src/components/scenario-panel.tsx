import { useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { ApiError, api } from '../api/client'
import { keys, useDemoState, useDiagnostics, useSimulateTraffic } from '../api/queries'
import { writeDemoParams } from '../demo-config'
import { useDemo } from '../demo-context'
import { formatDate, formatNumber } from '../format'
import { kitLanguageOptions } from '../kit-language'
import { eventLog } from '../telemetry/event-log'
import { toast } from '../toasts'
import { ClockIcon, FlaskIcon, ResetIcon } from './icons'

function humanise(name: string): string {
  const text = name.replace(/_/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The demo's controls: scenario, 402 dialect, the kit's language, clock, reset, and diagnostics that
 * answer 401/500. Scenario, dialect and language are kept in the URL, so a copied link reproduces the state.
 */
export function ScenarioPanel() {
  const { config, restart, language, changeLanguage, changeHandOff } = useDemo()
  const queryClient = useQueryClient()
  const demo = useDemoState()
  const diagnostics = useDiagnostics()
  const traffic = useSimulateTraffic()
  const [trafficCount, setTrafficCount] = useState('100')
  const [busy, setBusy] = useState<string | null>(null)
  const descriptionId = useId()

  const run = async (label: string, action: () => Promise<void>) => {
    if (busy !== null) return
    setBusy(label)
    try {
      await action()
    } catch (error) {
      toast({
        tone: 'danger',
        title: 'The demo control failed',
        text: error instanceof Error ? error.message : String(error),
      })
    } finally {
      setBusy(null)
    }
  }

  const changeScenario = (scenario: string) =>
    run('scenario', async () => {
      await api('/api/demo/scenario', { method: 'POST', json: { scenario } })
      writeDemoParams({ scenario })
      eventLog.note(`Scenario: ${humanise(scenario)}`)
      restart('demo-scenario')
    })

  const changeDialect = (dialect: string) =>
    run('dialect', async () => {
      await api('/api/demo/dialect', { method: 'POST', json: { dialect } })
      writeDemoParams({ dialect })
      eventLog.note(`402 dialect: ${dialect}`)
      await queryClient.invalidateQueries({ queryKey: keys.demo })
    })

  const changeKitLanguage = (tag: string) =>
    run('language', async () => {
      await changeLanguage(tag)
      writeDemoParams({ lang: tag })
      eventLog.note(`Kit language: ${kitLanguageOptions.find((option) => option.tag === tag)?.name ?? tag}`)
    })

  const moveClock = (days: number) =>
    run(`clock-${days}`, async () => {
      await api('/api/demo/clock', { method: 'POST', json: { days } })
      eventLog.note(`Clock moved ${days === 1 ? '1 day' : `${days} days`} ahead`)
      await queryClient.invalidateQueries()
    })

  const reset = () =>
    run('reset', async () => {
      await api('/api/demo/reset', { method: 'POST', json: {} })
      writeDemoParams({ scenario: null, dialect: null })
      eventLog.note('Demo reset')
      restart('demo-reset')
    })

  const simulate = (status: number) => {
    if (diagnostics.isPending) return
    diagnostics.mutate(status, {
      onSuccess: () => toast({ tone: 'success', title: `The ${status} check answered OK` }),
      onError: (error) =>
        toast({
          tone: 'danger',
          title: `Request failed with ${error instanceof ApiError ? error.status : 'an error'}`,
          text: `${error.message} An error like this is reported as a failure, never as a paywall.`,
        }),
    })
  }

  const state = demo.data
  const scenario = state?.scenarios.find((item) => item.name === state.scenario)

  return (
    <section className="scenario-panel" aria-labelledby="scenario-panel-title">
      <div className="scenario-panel__header">
        <h2 id="scenario-panel-title" className="scenario-panel__title">
          <FlaskIcon width={16} height={16} /> Demo controls
        </h2>
        <p className="scenario-panel__api">
          {config.apiBase ? `Mock API at ${config.apiBase}` : 'Mock API running in this tab'}
        </p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="demo-scenario">
          Scenario
        </label>
        <select
          id="demo-scenario"
          className="select"
          value={state?.scenario ?? ''}
          // Never disabled: a disabled control drops keyboard focus.
          aria-busy={busy === 'scenario'}
          aria-describedby={descriptionId}
          onChange={(event) => changeScenario(event.target.value)}
        >
          {!state ? <option value="">Loading…</option> : null}
          {state?.scenarios.map((item) => (
            <option key={item.name} value={item.name}>
              {humanise(item.name)}
            </option>
          ))}
        </select>
        <p className="field__hint" id={descriptionId}>
          {scenario?.description ?? '\u00a0'}
        </p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="demo-dialect">
          402 dialect
        </label>
        <select
          id="demo-dialect"
          className="select"
          value={state?.dialect ?? ''}
          aria-busy={busy === 'dialect'}
          onChange={(event) => changeDialect(event.target.value)}
        >
          {!state ? <option value="">Loading…</option> : null}
          {state?.dialects.map((dialect) => (
            <option key={dialect} value={dialect}>
              {dialect}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="demo-language">
          Kit language
        </label>
        <select
          id="demo-language"
          className="select"
          value={language?.tag ?? 'en'}
          aria-busy={busy === 'language'}
          onChange={(event) => changeKitLanguage(event.target.value)}
        >
          {kitLanguageOptions.map((option) => (
            <option key={option.tag} value={option.tag} lang={option.tag}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="demo-viewer">
          Viewer
        </label>
        <select
          id="demo-viewer"
          className="select"
          value={config.viewer}
          onChange={(event) =>
            changeHandOff({ viewer: event.target.value === 'member' ? 'member' : 'owner' })
          }
        >
          <option value="owner">Billing owner (can pay)</option>
          <option value="member">Team member (cannot pay)</option>
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="demo-checkout">
          Checkout
        </label>
        <select
          id="demo-checkout"
          className="select"
          value={config.checkout}
          onChange={(event) =>
            changeHandOff({ checkout: event.target.value === 'overlay' ? 'overlay' : 'page' })
          }
        >
          <option value="page">Checkout page (link)</option>
          <option value="overlay">Checkout overlay (onAction)</option>
        </select>
      </div>
      <fieldset className="field scenario-panel__clock">
        <legend className="field__label">
          <ClockIcon width={14} height={14} /> Clock ·{' '}
          <time dateTime={state?.now}>{formatDate(state?.now)}</time>
        </legend>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={busy !== null}
            onClick={() => moveClock(1)}
          >
            +1 day
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={busy !== null}
            onClick={() => moveClock(7)}
          >
            +7 days
          </button>
          <button
            type="button"
            id="demo-reset"
            className="button button--ghost button--small"
            aria-disabled={busy !== null}
            onClick={reset}
          >
            <ResetIcon width={14} height={14} /> Reset
          </button>
        </div>
      </fieldset>
      <form
        className="field"
        aria-labelledby="demo-traffic-label"
        onSubmit={(event) => {
          event.preventDefault()
          if (traffic.isPending) return
          traffic.mutate(Number(trafficCount), {
            onSuccess: (count) => toast({ tone: 'success', title: `${formatNumber(count)} API calls sent` }),
          })
        }}
      >
        <span className="field__label" id="demo-traffic-label">
          API traffic
        </span>
        <div className="button-row">
          <select
            className="select select--inline"
            aria-label="API calls to send"
            value={trafficCount}
            onChange={(event) => setTrafficCount(event.target.value)}
          >
            {['10', '100', '1000'].map((value) => (
              <option key={value} value={value}>
                {formatNumber(Number(value))} calls
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--secondary button--small"
            aria-disabled={traffic.isPending}
          >
            {traffic.isPending ? 'Sending…' : 'Send'}
          </button>
        </div>
      </form>
      <fieldset className="field">
        <legend className="field__label">Diagnostics</legend>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={diagnostics.isPending}
            onClick={() => simulate(401)}
          >
            Simulate 401
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={diagnostics.isPending}
            onClick={() => simulate(500)}
          >
            Simulate 500
          </button>
        </div>
      </fieldset>
    </section>
  )
}
