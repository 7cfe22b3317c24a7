import { bytesToBase64, hexToBytes, toBase64Url } from '../shared/base64.ts'
import type { PaywallProblem } from './dialects.ts'
import { lightningInvoice, macaroonBytes, SATS_PER_USD } from './lightning.ts'

/** How long a machine-payment challenge stays payable, in seconds. */
const CHALLENGE_SECONDS = 600

/** A quoted authentication parameter value (RFC 9110 §5.6.4). */
const quoted = (value: string) => `"${value.replace(/[\\"]/g, '\\$&')}"`

const parameters = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}=${quoted(value)}`)
    .join(', ')

/**
 * L402 (formerly LSAT): `WWW-Authenticate: L402 macaroon="<base64>", invoice="lntb…"`. The client
 * pays the invoice and presents the macaroon with the preimage; the price is in the invoice,
 * converted at `SATS_PER_USD`.
 */
export function l402Challenge(problem: PaywallProblem): string {
  const location = new URL(problem.url).host
  const macaroon = macaroonBytes({
    location,
    requestId: problem.requestId,
    caveats: [`services=${problem.feature}:0`],
  })
  const invoice = lightningInvoice({
    sats: Math.max(1, Math.round(problem.priceUsd * SATS_PER_USD)),
    description: problem.message,
    requestId: problem.requestId,
    createdAtMs: Date.parse(problem.timestamp),
    expirySeconds: CHALLENGE_SECONDS,
  })
  return `L402 ${parameters({ macaroon: bytesToBase64(macaroon), invoice })}`
}

/**
 * The Machine Payments Protocol's challenge (the IETF draft "The Payment HTTP Authentication
 * Scheme"): `WWW-Authenticate: Payment id, realm, method, intent="charge", expires, description,
 * request` where `request` is base64url JSON `{ amount, currency, recipient, description }`, the
 * amount in the currency's minor units (US cents), paid with the `stripe` method.
 */
export function mppChallenge(problem: PaywallProblem): { header: string; id: string } {
  const id = toBase64Url(hexToBytes(problem.requestId))
  const request = {
    amount: String(Math.round(problem.priceUsd * 100)),
    currency: 'usd',
    recipient: 'acct_acme_analytics',
    description: problem.message,
  }
  const expires = new Date(Date.parse(problem.timestamp) + CHALLENGE_SECONDS * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
  const header = `Payment ${parameters({
    id,
    realm: new URL(problem.url).host,
    method: 'stripe',
    intent: 'charge',
    expires,
    description: problem.message,
    request: toBase64Url(JSON.stringify(request)),
  })}`
  return { header, id }
}
