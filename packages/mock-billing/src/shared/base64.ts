/** Base64 of bytes, without `Buffer`, so the API also runs in a browser service worker. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** Base64 of UTF-8 text. */
export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text))
}

/** Base64url (RFC 4648 §5) without padding, as HTTP authentication parameters carry binary and JSON. */
export function toBase64Url(input: string | Uint8Array): string {
  const base64 = typeof input === 'string' ? textToBase64(input) : bytesToBase64(input)
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The bytes of a hexadecimal string such as a request id (`'0a1b…'`); odd or non-hex digits are dropped. */
export function hexToBytes(hex: string): Uint8Array {
  const pairs = hex.toLowerCase().match(/[0-9a-f]{2}/g) ?? []
  return Uint8Array.from(pairs, (pair) => Number.parseInt(pair, 16))
}
