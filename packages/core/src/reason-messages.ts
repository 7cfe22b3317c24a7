import { own } from './internal/guards'
import type { PaywallReason, ReasonCopy, ReasonMessages } from './types'

/**
 * English copy for every reason: a short title, one sentence, and the label of the next step.
 * Only copy: the key order means nothing (`reasonFor` keeps its own list of patterns per reason).
 */
export const defaultReasonMessages: Readonly<Record<PaywallReason, ReasonCopy>> = {
  trial_ended: {
    title: 'Your free trial has ended',
    message: 'Choose a plan to keep going.',
    action: 'Choose a plan',
  },
  invoice_unpaid: {
    title: 'Your account is on hold',
    message: 'Pay the open invoice to restore access.',
    action: 'Pay invoice',
  },
  payment_failed: {
    title: 'Your payment didn’t go through',
    message: 'Update your payment method to keep access.',
    action: 'Update payment method',
  },
  insufficient_credits: {
    title: 'You’re out of credits',
    message: 'Add credits to continue.',
    action: 'Add credits',
  },
  quota_exceeded: {
    title: 'You’ve reached your plan’s limit',
    message: 'Upgrade, or wait for your usage to reset.',
    action: 'Upgrade plan',
  },
  subscription_expired: {
    title: 'Your subscription has ended',
    message: 'Renew to pick up where you left off.',
    action: 'Renew subscription',
  },
  upgrade_required: {
    title: 'Upgrade to unlock this feature',
    message: 'This feature is part of a higher plan.',
    action: 'See plans',
  },
  payment_required: {
    title: 'Your billing needs attention',
    message: 'Review your billing details to continue.',
    action: 'Review billing',
  },
}

/**
 * The copy for a reason: the app's `messages` where given, else the English default.
 * Unknown reasons get the generic `payment_required` copy; non-string overrides are ignored.
 */
export function reasonCopy(reason: PaywallReason, messages?: ReasonMessages): ReasonCopy {
  const base = (own(defaultReasonMessages, reason) ?? defaultReasonMessages.payment_required) as ReasonCopy
  const custom = own(messages, reason) as Partial<ReasonCopy> | undefined
  const copy = { ...base }
  for (const key in copy) {
    const value = custom?.[key as keyof ReasonCopy]
    if (typeof value === 'string' && value) copy[key as keyof ReasonCopy] = value
  }
  return copy
}
