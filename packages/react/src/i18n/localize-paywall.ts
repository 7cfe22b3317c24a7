import { type PaymentRequired, type PaywallStore, type ReasonMessages, reasonCopy } from '@paywall-kit/core'

/**
 * The paywall with the app's copy for its reason in place of the English defaults. Text the server
 * sent (a human message, its own action label) is kept: only default copy is replaced, so a 402
 * parsed without the provider's options (e.g. by `paywallFetch`) is localised like any other.
 */
export function localizePaywall(paywall: PaymentRequired, reasons: ReasonMessages): PaymentRequired {
  if (!Object.hasOwn(reasons, paywall.reason)) return paywall
  const english = reasonCopy(paywall.reason)
  const app = reasonCopy(paywall.reason, reasons)
  const title = paywall.title === english.title ? app.title : paywall.title
  const message = paywall.message === english.message ? app.message : paywall.message
  const action =
    paywall.action?.label === english.action ? { ...paywall.action, label: app.action } : paywall.action
  if (title === paywall.title && message === paywall.message && action === paywall.action) return paywall
  return { ...paywall, title, message, action }
}

/**
 * The store, localising every paywall as it is reported: where a paywall enters the store is the one
 * place it is localised, so every hook, render prop and part reads the same copy whichever HTTP client
 * threw the 402 (`paywallFetch` parses in English; axios errors are parsed by the provider).
 * The copy is the one in effect when the paywall arrives; changed `messages` apply to later paywalls.
 * @param reasons the provider's `messages.reasons` at the time of each report.
 */
export function localizeOnEntry(store: PaywallStore, reasons: () => ReasonMessages): PaywallStore {
  return {
    ...store,
    report: (paywall, options) =>
      store.report(
        // A non-object is left for the store to reject with its own TypeError.
        paywall !== null && typeof paywall === 'object' ? localizePaywall(paywall, reasons()) : paywall,
        options,
      ),
  }
}
