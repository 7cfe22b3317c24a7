import { usePaywallDevtoolsBridge } from '@paywall-kit/react/devtools'
import { Tabs } from 'radix-ui'
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react'
import { EventLog } from './event-log'
import { OverridesView } from './overrides-view'
import { SimulateForm } from './simulate-form'
import { resetPaywall } from './simulate-paywall'
import { StateView } from './state-view'
import { devtoolsCss } from './styles'
import { useDevtoolsState } from './use-devtools-state'

/** Props of `PaywallDevtoolsPanel`: a `section`'s props, plus the style nonce. */
export interface PaywallDevtoolsPanelProps extends ComponentPropsWithoutRef<'section'> {
  /**
   * Nonce of the panel's `<style>` element, for a page whose Content Security Policy allows styles by
   * nonce only. @default undefined
   */
  styleNonce?: string
  /**
   * The tab shown first: `state`, `simulate`, `overrides` or `events`.
   * @default 'state'
   */
  defaultTab?: 'state' | 'simulate' | 'overrides' | 'events'
}

/**
 * The paywall devtools: the live store (current paywall, locks, 402'd requests with their raw bodies),
 * a 402 simulator, meter and clock overrides, the event log, and Open / Dismiss / Resolve / Reset.
 * Render it inside a `PaywallProvider` (or as a TanStack Devtools plugin, `paywallDevtoolsPlugin()`).
 */
export const PaywallDevtoolsPanel = forwardRef<HTMLElement, PaywallDevtoolsPanelProps>(
  function PaywallDevtoolsPanel({ styleNonce, defaultTab = 'state', className, ...props }, ref) {
    const bridge = usePaywallDevtoolsBridge()
    const { state, hub } = useDevtoolsState(bridge)
    const titleId = useId()
    const { actions } = bridge
    return (
      <section
        aria-labelledby={titleId}
        {...props}
        className={className ? `pwk-devtools ${className}` : 'pwk-devtools'}
        ref={ref}
      >
        <style nonce={styleNonce}>{devtoolsCss}</style>
        <h2 id={titleId}>Paywall devtools</h2>
        <div className="pwk-devtools__actions" role="toolbar" aria-label="Paywall actions">
          <button type="button" disabled={!state.current || state.isOpen} onClick={() => actions.open()}>
            Open paywall
          </button>
          <button type="button" disabled={!state.isOpen} onClick={() => actions.dismiss()}>
            Dismiss
          </button>
          <button
            type="button"
            disabled={!state.current && state.reports.length === 0}
            onClick={() => actions.resolve()}
          >
            Resolve
          </button>
          <button type="button" onClick={() => resetPaywall(bridge)}>
            Reset
          </button>
        </div>
        <Tabs.Root defaultValue={defaultTab}>
          <Tabs.List className="pwk-devtools__tabs" aria-label="Devtools sections">
            <Tabs.Trigger className="pwk-devtools__tab" value="state">
              State
            </Tabs.Trigger>
            <Tabs.Trigger className="pwk-devtools__tab" value="simulate">
              Simulate
            </Tabs.Trigger>
            <Tabs.Trigger className="pwk-devtools__tab" value="overrides">
              Usage and clock
            </Tabs.Trigger>
            <Tabs.Trigger className="pwk-devtools__tab" value="events">
              Events ({hub.events.length})
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="state">
            <StateView bridge={bridge} state={state} hub={hub} />
          </Tabs.Content>
          <Tabs.Content value="simulate">
            <SimulateForm bridge={bridge} />
          </Tabs.Content>
          <Tabs.Content value="overrides">
            <OverridesView bridge={bridge} hub={hub} />
          </Tabs.Content>
          <Tabs.Content value="events">
            <EventLog bridge={bridge} hub={hub} />
          </Tabs.Content>
        </Tabs.Root>
      </section>
    )
  },
)
