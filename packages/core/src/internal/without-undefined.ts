import { isObject } from './guards'

/**
 * A copy of plain data (objects, arrays, primitives) without the keys whose value is `undefined`, at
 * every depth, so a result holds only the fields that were found.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T
  if (!isObject(value)) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) copy[key] = withoutUndefined(item)
  }
  return copy as T
}
