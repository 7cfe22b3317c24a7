'use client'

// Everything that needs React on the client: the build keeps this directive at the top of
// dist/client.js, so React Server Components treat these exports as client references.
export { FeatureLock, type FeatureLockProps, type FeatureLockRenderProps } from './feature-lock/feature-lock'
export * as Lock from './feature-lock/feature-lock-parts'
export { GracePeriodBanner, type GracePeriodBannerProps } from './grace-period-banner/grace-period-banner'
export * as Banner from './grace-period-banner/grace-period-banner-parts'
export {
  type BannerAccessLevel,
  type BannerVariant,
  bannerOf,
  type GraceBannerState,
  type UseGraceBannerOptions,
  useGraceBanner,
} from './grace-period-banner/use-grace-banner'
export {
  type FeatureAccess,
  type FeatureAccessState,
  type UseFeatureAccessOptions,
  useFeatureAccess,
} from './hooks/use-feature-access'
export {
  type PaywallActions,
  type UsePaywallResult,
  usePaywall,
  usePaywallActions,
} from './hooks/use-paywall'
export { usePaywallSelector } from './hooks/use-paywall-selector'
export type { LocaleMessages } from './i18n/locale-messages'
export {
  defaultMessages,
  mergeMessages,
  type PaywallMessages,
  type PaywallMessagesOverride,
} from './i18n/messages'
export type { ServerCopy } from './i18n/server-copy'
export { PaywallBoundary, type PaywallBoundaryProps } from './paywall-boundary/paywall-boundary'
export { PaywallModal, type PaywallModalProps } from './paywall-modal/paywall-modal'
export * as Modal from './paywall-modal/paywall-modal-parts'
export type { BillingOptions, BillingUrl } from './provider/billing-context'
export { PaywallProvider, type PaywallProviderProps } from './provider/paywall-provider'
export type { CrossTabOption } from './query/cross-tab'
export type { ThresholdStorage } from './usage-meter/threshold-ledger'
export { UsageMeter, type UsageMeterProps } from './usage-meter/usage-meter'
export * as Meter from './usage-meter/usage-meter-parts'
export {
  type UsageAnnouncement,
  type UsageMeterState,
  type UseUsageMeterOptions,
  useUsageMeter,
} from './usage-meter/use-usage-meter'
