import { nonNegative } from './internal/guards'

/**
 * An amount to count with: the value when it is a finite number from 0 up, else 0 (negative,
 * `NaN`, infinite and non-numbers alike; `-0` as `0`).
 * @internal Shared by core and `@paywall-kit/react`; not part of the public API.
 */
export const countable = (value: unknown): number => nonNegative(value) ?? 0
