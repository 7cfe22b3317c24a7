import type { Dialect } from '../internal/found'
import { isObject, own } from '../internal/guards'
import { fromBaseUnits, knownAsset, networkName } from '../internal/price'
import { isCode } from '../internal/text'

const decode = (header: string): unknown => {
  try {
    const binary = atob(header.slice(0, 65536).replace(/-/g, '+').replace(/_/g, '/'))
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))))
  } catch {}
}

/**
 * The first way to pay that x402 offers, in words: v1 `maxAmountRequired` and v2 `amount` are in the
 * asset's base units, so the amount is given only for tokens whose decimals are known (USDC, EURC, or
 * `extra.decimals`); the asset's address is never passed on, only its symbol.
 */
function priceOf(data: unknown) {
  const accepts = own(data, 'accepts')
  const offer = Array.isArray(accepts) ? accepts[0] : undefined
  const extra = own(offer, 'extra')
  const asset = own(offer, 'asset')
  const known = knownAsset(asset, own(extra, 'name'))
  const decimals = known?.decimals ?? own(extra, 'decimals')
  const symbol = known?.symbol ?? own(extra, 'symbol')
  return {
    amount: fromBaseUnits(own(offer, 'amount') ?? own(offer, 'maxAmountRequired'), decimals),
    asset: symbol,
    network: networkName(own(offer, 'network')),
    description: own(offer, 'description') || own(own(data, 'resource'), 'description'),
  }
}

/**
 * x402 machine payments: the v1 body `{x402Version, error, accepts}` and the v2 `PAYMENT-REQUIRED`
 * header (base64 JSON). Its `error` is meant for the paying client, not for people, so it only
 * feeds `code` and the reason; the copy is the default for the reason. The first entry of `accepts`
 * gives the price (amount, asset, network) and, with `resource`, the description.
 */
export const x402: Dialect = ({ headers, body }) => {
  const header = headers.get('payment-required')
  const data = header ? decode(header) : body
  if (!header && own(data, 'x402Version') == null) return null
  const error = own(data, 'error')
  return {
    dialect: 'x402',
    code: isCode(error) ? error : undefined,
    price: isObject(data) ? priceOf(data) : undefined,
    hints: [error],
  }
}
