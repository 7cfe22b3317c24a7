const bech32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

/** Lightning networks by the currency prefix of an invoice (BOLT 11). */
const networks: Record<string, string> = {
  bc: 'Lightning',
  tb: 'Lightning testnet',
  tbs: 'Lightning signet',
  bcrt: 'Lightning regtest',
}

/** Millisatoshis per unit of each amount multiplier; no multiplier means whole bitcoins. */
const msatPer: Record<string, bigint> = { '': 100_000_000_000n, m: 100_000_000n, u: 100_000n, n: 100n }

/** Millisatoshis as a decimal string of satoshis: 150000 → "150", 1500 → "1.5". */
const sats = (msat: bigint) => {
  const fraction = (msat % 1000n).toString().padStart(3, '0').replace(/0+$/, '')
  return `${msat / 1000n}${fraction ? `.${fraction}` : ''}`
}

/** The `d` (description) field of the invoice's tagged data, as UTF-8; signature and checksum excluded. */
function description(data: string): string | undefined {
  const words = Array.from(data, (char) => bech32.indexOf(char))
  if (words.includes(-1)) return
  // 7 words of timestamp first; 104 words of signature before the 6-word checksum at the end.
  const end = words.length - 110
  for (let index = 7; index + 3 <= end; ) {
    const [type, high, low] = words.slice(index, index + 3) as [number, number, number]
    const length = high * 32 + low
    if (type === 13) {
      const bytes: number[] = []
      let buffer = 0
      let bits = 0
      for (const word of words.slice(index + 3, Math.min(index + 3 + length, end))) {
        buffer = ((buffer << 5) | word) & 0xfff
        bits += 5
        if (bits >= 8) {
          bits -= 8
          bytes.push((buffer >> bits) & 0xff)
        }
      }
      return new TextDecoder().decode(new Uint8Array(bytes))
    }
    index += 3 + length
  }
}

/**
 * What a BOLT 11 Lightning invoice asks for, to show in words: the amount in satoshis (exact, as a
 * decimal string), the network, and the payee's description when it has one. The checksum is not
 * verified: nothing here pays, and the values are only shown. `undefined` for anything that is not
 * an invoice. Never throws.
 */
export function lightningInvoice(
  invoice: string,
): { amount?: string; network: string; description?: string } | undefined {
  const text = invoice.slice(0, 8192).toLowerCase()
  const separator = text.lastIndexOf('1')
  const prefix = /^ln(bcrt|bc|tbs|tb)(\d*)([munp]?)$/.exec(text.slice(0, separator))
  if (!prefix) return
  const [, currency = '', digits = '', multiplier = ''] = prefix
  // A pico-bitcoin amount is in tenths of a millisatoshi; only whole millisatoshis are payable.
  const msat = digits
    ? multiplier === 'p'
      ? BigInt(digits) / 10n
      : BigInt(digits) * (msatPer[multiplier] ?? 0n)
    : undefined
  return {
    amount: msat === undefined ? undefined : sats(msat),
    network: networks[currency] ?? 'Lightning',
    description: description(text.slice(separator + 1)),
  }
}
