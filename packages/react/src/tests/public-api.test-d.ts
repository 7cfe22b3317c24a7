import type { PaymentRequired } from '@paywall-kit/core'
import { createElement } from 'react'
import { expectTypeOf } from 'vitest'
import {
  type FeatureAccessState,
  FeatureLock,
  type FeatureLockProps,
  type FeatureLockRenderProps,
  Lock,
  Modal,
  PaywallProvider,
  type PaywallProviderProps,
  useFeatureAccess,
  usePaywall,
  usePaywallActions,
} from '../index'

expectTypeOf(usePaywall).returns.toHaveProperty('current').toEqualTypeOf<PaymentRequired | null>()
expectTypeOf(usePaywall).returns.toHaveProperty('resolve').toEqualTypeOf<() => Promise<void>>()
expectTypeOf(usePaywall).returns.toHaveProperty('retry').toEqualTypeOf<(() => void) | undefined>()
// The actions alone carry no paywall state (so a 402 does not re-render their callers).
expectTypeOf(usePaywallActions).returns.toHaveProperty('dismiss').toEqualTypeOf<() => void>()
expectTypeOf(usePaywallActions).returns.not.toHaveProperty('current')
expectTypeOf(useFeatureAccess).returns.toHaveProperty('state').toEqualTypeOf<FeatureAccessState>()
expectTypeOf<FeatureAccessState>().toEqualTypeOf<'unlocked' | 'locked' | 'unknown'>()
expectTypeOf<FeatureLockRenderProps['open']>().toEqualTypeOf<() => void>()

// Every provider prop is optional: the QueryClient comes from context by default.
expectTypeOf<Record<string, never>>().toExtend<PaywallProviderProps>()
createElement(PaywallProvider, {})
// The server-code map is `reasonCodes`; `reasons` is only the copy section of `messages`.
createElement(PaywallProvider, { reasonCodes: { PLAN_LIMIT: 'quota_exceeded' } })
// @ts-expect-error renamed to reasonCodes
createElement(PaywallProvider, { reasons: { PLAN_LIMIT: 'quota_exceeded' } })
expectTypeOf<(access: FeatureLockRenderProps) => string>().toExtend<FeatureLockProps['children']>()
createElement(FeatureLock, { feature: 'reports' })

// @ts-expect-error a lock needs its feature
createElement(Lock.Root, {})
// @ts-expect-error the action's URL comes from the 402, checked by safeHref; it cannot be passed in
createElement(Modal.Action, { href: 'https://evil.example.net' })
createElement(Modal.Action, { asChild: true })
