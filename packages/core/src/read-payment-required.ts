import { maxBodySize, parsePaymentRequired, tooLarge } from './parse-payment-required'
import type { ParseOptions, PaymentRequired } from './types'

/** The body as text, read from a clone so the caller can still read the response; `tooLarge` past the cap. */
async function readBody(response: Response): Promise<string | typeof tooLarge | undefined> {
  if (Number(response.headers.get('content-length')) > maxBodySize) return tooLarge
  if (response.bodyUsed) return
  const reader = response.clone().body?.getReader()
  if (!reader) return
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > maxBodySize) {
      reader.cancel().catch(() => {})
      return tooLarge
    }
    text += decoder.decode(chunk.value, { stream: true })
  }
  return text + decoder.decode()
}

/**
 * `parsePaymentRequired` for a fetch `Response`. Reads at most 64 KiB of the body from a clone,
 * so the response stays readable; a larger body is left unread and still yields a generic paywall.
 * Other statuses are not read unless `options.classify` may want them. Never rejects.
 *
 * @example
 * const response = await fetch('/api/reports')
 * const paywall = await readPaymentRequired(response)
 * if (paywall) store.report(paywall, { feature: 'reports' })
 */
export async function readPaymentRequired(
  response: Response,
  options: ParseOptions = {},
): Promise<PaymentRequired | null> {
  try {
    const { status, headers } = response
    if (status !== 402 && !options.classify) return null
    let body: unknown
    try {
      body = await readBody(response)
    } catch {}
    return parsePaymentRequired({ status, headers, body }, options)
  } catch {
    return null
  }
}
