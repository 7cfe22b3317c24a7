import { isObject } from './guards'

/**
 * A `Headers` from whatever a client gives (`HeadersInit`, axios' `AxiosHeaders`, a plain
 * object with array or number values); invalid entries are skipped rather than thrown.
 */
export function toHeaders(init: unknown): Headers {
  try {
    return new Headers(init as HeadersInit)
  } catch {}
  const headers = new Headers()
  if (isObject(init)) {
    for (const [name, value] of Object.entries(init)) {
      try {
        if (typeof value === 'string' || typeof value === 'number') headers.set(name, String(value))
      } catch {}
    }
  }
  return headers
}
