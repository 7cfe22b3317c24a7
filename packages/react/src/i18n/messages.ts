import type { PaywallPlanInterval, ReasonMessages } from '@paywall-kit/core'
import { createContext, useContext } from 'react'
import { messages as englishLocale } from './locales/en'
import { withFallback } from './message-fallback'

/**
 * Every user-facing string of the kit's components, with English defaults.
 * Functions receive already-formatted (`Intl`) values so translations control word order; a function
 * of several values takes them as one object, so a translation names the values it uses
 * (`({ used, limit }) => …`) instead of remembering their order.
 */
export interface PaywallMessages {
  /** Title, message and action label per paywall reason (see `@paywall-kit/core`). */
  reasons: ReasonMessages
  modal: {
    /** "Not now" (dismiss) button. */
    dismiss: string
    /** Accessible name of the close (×) button. */
    close: string
    /** Shown below the action: what happens after paying. */
    afterPayment: string
    /** Heading of the plan list. */
    plansHeading: string
    /** Usage line, e.g. "100 of 100 requests used". `unit` is the 402's, when it has one. */
    usage: (values: { used: string; limit: string; unit: string | undefined }) => string
    /** "Resets …" with a formatted date. */
    usageResets: (date: string) => string
    /**
     * The price a machine-payment paywall (x402, L402, MPP) asks, e.g. "Price: 0.01 USDC on Base":
     * `price` is formatted with `Intl` ("$0.01", "150 sats"), `network` is where it is paid, when known.
     */
    price: (values: { price: string; network: string | undefined }) => string
    /** "Try again" for a mutation that hit the paywall, or once a countdown has ended. */
    tryAgain: string
    /**
     * "Try again in 2 hours" / "Try again tomorrow" while the paywall's `retryAfter` or quota reset is
     * ahead: `relative` is `Intl.RelativeTimeFormat` output with `numeric: 'auto'`.
     */
    retryIn: (values: { relative: string }) => string
    /** Shown (and announced) when that time has come. */
    retryReady: string
    /** Support block label. */
    supportHeading: string
    requestId: string
    time: string
    /** Copy button for the support details. */
    copy: string
    /** Announced once the support details are on the clipboard. */
    copied: string
    /** Announced when the clipboard is unavailable. */
    copyFailed: string
    /** Contact support link label. */
    contactSupport: string
    /** Link to the server's documentation for this error. */
    learnMore: string
    /** The action's text while `onAction` runs (e.g. a checkout overlay is opening); also announced. */
    actionPending: string
    /** Shown (as an alert) when `onAction`'s promise rejects; the modal stays open. */
    actionFailed: string
    /** The action's text once the user picked a plan, e.g. "Continue with Pro". */
    choosePlan: (plan: string) => string
    /** A plan's price per interval, e.g. "$20.00 per month"; `price` is `Intl.NumberFormat` output. */
    planPrice: (values: { price: string; interval: PaywallPlanInterval | undefined }) => string
    /** Marks the plan the account is on now. */
    currentPlan: string
    /** Marks the plan the server recommends. */
    recommendedPlan: string
    /**
     * For a viewer who cannot pay (`canManageBilling`): who to ask. `owner` is the billing owner's name
     * or email, when known.
     */
    askOwner: (values: { owner: string | undefined }) => string
    /** Button that copies the link to billing, to send to whoever can pay. */
    copyLink: string
    /** Announced once the link is on the clipboard. */
    linkCopied: string
    /** Button calling the provider's `onRequestAccess`. */
    requestAccess: string
    /** Announced once `onRequestAccess` has finished. */
    requestSent: string
    /** Shown (as an alert) when `onRequestAccess` fails. */
    requestFailed: string
  }
  lock: {
    /** Overlay heading when the feature is locked. */
    locked: string
    /** Button that opens the paywall for this feature. */
    unlock: string
    /** The same button for a viewer who cannot pay (`canManageBilling`): the modal then says who to ask. */
    howToGetAccess: string
  }
  meter: {
    /**
     * `aria-valuetext`, e.g. "820 of 1,000 API calls, 82%". `unit` is the meter's `unit` prop, when given;
     * the default uses it in place of the label ("820 of 1,000 requests, 82%").
     */
    valueText: (values: {
      used: string
      limit: string
      label: string
      percent: string
      unit: string | undefined
    }) => string
    /** Visible amount, e.g. "820 of 1,000 requests". */
    value: (values: { used: string; limit: string; unit: string | undefined }) => string
    /** Visible text for an unlimited allowance, e.g. "820 requests used, no limit". */
    unlimited: (values: { used: string; unit: string | undefined }) => string
    /**
     * Visible text and `aria-valuetext` when `used` is not a number (`NaN`, `Infinity`), e.g.
     * "Usage unknown, limit 1,000 requests"; `limit` is `undefined` for an unlimited allowance.
     */
    unknown: (values: { limit: string | undefined; unit: string | undefined }) => string
    /** "Resets Dec 1". */
    resets: (date: string) => string
    /** Upgrade action at the top levels. */
    upgrade: string
    /** Announced when a threshold below 100% is crossed, e.g. "API calls at 80% of your limit". */
    crossed: (values: { label: string; percent: string }) => string
    /** Announced when the limit is reached. */
    exceeded: (label: string) => string
  }
  banner: {
    /** Heading while access continues. */
    title: string
    /**
     * "Access ends in 3 days" / "Access ends tomorrow" / "Access ends today": `relative` is
     * `Intl.RelativeTimeFormat` output with `numeric: 'auto'`; `days` is the whole days left (0 = today).
     */
    daysLeft: (values: { days: number; relative: string }) => string
    /** Body while access continues. */
    message: string
    /** Heading once access is lost. */
    expiredTitle: string
    /** Body once access is lost. */
    expiredMessage: string
    /** Update-payment action. */
    action: string
    /** Heading of the `trial-ending` variant. */
    trialTitle: string
    /** "Trial ends in 3 days" / "tomorrow" / "today"; values as for `daysLeft`. */
    trialDaysLeft: (values: { days: number; relative: string }) => string
    /** Body of the `trial-ending` variant. */
    trialMessage: string
    /** Action of the `trial-ending` variant, e.g. "Choose a plan". */
    trialAction: string
    /** Heading once the trial has ended. */
    trialEndedTitle: string
    /** Body once the trial has ended. */
    trialEndedMessage: string
    /** Heading of the `card-expiring` variant. */
    cardTitle: string
    /** "Card expires in 12 days" / "tomorrow" / "today"; values as for `daysLeft`. */
    cardDaysLeft: (values: { days: number; relative: string }) => string
    /** Body of the `card-expiring` variant. */
    cardMessage: string
    /** Action of the `card-expiring` variant, e.g. "Update card". */
    cardAction: string
    /** Heading once the card has expired. */
    cardExpiredTitle: string
    /** Body once the card has expired. */
    cardExpiredMessage: string
    /** Body of the `access-ended` variant (its heading is `expiredTitle`). */
    endedMessage: string
    /** Action of the `access-ended` variant, e.g. "Renew plan". */
    endedAction: string
    /** Description for a viewer who cannot pay (`canManageBilling`); `owner` is the billing owner, when known. */
    askOwner: (values: { owner: string | undefined }) => string
    /** The action for a viewer who cannot pay: copies the billing link to send to whoever can. */
    copyLink: string
    /** Announced once the link is on the clipboard. */
    linkCopied: string
    /** Accessible name of the dismiss button. */
    dismiss: string
  }
}

