'use client'

// `@paywall-kit/devtools/production`: the devtools in every build, for a staging site built in
// production mode. The default entry renders nothing in production builds.
export { PaywallDevtools, type PaywallDevtoolsProps } from './paywall-devtools'
export { PaywallDevtoolsPanel, type PaywallDevtoolsPanelProps } from './paywall-devtools-panel'
export {
  resetPaywall,
  type Simulation,
  type SimulationResult,
  type SimulationTarget,
  simulatePaywall,
} from './simulate-paywall'
export { paywallDevtoolsPlugin } from './tanstack-plugin'
