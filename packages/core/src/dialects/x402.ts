import type { Dialect } from '../internal/found'
import { own } from '../internal/guards'
import { isCode } from '../internal/text'

const decode = (header: string): unknown => {
  try {
    const binary = atob(header.slice(0, 65536).replace(/-/g, '+').replace(/_/g, '/'))
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))))
  } catch {}
}

/**
 * x402 machine payments: the v1 body `{x402Version, error, accepts}` and the v2 `PAYMENT-REQUIRED`
 * header (base64 JSON). Its `error` is meant for the paying client, not for people, so it only
 * feeds `code` and the reason; the copy is the default for the reason.
 */
export const x402: Dialect = ({ headers, body }) => {
  const header = headers.get('payment-required')
  const data = header ? decode(header) : body
  if (!header && own(data, 'x402Version') == null) return null
  const error = own(data, 'error')
  return { dialect: 'x402', code: isCode(error) ? error : undefined, hints: [error] }
}
