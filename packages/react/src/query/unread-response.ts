const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * Whether an error (or its `cause`, two levels deep) carries a fetch `Response` whose body nobody has
 * read, as ky 1's `HTTPError` does: its paywall then needs `readPaywallError` for the server's
 * message. A false positive only costs a microtask (core's `readPaywallError` answers at once when
 * the client kept the body); getters that throw count as "no".
 */
export function hasUnreadResponse(error: unknown, depth = 0): boolean {
  if (!isObject(error) || depth > 2) return false
  try {
    const { response } = error
    if (isObject(response) && response.bodyUsed === false && typeof response.clone === 'function') {
      return true
    }
    return hasUnreadResponse(error.cause, depth + 1)
  } catch {
    return false
  }
}
