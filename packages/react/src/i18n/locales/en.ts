import { defaultReasonMessages } from '@paywall-kit/core'
import type { LocaleMessages } from '../locale-messages'

/**
 * English, the kit's default, as a complete locale, for apps that switch between shipped locales:
 * `<PaywallProvider locale="en" messages={messages}>`. The kit's `defaultMessages` are built from it, so
 * the English text is written once; like every locale, this module needs nothing from React.
 */
export const messages: LocaleMessages = {
  reasons: { ...defaultReasonMessages },
  modal: {
    dismiss: 'Not now',
    close: 'Close',
    afterPayment: 'Access returns right away after payment.',
    plansHeading: 'Plans',
    usage: ({ used, limit, unit }) => `${used} of ${limit}${unit ? ` ${unit}` : ''} used`,
    usageResets: (date) => `Resets ${date}`,
    price: ({ price, network }) => (network ? `Price: ${price} on ${network}` : `Price: ${price}`),
    tryAgain: 'Try again',
    retryIn: ({ relative }) => `Try again ${relative}`,
    retryReady: 'You can try again now.',
    supportHeading: 'Need help? Give support these details.',
    requestId: 'Request ID',
    time: 'Time',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the details to copy them.',
    contactSupport: 'Contact support',
    learnMore: 'Learn more',
    actionPending: 'Opening checkout…',
    actionFailed: 'Checkout could not be completed. Please try again.',
    choosePlan: (plan) => `Continue with ${plan}`,
    planPrice: ({ price, interval }) => (interval ? `${price} per ${interval}` : price),
    currentPlan: 'Current plan',
    recommendedPlan: 'Recommended',
    askOwner: ({ owner }) =>
      owner
        ? `Ask ${owner} to update billing for this account so you can continue.`
        : 'Ask an admin of this account to update billing so you can continue.',
    copyLink: 'Copy link to billing',
    linkCopied: 'Link copied',
    requestAccess: 'Ask for access',
    requestSent: 'Request sent',
    requestFailed: 'The request could not be sent. Please try again.',
  },
  lock: {
    locked: 'This feature is not included in your plan',
    unlock: 'Unlock',
    howToGetAccess: 'How to get access',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} of ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} of ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''} used, no limit`,
    unknown: ({ limit, unit }) =>
      limit === undefined ? 'Usage unknown' : `Usage unknown, limit ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Resets ${date}`,
    upgrade: 'Upgrade',
    crossed: ({ label, percent }) => `${label} at ${percent} of your limit`,
    exceeded: (label) => `${label} limit reached`,
  },
  banner: {
    title: 'Your payment failed',
    daysLeft: ({ relative }) => `Access ends ${relative}`,
    message: 'Update your payment method to keep your plan.',
    expiredTitle: 'Your access has ended',
    expiredMessage: 'Update your payment method to restore access.',
    askOwner: ({ owner }) =>
      owner
        ? `Ask ${owner} to update the payment method.`
        : 'Ask an admin of this account to update the payment method.',
    copyLink: 'Copy link to billing',
    linkCopied: 'Link copied',
    action: 'Update payment method',
    trialTitle: 'Your trial is ending',
    trialDaysLeft: ({ relative }) => `Trial ends ${relative}`,
    trialMessage: 'Choose a plan to keep your work and every feature.',
    trialAction: 'Choose a plan',
    trialEndedTitle: 'Your trial has ended',
    trialEndedMessage: 'Choose a plan to pick up where you left off.',
    cardTitle: 'Your card expires soon',
    cardDaysLeft: ({ relative }) => `Card expires ${relative}`,
    cardMessage: 'Add a new card so your next payment goes through.',
    cardAction: 'Update card',
    cardExpiredTitle: 'Your card has expired',
    cardExpiredMessage: 'Add a new card before your next payment to keep your plan.',
    endedMessage: 'Renew your plan to restore access.',
    endedAction: 'Renew plan',
    dismiss: 'Dismiss',
  },
}
