import { hexToBytes } from '../shared/base64.ts'

/**
 * The mock's fixed exchange rate for Lightning prices: 1,000 satoshis a US dollar (a bitcoin at
 * $100,000). A demo value, never a quote.
 */
export const SATS_PER_USD = 1_000

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]

/** BOLT 11 tagged-field types. */
const TAG = { paymentHash: 1, expiry: 6, description: 13 } as const

/** BOLT 11 caps a tagged field at 1,023 five-bit words: 639 bytes of description. */
const MAX_DESCRIPTION_BYTES = 639

function polymod(values: number[]): number {
  let checksum = 1
  for (const value of values) {
    const top = checksum >>> 25
    checksum = ((checksum & 0x1ffffff) << 5) ^ value
    BECH32_GENERATOR.forEach((generator, bit) => {
      if ((top >>> bit) & 1) checksum ^= generator
    })
  }
  return checksum
}

/** The six checksum words of BIP 173's bech32 (not bech32m: BOLT 11 uses the original). */
function bech32Checksum(prefix: string, words: number[]): number[] {
  const expanded = [
    ...Array.from(prefix, (char) => char.charCodeAt(0) >>> 5),
    0,
    ...Array.from(prefix, (char) => char.charCodeAt(0) & 31),
  ]
  const mod = polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1
  return Array.from({ length: 6 }, (_, index) => (mod >>> (5 * (5 - index))) & 31)
}

/** Bytes regrouped as five-bit words, the last one padded with zero bits. */
function toWords(bytes: Uint8Array): number[] {
  const words: number[] = []
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff
    bits += 8
    while (bits >= 5) {
      bits -= 5
      words.push((buffer >>> bits) & 31)
    }
  }
  if (bits > 0) words.push((buffer << (5 - bits)) & 31)
  return words
}

/** A number as big-endian five-bit words, at least `length` of them. */
function numberWords(value: number, length = 1): number[] {
  const words: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 32)) words.unshift(rest % 32)
  while (words.length < length) words.unshift(0)
  return words
}

const taggedField = (type: number, data: number[]) => [type, ...numberWords(data.length, 2), ...data]

function utf8Prefix(text: string, maxBytes: number): Uint8Array {
  let bytes = new TextEncoder().encode(text)
  for (let cut = text.length; bytes.length > maxBytes; cut -= 1)
    bytes = new TextEncoder().encode(text.slice(0, cut))
  return bytes
}

/** What an invoice asks for. */
export interface InvoiceRequest {
  /** Satoshis, a whole number. */
  sats: number
  description: string
  /** The 32-character hexadecimal request id; the payment hash is made from it. */
  requestId: string
  /** Epoch milliseconds. */
  createdAtMs: number
  /** @default 600 */
  expirySeconds?: number
}

/**
 * A BOLT 11 invoice on the Lightning testnet (`lntb…`): the amount in its prefix, a timestamp, a
 * payment hash, the description and an expiry, with a valid bech32 checksum. Its signature is
 * zeros: nothing can pay it, and no client should try.
 */
export function lightningInvoice(request: InvoiceRequest): string {
  const amount = request.sats % 100 === 0 ? `${request.sats / 100}u` : `${request.sats * 10}n`
  const prefix = `lntb${amount}`
  const hashBytes = hexToBytes(request.requestId.padEnd(32, '0').slice(0, 32))
  const paymentHash = new Uint8Array([...hashBytes, ...hashBytes])
  const words = [
    ...numberWords(Math.floor(request.createdAtMs / 1000), 7),
    ...taggedField(TAG.paymentHash, toWords(paymentHash)),
    ...taggedField(TAG.description, toWords(utf8Prefix(request.description, MAX_DESCRIPTION_BYTES))),
    ...taggedField(TAG.expiry, numberWords(request.expirySeconds ?? 600)),
    ...new Array<number>(104).fill(0),
  ]
  const data = [...words, ...bech32Checksum(prefix, words)]
  return `${prefix}1${data.map((word) => BECH32_CHARSET.charAt(word)).join('')}`
}

function varint(value: number): number[] {
  const bytes: number[] = []
  let rest = value
  do {
    const low = rest & 0x7f
    rest >>>= 7
    bytes.push(rest > 0 ? low | 0x80 : low)
  } while (rest > 0)
  return bytes
}

const field = (type: number, bytes: Uint8Array) => [type, ...varint(bytes.length), ...bytes]

/** What a macaroon names. */
export interface MacaroonRequest {
  location: string
  /** The 32-character hexadecimal request id: the macaroon's identifier. */
  requestId: string
  /** First-party caveats, e.g. `services=reports:0`. */
  caveats: string[]
}

/**
 * A version 2 macaroon in its binary form (location, identifier, first-party caveats, a 32-byte
 * signature), base64: the shape L402 servers send. The signature is zeros: the mock never checks
 * a credential, so it holds no root key.
 */
export function macaroonBytes(request: MacaroonRequest): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text)
  const END = 0
  return Uint8Array.from([
    2,
    ...field(1, encode(request.location)),
    ...field(2, encode(request.requestId)),
    END,
    ...request.caveats.flatMap((caveat) => [...field(2, encode(caveat)), END]),
    END,
    ...field(6, new Uint8Array(32)),
  ])
}
