import { measure } from './size.ts'

/** One row of the side-by-side size comparison: what an app pays for one import line. */
export interface PeerSize {
  name: string
  /** The import line measured, as an app would write it. */
  imports: string
  minBytes: number
  gzipBytes: number
  brotliBytes: number
}

/** React and ReactDOM: every app has them, so no row counts them. */
const react = /^(react|react-dom)(\/|$)/
/** The kit's rows also leave out TanStack Query: the kit works on the app's own client. */
const reactAndQuery = /^(react|react-dom|@tanstack\/react-query)(\/|$)/

const kit = (names: string[]) => `export { ${names.join(', ')} } from '@paywall-kit/react'`

/**
 * The rows of `size.peers`, built and compressed by the same tool as every other size row: the kit's
 * provider with each component and with all four (Radix bundled, as an app pays for it), Radix Dialog
 * alone, and the React entries of the billing SDKs the kit is compared with, each as one provider and
 * one hook an app would start with (React external everywhere).
 *
 * `@stigg/react-sdk` is measured at 5.28.2, the newest version that installs from this project's
 * registry mirror: every later version needs an `@stigg/js-client-sdk` release the mirror lacks
 * (10.16.0, the latest, needs 4.16.0; the mirror stops at 3.35.0).
 */
export const peerRows: { name: string; imports: string; external: RegExp }[] = [
  {
    name: 'paywall-kit: provider + PaywallModal',
    imports: kit(['PaywallProvider', 'PaywallModal']),
    external: reactAndQuery,
  },
  {
    name: 'paywall-kit: provider + FeatureLock',
    imports: kit(['PaywallProvider', 'FeatureLock']),
    external: reactAndQuery,
  },
  {
    name: 'paywall-kit: provider + UsageMeter',
    imports: kit(['PaywallProvider', 'UsageMeter']),
    external: reactAndQuery,
  },
  {
    name: 'paywall-kit: provider + GracePeriodBanner',
    imports: kit(['PaywallProvider', 'GracePeriodBanner']),
    external: reactAndQuery,
  },
  {
    name: 'paywall-kit: provider + all four components',
    imports: kit(['PaywallProvider', 'PaywallModal', 'FeatureLock', 'UsageMeter', 'GracePeriodBanner']),
    external: reactAndQuery,
  },
  { name: 'Radix Dialog alone (radix-ui)', imports: `export { Dialog } from 'radix-ui'`, external: react },
  {
    name: 'autumn-js/react: AutumnProvider + useCustomer',
    imports: `export { AutumnProvider, useCustomer } from 'autumn-js/react'`,
    external: react,
  },
  {
    name: '@schematichq/schematic-react: SchematicProvider + useSchematicEntitlement',
    imports: `export { SchematicProvider, useSchematicEntitlement } from '@schematichq/schematic-react'`,
    external: react,
  },
  {
    name: '@stigg/react-sdk 5.28.2: StiggProvider + useBooleanEntitlement',
    imports: `export { StiggProvider, useBooleanEntitlement } from '@stigg/react-sdk'`,
    external: react,
  },
  {
    name: '@clerk/react: ClerkProvider + useAuth',
    imports: `export { ClerkProvider, useAuth } from '@clerk/react'`,
    external: react,
  },
]

/** Measures every row of `peerRows`, in order. */
export async function measurePeers(): Promise<PeerSize[]> {
  const rows: PeerSize[] = []
  for (const row of peerRows) {
    const size = await measure('./size/piece-entry.ts', (id) => row.external.test(id), 'js', row.imports)
    rows.push({ name: row.name, imports: row.imports, ...size })
  }
  return rows
}
