import type { PaywallPrice } from '../types'
import { isObject, own } from './guards'
import { plainText } from './text'

/** Networks by their x402 v1 name or CAIP-2 id, as people call them. */
const networkNames: Record<string, string> = {
  'eip155:1': 'Ethereum',
  'eip155:8453': 'Base',
  'eip155:84532': 'Base Sepolia',
  'eip155:137': 'Polygon',
  'eip155:80002': 'Polygon Amoy',
  'eip155:43114': 'Avalanche',
  'eip155:43113': 'Avalanche Fuji',
  'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp': 'Solana',
  'solana:EtWTRABZaYq6iMfeYKouRu166VU2xqa1': 'Solana Devnet',
}

/**
 * A network's human name: a known CAIP-2 id (`eip155:8453` → Base), or a plain name in title case
 * (`base-sepolia` → Base Sepolia). Other ids (`eip155:999`) are left out rather than shown as jargon.
 */
export function networkName(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length > 100) return
  const known = networkNames[id]
  if (known || /[:0-9]/.test(id) || !/^[a-z][a-z -]*$/i.test(id)) return known
  return id.replace(/[-_]+/g, ' ').replace(/\b[a-z]/g, (letter) => letter.toUpperCase())
}

/** Stablecoins by contract address or mint (lower case), for amounts given in base units. */
const knownAssets: Record<string, { symbol: string; decimals: number }> = {
  '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913': { symbol: 'USDC', decimals: 6 }, // Base
  '0x036cbd53842c5426634e7929541ec2318f3dcf7e': { symbol: 'USDC', decimals: 6 }, // Base Sepolia
  epjfwdd5aufqssqem2qn1xzybapc8g4wegkzwytdt1v: { symbol: 'USDC', decimals: 6 }, // Solana
  '4zmmc9srt5ri5x14gagxhahii3gnpaeeryprjgzjdncdu': { symbol: 'USDC', decimals: 6 }, // Solana Devnet
}

/** Token names that servers put in x402's `extra.name` (the EIP-712 domain name), by symbol. */
const knownNames: Record<string, { symbol: string; decimals: number }> = {
  usdc: { symbol: 'USDC', decimals: 6 },
  'usd coin': { symbol: 'USDC', decimals: 6 },
  eurc: { symbol: 'EURC', decimals: 6 },
}

/** The symbol and decimals of a token, from its address, or its name when the address is unknown. */
export function knownAsset(address: unknown, name: unknown) {
  return (
    (typeof address === 'string' ? knownAssets[address.toLowerCase()] : undefined) ??
    (typeof name === 'string' ? knownNames[name.trim().toLowerCase()] : undefined)
  )
}

/**
 * An amount in base units (`"10000"`) as a decimal string in whole units (`"0.01"` for 6 decimals),
 * exact (no floating point). `undefined` unless both are well formed.
 */
export function fromBaseUnits(amount: unknown, decimals: unknown): string | undefined {
  const digits = typeof amount === 'number' && Number.isSafeInteger(amount) ? String(amount) : amount
  if (typeof digits !== 'string' || !/^\d{1,40}$/.test(digits)) return
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 30) return
  const padded = digits.padStart(decimals + 1, '0')
  const whole = padded.slice(0, padded.length - decimals).replace(/^0+(?=\d)/, '')
  const fraction = padded.slice(padded.length - decimals).replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

let isoCurrencies: Set<string> | undefined

/** Whether `code` is an ISO 4217 currency the runtime knows (`USD`, `eur`), not a token symbol such as `ETH`. */
function isIsoCurrency(code: string): boolean {
  if (!/^[a-z]{3}$/i.test(code)) return false
  // Older engines without the list accept any three letters, as Intl.NumberFormat itself does.
  isoCurrencies ??= new Set(Intl.supportedValuesOf?.('currency') ?? [])
  return isoCurrencies.size === 0 || isoCurrencies.has(code.toUpperCase())
}

/** Digits after the decimal point of an ISO 4217 currency (2 for USD, 0 for JPY); `undefined` for anything else. */
export function minorDigits(currency: string): number | undefined {
  if (!isIsoCurrency(currency)) return
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits
  } catch {}
}

/**
 * A price found in a response, made safe to show: the amount a plain decimal, the currency an
 * ISO 4217 code, the asset a short symbol (never an address), the network and description plain
 * text. `undefined` when nothing is left.
 */
export function paywallPrice(value: unknown): PaywallPrice | undefined {
  if (!isObject(value)) return
  const amount = own(value, 'amount')
  const currency = own(value, 'currency')
  const asset = own(value, 'asset')
  const price: PaywallPrice = {}
  if (typeof amount === 'string' && /^\d{1,40}(\.\d{1,40})?$/.test(amount)) price.amount = amount
  if (typeof currency === 'string' && /^[a-z]{3}$/i.test(currency)) price.currency = currency.toUpperCase()
  else if (typeof asset === 'string' && /^[\p{L}\p{N}$.-]{1,12}$/u.test(asset)) price.asset = asset
  const network = plainText(own(value, 'network'), 40)
  const description = plainText(own(value, 'description'), 200)
  if (network) price.network = network
  if (description) price.description = description
  return Object.keys(price).length ? price : undefined
}
