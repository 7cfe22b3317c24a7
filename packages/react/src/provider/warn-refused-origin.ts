import type { PaymentRequired, PaywallStore } from '@paywall-kit/core'

/** Origins already warned about: one warning per origin, however many 402s name it. */
const warned = new Set<string>()

const originOf = (url: string) => {
  try {
    return new URL(url).origin
  } catch {}
}

/**
 * In development, warns once per origin that a 402's action link was dropped because its origin is not
 * listed (the paywall's `refusedActionOrigin`, set by core's parser), and what to list to allow it.
 * Bundlers replace `process.env.NODE_ENV`, so production builds drop it.
 * @param allowedOrigins the provider's: when they already list the origin, the 402 was read elsewhere
 *   (e.g. by `createPaywallFetch`) with its own, shorter list, and that is where the entry is missing.
 */
export function warnRefusedOrigin(paywall: PaymentRequired, allowedOrigins: readonly string[] = []): void {
  if (process.env.NODE_ENV !== 'production') {
    const origin: unknown = paywall?.refusedActionOrigin
    if (typeof origin !== 'string' || warned.has(origin)) return
    warned.add(origin)
    const list = `allowedOrigins: ['${origin}']`
    console.warn(
      allowedOrigins.some((allowed) => originOf(allowed) === origin)
        ? `[paywall-kit] A 402 asked to send the user to ${origin}; \`PaywallProvider\` lists it, but the ` +
            'code that read the 402 has its own allowedOrigins without it, so the action link was dropped. ' +
            `List it there too, e.g. createPaywallFetch({ ${list} }).`
        : `[paywall-kit] A 402 asked to send the user to ${origin}, which is not in allowedOrigins, so the ` +
            `action link was dropped; add <PaywallProvider allowedOrigins={['${origin}']}> to allow it ` +
            `(and createPaywallFetch({ ${list} }) if the 402 came through it).`,
    )
  }
}

/**
 * The store, passing every reported paywall to `warnRefusedOrigin` first: where a paywall enters the
 * store is the one place every 402 passes, whichever HTTP client threw it and whoever parsed it.
 * @param allowedOrigins the provider's `allowedOrigins` at the time of each report.
 */
export function warnRefusedOriginOnEntry(
  store: PaywallStore,
  allowedOrigins: () => readonly string[] | undefined,
): PaywallStore {
  return {
    ...store,
    report: (paywall, options) => {
      warnRefusedOrigin(paywall, allowedOrigins())
      return store.report(paywall, options)
    },
  }
}
