import type { TanStackDevtoolsReactPlugin } from '@tanstack/react-devtools'
import { PaywallDevtoolsPanel, type PaywallDevtoolsPanelProps } from './paywall-devtools-panel'

/**
 * The panel as a TanStack Devtools plugin: `<TanStackDevtools plugins={[paywallDevtoolsPlugin()]} />`.
 * TanStack Devtools renders plugins through a React portal, so render `<TanStackDevtools>` inside the
 * `PaywallProvider` for the panel to find the provider.
 */
export function paywallDevtoolsPlugin(props: PaywallDevtoolsPanelProps = {}): TanStackDevtoolsReactPlugin {
  return { id: 'paywall-kit', name: 'Paywall', render: <PaywallDevtoolsPanel {...props} /> }
}
