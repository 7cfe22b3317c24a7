'use client'

import type { ReactNode } from 'react'
import type { PaywallDevtoolsProps } from './production'
import * as devtools from './production'

export type { PaywallDevtoolsPanelProps, PaywallDevtoolsProps } from './production'

// Bundlers replace `process.env.NODE_ENV` and drop the branch not taken, so a production build keeps
// only these no-ops and none of the panel (sideEffects: false lets them drop the import too).
const renderNothing = () => null

/** `PaywallDevtools` in development; renders nothing in production builds. */
export const PaywallDevtools: (props: PaywallDevtoolsProps) => ReactNode =
  process.env.NODE_ENV === 'production' ? renderNothing : devtools.PaywallDevtools

/** `PaywallDevtoolsPanel` in development; renders nothing in production builds. */
export const PaywallDevtoolsPanel: typeof devtools.PaywallDevtoolsPanel =
  process.env.NODE_ENV === 'production'
    ? (renderNothing as unknown as typeof devtools.PaywallDevtoolsPanel)
    : devtools.PaywallDevtoolsPanel

/** `paywallDevtoolsPlugin` in development; in production builds a plugin whose panel renders nothing. */
export const paywallDevtoolsPlugin: typeof devtools.paywallDevtoolsPlugin =
  process.env.NODE_ENV === 'production'
    ? () => ({ id: 'paywall-kit', name: 'Paywall', render: renderNothing as never })
    : devtools.paywallDevtoolsPlugin
