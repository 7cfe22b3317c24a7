import type { ParseOptions, PaywallStore } from '@paywall-kit/core'
import { createContext as createReactContext, useContext } from 'react'
import type { UnlockRegistry } from '../internal/unlock-registry'
import type { ThresholdStorage } from '../usage-meter/threshold-ledger'

/** What `PaywallProvider` shares with hooks and components. */
export interface PaywallContextValue {
  store: PaywallStore
  parseOptions: ParseOptions
  /** BCP 47 locale for numbers and dates (`Intl`); `undefined` means the user's. */
  locale?: string
  /** The Unlock controls of the locks below, by feature: where the modal gives focus back to. */
  unlockControls: UnlockRegistry
  /** The provider's `thresholdStorage`: `undefined` when not given (meters use `localStorage`). */
  thresholdStorage?: ThresholdStorage | null
}

export const PaywallContext = createReactContext<PaywallContextValue | null>(null)
PaywallContext.displayName = 'PaywallContext'

/** The nearest provider's store and options, or `null` outside any `PaywallProvider`. */
export function usePaywallContextOptional(): PaywallContextValue | null {
  return useContext(PaywallContext)
}

/** The nearest provider's store and options; throws an actionable error outside a provider. */
export function usePaywallContext(consumerName: string): PaywallContextValue {
  const value = useContext(PaywallContext)
  if (value === null) throw new Error(`\`${consumerName}\` must be used within \`PaywallProvider\``)
  return value
}
