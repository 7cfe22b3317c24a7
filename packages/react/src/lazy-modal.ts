'use client'

// `@paywall-kit/react/lazy-modal`: the paywall modal loaded on demand, in a chunk of its own.
export { LazyPaywallModal, preloadPaywallModal } from './paywall-modal/lazy-paywall-modal'
export type { PaywallModalProps } from './paywall-modal/paywall-modal'
