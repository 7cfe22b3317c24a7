import type { PaymentRequired, PaywallPlan, PaywallReason } from '@paywall-kit/core'
import { createContext as createReactContext, useContext } from 'react'

/** Where billing lives, for a 402 that brings no link of its own: one URL, or one per reason. */
export type BillingUrl = string | ({ [R in PaywallReason]?: string } & { default?: string })

/**
 * What the kit does when the user takes the paywall's next step, and who may take it. Props of
 * `PaywallProvider`; `onAction` can also be given per modal.
 */
export interface BillingOptions {
  /**
   * Where billing lives, used when the 402 brings no safe action URL (most real 402 bodies: a Stripe
   * `card_declined`, an OpenAI `insufficient_quota`, an nginx page, an empty body), so every reason has
   * a primary action. One URL, or one per reason with `default` for the others, e.g.
   * `{ insufficient_credits: '/credits', default: '/billing' }`. Checked with `safeHref` against
   * `allowedOrigins` like any action URL.
   * @default undefined (only the 402's own action URL)
   */
  billingUrl?: BillingUrl
  /**
   * The hand-off: called with the paywall and the plan the user picked (if any) when they press the
   * primary action, instead of following a link; e.g. open a checkout overlay (Stripe Checkout,
   * Paddle, Lemon Squeezy). Return a promise to keep the modal open with a pending state ("Opening
   * checkout…") while it runs: when it resolves the kit calls `resolve()` (unlock, refetch each 402'd
   * query once); when it rejects the modal says so and stays open. Return nothing to hand over
   * entirely: the modal closes as when a link is followed.
   * @default undefined (the action is a link)
   */
  onAction?: (paywall: PaymentRequired, plan: PaywallPlan | undefined) => unknown
  /**
   * Whether the viewer can pay, e.g. `(paywall) => user.role === 'owner'`. Viewers who cannot see
   * "Ask {owner} to …", a button that copies the billing link, and `onRequestAccess`'s button instead of
   * a payment action; `FeatureLock` and `GracePeriodBanner` follow. The function receives the paywall
   * shown, or `null` where there is none (a banner from its own props).
   * @default true
   */
  canManageBilling?: boolean | ((paywall: PaymentRequired | null) => boolean)
  /**
   * Who can pay, by name or email, for "Ask {owner} to …" when the 402 body does not say
   * (`billing_owner`).
   * @default undefined ("an admin of this account")
   */
  billingOwner?: string
  /**
   * For viewers who cannot pay: adds an "Ask for access" button that calls it (e.g. notify the owner).
   * A returned promise shows "Request sent" when it resolves, an error when it rejects.
   * @default undefined (no such button)
   */
  onRequestAccess?: (paywall: PaymentRequired) => unknown
  /**
   * Whether access returns as soon as the payment goes through. Only then does the modal say "Access
   * returns right away after payment"; a 402 body can say it too (`access_returns_instantly: true`).
   * @default false
   */
  accessReturnsInstantly?: boolean
}

export const BillingContext = createReactContext<BillingOptions>({})
BillingContext.displayName = 'PaywallBillingContext'

/** The nearest provider's billing options (none outside a provider). */
export function useBillingOptions(): BillingOptions {
  return useContext(BillingContext)
}

/**
 * Whether the viewer can pay for `paywall`. A `canManageBilling` function that throws counts as
 * `true`: the payment action stays, rather than the host app breaking.
 */
export function canPay(options: BillingOptions, paywall: PaymentRequired | null): boolean {
  const { canManageBilling = true } = options
  if (typeof canManageBilling !== 'function') return canManageBilling !== false
  try {
    return canManageBilling(paywall) !== false
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') {
      console.warn(
        '[paywall-kit] `canManageBilling` threw; the payment action is shown. Fix the function:',
        error,
      )
    }
    return true
  }
}

/** Who to ask, as shown: the 402's billing owner (name, else email), else the provider's `billingOwner`. */
export function ownerOf(options: BillingOptions, paywall: PaymentRequired | null): string | undefined {
  const owner = paywall?.billingOwner
  return owner?.name ?? owner?.email ?? (options.billingOwner?.trim() || undefined)
}

/** The `billingUrl` for a reason: its own entry, else `default`, else the single URL. */
export function billingUrlFor(billingUrl: BillingUrl | undefined, reason: PaywallReason | undefined) {
  if (typeof billingUrl === 'string' || billingUrl === undefined) return billingUrl
  return (reason && billingUrl[reason]) || billingUrl.default
}
