export * from '@paywall-kit/react'
