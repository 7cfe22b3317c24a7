export * from '@paywall-kit/core'
