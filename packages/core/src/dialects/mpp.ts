import { parseChallenges } from '../internal/auth-challenges'
import type { Dialect } from '../internal/found'
import { isObject, own } from '../internal/guards'
import { fromBaseUnits, minorDigits, networkName } from '../internal/price'
import { challengeBody } from './challenge-body'

/** A base64url (or base64) JSON parameter, such as MPP's `request`; `undefined` when it is not one. */
const decodeJson = (value: string | undefined): unknown => {
  if (!value || value.length > 16384) return
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''))
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))))
  } catch {}
}

/** Methods named after the network they pay on; card methods (`stripe`, `card`) name none. */
const methodNetworks: Record<string, string> = { tempo: 'Tempo', lightning: 'Lightning' }

/**
 * The Machine Payments Protocol's `Payment` scheme (the IETF draft "The Payment HTTP Authentication
 * Scheme"): `WWW-Authenticate: Payment id="…", realm="…", method="tempo", intent="charge",
 * description="…", request="<base64url JSON>"`. The first `Payment` challenge is read; its `request`
 * (`{ amount, currency, recipient, description, decimals }`) gives the price: the amount is in base
 * units, so it is shown for an ISO 4217 currency (`"usd"`: cents) or when `decimals` is given. The
 * recipient, the challenge id and any opaque data are never passed on.
 */
export const mpp: Dialect = (seen) => {
  const challenge = parseChallenges(seen.headers.get('www-authenticate')).find(
    ({ scheme }) => scheme.toLowerCase() === 'payment',
  )
  if (!challenge) return null
  const request = decodeJson(challenge.params.get('request'))
  const currency = own(request, 'currency')
  const money = typeof currency === 'string' ? minorDigits(currency) : undefined
  const details = own(request, 'methodDetails')
  const decimals = money ?? own(request, 'decimals') ?? own(details, 'decimals')
  const method = challenge.params.get('method')?.toLowerCase() ?? ''
  return {
    ...challengeBody(seen),
    dialect: 'mpp',
    price: isObject(request)
      ? {
          amount: fromBaseUnits(own(request, 'amount'), decimals),
          currency: money === undefined ? undefined : currency,
          asset: money === undefined ? own(request, 'symbol') : undefined,
          network: methodNetworks[method] ?? networkName(own(details, 'network')),
          description: challenge.params.get('description') ?? own(request, 'description'),
        }
      : { description: challenge.params.get('description') },
  }
}
