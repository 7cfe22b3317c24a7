/** A plain JSON-like object (not an array, not null). */
export type Obj = Record<string, unknown>

export const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The value if it is a finite number from 0 up (a count, an amount, a limit), else `undefined`.
 * `-0` passes as `0`, so it never shows as "-0" or differs from `0` under `Object.is`.
 */
export const nonNegative = (value: unknown): number | undefined =>
  typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY ? Math.abs(value) : undefined

/**
 * An own property of any value (`undefined` for `null`, `undefined` or a missing key), so callers
 * need not check what they hold first; never reads `__proto__`, `constructor` or
 * anything inherited.
 */
export const own = (object: unknown, key: string): unknown =>
  object != null && Object.hasOwn(object, key) ? (object as Obj)[key] : undefined

/** An object's own keys (at most 100) beside their plain form: lower case, without `_` or `-`. */
export type Keys = readonly (readonly [plain: string, key: string, object: Obj])[]

export const keysOf = (object: Obj): Keys =>
  // Real bodies have a few dozen keys; the cap keeps a huge pre-parsed object from stalling the UI.
  Object.keys(object)
    .slice(0, 100)
    .map((key) => [key.replace(/[_-]/g, '').toLowerCase(), key, object])

/**
 * The first own value, source by source and then name by name, whose key is one of `names` and
 * that `accept` likes. Keys are compared in their plain form, so the names are written `requestid`
 * and match `request_id`, `requestId` and `Request-ID`.
 */
export function pick(
  sources: readonly Keys[],
  names: string,
  accept: (value: unknown) => boolean = (value) => value != null,
): unknown {
  for (const keys of sources) {
    for (const name of names.split(' ')) {
      for (const [plain, key, object] of keys) if (plain === name && accept(object[key])) return object[key]
    }
  }
}
