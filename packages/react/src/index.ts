'use client'

export * from '@paywall-kit/core'
export { FeatureLock, type FeatureLockProps, type FeatureLockRenderProps } from './feature-lock'
export * as Lock from './feature-lock-parts'
export { GracePeriodBanner, type GracePeriodBannerProps } from './grace-period-banner'
export * as Banner from './grace-period-banner-parts'
export {
  defaultMessages,
  mergeMessages,
  type PaywallMessages,
  type PaywallMessagesOverride,
} from './messages'
export { PaywallModal, type PaywallModalProps } from './paywall-modal'
export * as Modal from './paywall-modal-parts'
export { PaywallProvider, type PaywallProviderProps } from './paywall-provider'
export { UsageMeter, type UsageMeterProps } from './usage-meter'
export * as Meter from './usage-meter-parts'
export {
  type FeatureAccess,
  type FeatureAccessState,
  type UseFeatureAccessOptions,
  useFeatureAccess,
} from './use-feature-access'
export { type PaywallActions, type UsePaywallResult, usePaywall, usePaywallActions } from './use-paywall'
export { usePaywallSelector } from './use-paywall-selector'