/** Any subset of the messages, deeply partial by section. */
export type PaywallMessagesOverride = { [K in keyof PaywallMessages]?: Partial<PaywallMessages[K]> }

/**
 * English defaults: the shipped English locale (`locales/en.ts`, which needs nothing from React), with
 * `reasons` left empty so each reason's copy comes from core's `defaultReasonMessages`.
 */
export const defaultMessages: PaywallMessages = { ...englishLocale, reasons: {} }

/**
 * An override's entries that say something: a missing translation (`undefined`) keeps the default, and
 * each function falls back to `base`'s when it throws (see `withFallback`).
 */
const given = <T extends object>(section: T | undefined, base: T, name: string) =>
  section &&
  (Object.fromEntries(
    Object.entries(section)
      .filter(([, value]) => value != null)
      .map(([key, value]) => [
        key,
        withFallback(`${name}.${key}`, value, (base as Record<string, unknown>)[key]),
      ]),
  ) as T)

/** Merge overrides section by section over `base`; `undefined` or `null` entries keep `base`'s. */
export function mergeMessages(
  base: PaywallMessages,
  override: PaywallMessagesOverride | undefined,
): PaywallMessages {
  if (!override) return base
  return {
    reasons: { ...base.reasons, ...given(override.reasons, base.reasons, 'reasons') },
    modal: { ...base.modal, ...given(override.modal, base.modal, 'modal') },
    lock: { ...base.lock, ...given(override.lock, base.lock, 'lock') },
    meter: { ...base.meter, ...given(override.meter, base.meter, 'meter') },
    banner: { ...base.banner, ...given(override.banner, base.banner, 'banner') },
  }
}

export const MessagesContext = createContext<PaywallMessages>(defaultMessages)
MessagesContext.displayName = 'PaywallMessagesContext'

/** The messages in effect: the provider's merged over the defaults, then a component's own override. */
export function useMessages(override?: PaywallMessagesOverride): PaywallMessages {
  const messages = useContext(MessagesContext)
  return override ? mergeMessages(messages, override) : messages
}
