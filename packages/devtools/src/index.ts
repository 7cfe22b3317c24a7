import type { ReactNode } from 'react'
import type { PaywallDevtoolsProps } from './paywall-devtools'
// From the entry that carries 'use client', so React Server Components get client references.
import {
  PaywallDevtools as Devtools,
  PaywallDevtoolsPanel as Panel,
  paywallDevtoolsPlugin as plugin,
} from './production'

export type { PaywallDevtoolsProps } from './paywall-devtools'
export type { PaywallDevtoolsPanelProps } from './paywall-devtools-panel'

// Bundlers replace `process.env.NODE_ENV` and drop the branch not taken, so a production build keeps
// only these no-ops and none of the panel (`sideEffects: false` lets them drop the imports too). No
// 'use client' here: in production nothing needs the client, and in development the components come
// from `./production`, which is client code.
const nothing = () => null

/** `PaywallDevtools` in development; renders nothing in production builds. */
export const PaywallDevtools: (props: PaywallDevtoolsProps) => ReactNode =
  process.env.NODE_ENV === 'production' ? nothing : Devtools

/** `PaywallDevtoolsPanel` in development; renders nothing in production builds. */
export const PaywallDevtoolsPanel: typeof Panel =
  process.env.NODE_ENV === 'production' ? (nothing as unknown as typeof Panel) : Panel

/** `paywallDevtoolsPlugin` in development; in production builds a plugin that renders nothing. */
export const paywallDevtoolsPlugin: typeof plugin =
  process.env.NODE_ENV === 'production' ? () => ({ name: 'Paywall', render: nothing as never }) : plugin
