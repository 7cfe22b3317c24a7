/** A plain JSON-like object (not an array, not null). */
export type Obj = Record<string, unknown>

export const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** An own property only: never reads `__proto__`, `constructor` or anything inherited. */
export const own = (object: Obj, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined

/**
 * The first own value, source by source, whose key matches `key` and that `accept` likes.
 * Keys are matched by pattern so `request_id`, `requestId` and `RequestID` are one rule.
 */
export function pick(
  sources: readonly Obj[],
  key: RegExp,
  accept: (value: unknown) => boolean = (value) => value != null,
): unknown {
  for (const source of sources) {
    // Real bodies have a few dozen keys; the cap keeps a huge pre-parsed object from stalling the UI.
    for (const name of Object.keys(source).slice(0, 100)) {
      if (key.test(name) && accept(source[name])) return source[name]
    }
  }
}
