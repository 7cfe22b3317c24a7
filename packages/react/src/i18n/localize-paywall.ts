import { type PaymentRequired, type PaywallStore, type ReasonMessages, reasonCopy } from '@paywall-kit/core'
import { type ServerCopy, usesServerCopy } from './server-copy'

/** How a paywall is localised: whether the server's copy may stay, and the UI's locale to judge it by. */
export interface LocalizeOptions {
  /** See `ServerCopy`. @default true (the server's human copy is kept) */
  serverCopy?: ServerCopy
  /** The UI's BCP 47 locale, compared with the paywall's `language` under `'auto'`. @default undefined (English) */
  locale?: string
}

/**
 * The paywall with the app's copy for its reason in place of the English defaults. Text the server
 * sent (a human message, its own action label) is kept when `options.serverCopy` allows it for this
 * paywall's language; otherwise the app's copy for the reason replaces it too, so a German UI never
 * shows an English server sentence under a German title. Default copy is recognised by its text,
 * so a 402 parsed without the provider's options (e.g. by `paywallFetch`) is localised like any other.
 */
export function localizePaywall(
  paywall: PaymentRequired,
  reasons: ReasonMessages,
  options: LocalizeOptions = {},
): PaymentRequired {
  const server = usesServerCopy(paywall.language, options.locale, options.serverCopy ?? true)
  if (server && !Object.hasOwn(reasons, paywall.reason)) return paywall
  const english = reasonCopy(paywall.reason)
  const app = reasonCopy(paywall.reason, reasons)
  const title = server && paywall.title !== english.title ? paywall.title : app.title
  const message = server && paywall.message !== english.message ? paywall.message : app.message
  const action =
    paywall.action && !(server && paywall.action.label !== english.action)
      ? { ...paywall.action, label: app.action }
      : paywall.action
  if (title === paywall.title && message === paywall.message && action?.label === paywall.action?.label)
    return paywall
  return { ...paywall, title, message, action }
}

/**
 * The store, localising every paywall as it is reported: where a paywall enters the store is the one
 * place it is localised, so every hook, render prop and part reads the same copy whichever HTTP client
 * threw the 402 (`paywallFetch` parses in English; axios errors are parsed by the provider).
 * The copy is the one in effect when the paywall arrives; changed `messages` apply to later paywalls.
 * @param reasons the provider's `messages.reasons` at the time of each report.
 * @param options the provider's `serverCopy` and `locale` at the time of each report.
 * @default options () => ({}) (the server's human copy is kept)
 */
export function localizeOnEntry(
  store: PaywallStore,
  reasons: () => ReasonMessages,
  options: () => LocalizeOptions = () => ({}),
): PaywallStore {
  return {
    ...store,
    report: (paywall, reportOptions) =>
      store.report(
        // A non-object is left for the store to reject with its own TypeError.
        paywall !== null && typeof paywall === 'object'
          ? localizePaywall(paywall, reasons(), options())
          : paywall,
        reportOptions,
      ),
  }
}
