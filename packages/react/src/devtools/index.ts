'use client'

// `@paywall-kit/react/devtools`: what `@paywall-kit/devtools` needs from the provider. An entry of its
// own, so that an app's bundle never carries it unless the devtools are imported.
export {
  type DevtoolsHub,
  type DevtoolsHubState,
  type DevtoolsMeter,
  type DevtoolsRawBody,
  devtoolsHubOf,
  EVENT_LOG_SIZE,
} from './devtools-hub'
export { type PaywallDevtoolsBridge, usePaywallDevtoolsBridge } from './use-paywall-devtools-bridge'
