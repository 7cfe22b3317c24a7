import { parseChallenges } from '../internal/auth-challenges'
import { lightningInvoice } from '../internal/bolt11'
import type { Dialect } from '../internal/found'
import { challengeBody } from './challenge-body'

/**
 * L402 (formerly LSAT): `WWW-Authenticate: L402 macaroon="…", invoice="lnbc…"`. The macaroon and the
 * invoice are for the paying client and never reach the paywall; only what the invoice asks for is
 * kept, in words: its amount in sats, the Lightning network and the payee's description.
 */
export const l402: Dialect = (seen) => {
  const challenge = parseChallenges(seen.headers.get('www-authenticate')).find(({ scheme }) =>
    /^(l402|lsat)$/i.test(scheme),
  )
  if (!challenge) return null
  const invoice = lightningInvoice(challenge.params.get('invoice') ?? '')
  return {
    ...challengeBody(seen),
    dialect: 'l402',
    price: invoice && { ...invoice, asset: invoice.amount === undefined ? undefined : 'sats' },
  }
}
