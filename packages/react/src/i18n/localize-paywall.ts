import { type PaymentRequired, type ReasonMessages, reasonCopy } from '@paywall-kit/core'

/**
 * The paywall with the app's copy for its reason in place of the English defaults. Text the server
 * sent (a human message, its own action label) is kept: only default copy is replaced, so a 402
 * parsed without the provider's options (e.g. by `paywallFetch`) is still localised.
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
