import { maxBodySize, tooLarge } from '../parse-payment-required'

/** A body as text, `tooLarge` past `maxBodySize`, or `undefined` when there is none to read in time. */
export type BodyText = string | typeof tooLarge | undefined

/** The longest wait `setTimeout` honours (2^31 − 1 ms); a longer one would fire at once. */
const longestTimer = 2_147_483_647

/** `timeout` when it is a number of milliseconds from 0 up, capped at what a timer can wait; else `fallback`. */
export const timeLimit = (timeout: unknown, fallback: number): number =>
  typeof timeout === 'number' && timeout >= 0 ? Math.min(timeout, longestTimer) : fallback

/**
 * At most `maxBodySize` bytes of a clone's body, within `timeout` milliseconds for the whole read (a
 * server that trickles a byte a second is cut short as surely as one that stalls). `undefined` when the
 * time runs out, the read fails or the body was already used; the caller then has status and headers.
 * The clone's branch is cancelled when done, so the caller's own `response` stays readable.
 */
export async function readBodyText(response: Response, timeout: number): Promise<BodyText> {
  if (Number(response.headers.get('content-length')) > maxBodySize) return tooLarge
  if (response.bodyUsed) return
  const reader = response.clone().body?.getReader()
  if (!reader) return
  let stopTimer = () => {}
  const stalled = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, timeout)
    stopTimer = () => clearTimeout(timer)
  })
  const whole = (async (): Promise<BodyText> => {
    const decoder = new TextDecoder()
    let text = ''
    let size = 0
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength
      if (size > maxBodySize) return tooLarge
      text += decoder.decode(chunk.value, { stream: true })
    }
    return text + decoder.decode()
  })().catch(() => undefined)
  try {
    return await Promise.race([whole, stalled])
  } finally {
    stopTimer()
    reader.cancel().catch(() => {})
  }
}
