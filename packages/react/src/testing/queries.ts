import { waitFor, within } from '@testing-library/react'

/** Options of `findPaywall` and `queryPaywall`. */
export interface PaywallQueryOptions {
  /** Only the dialog with this accessible name (its title), e.g. `'Upgrade to unlock this feature'`. @default any */
  name?: string | RegExp
  /** Where to look. @default document.body (the modal is portalled there) */
  container?: HTMLElement
  /** How long `findPaywall` waits, in ms. @default Testing Library's `asyncUtilTimeout` (1,000 unless configured) */
  timeout?: number
}

const byName = (name: string | RegExp | undefined) => (name === undefined ? {} : { name })

/**
 * Waits for the paywall modal (`role="dialog"`) and returns it; rejects when none opens within Testing
 * Library's `asyncUtilTimeout`. Query inside it with `within(dialog)`.
 *
 * @example
 * const dialog = await findPaywall({ name: 'Upgrade to unlock this feature' })
 * await user.click(within(dialog).getByRole('button', { name: 'Not now' }))
 */
export function findPaywall({
  name,
  container = document.body,
  timeout,
}: PaywallQueryOptions = {}): Promise<HTMLElement> {
  return within(container).findByRole('dialog', byName(name), timeout === undefined ? {} : { timeout })
}

/** The paywall modal (`role="dialog"`) if it is open now, else `null`: for asserting that none opened. */
export function queryPaywall({
  name,
  container = document.body,
}: PaywallQueryOptions = {}): HTMLElement | null {
  return within(container).queryByRole('dialog', byName(name))
}

/** Options of `findFeatureLock`. */
export interface FeatureLockQueryOptions {
  /** Wait until the lock is in this state. @default any state */
  state?: 'locked' | 'unlocked' | 'unknown'
  /** Where to look. @default document.body */
  container?: HTMLElement
  /** How long to wait, in ms. @default Testing Library's `asyncUtilTimeout` (1,000 unless configured) */
  timeout?: number
}

/**
 * Waits for the root of `<FeatureLock feature={feature}>` (or `Lock.Root`), optionally in a given
 * `data-state`, and returns it. A lock rendered with `fallback` or a render function has no root of its
 * own: assert on what it renders instead.
 *
 * @example
 * expect(await findFeatureLock('reports', { state: 'locked' })).toHaveAttribute('data-state', 'locked')
 */
export function findFeatureLock(
  feature: string,
  { state, container = document.body, timeout }: FeatureLockQueryOptions = {},
): Promise<HTMLElement> {
  return waitFor(
    () => {
      const lock = [...container.querySelectorAll<HTMLElement>('[data-feature]')].find(
        (element) => element.dataset.feature === feature && element.classList.contains('pwk-lock'),
      )
      if (!lock) throw new Error(`No FeatureLock for the feature "${feature}".`)
      if (state !== undefined && lock.dataset.state !== state) {
        throw new Error(`The FeatureLock of "${feature}" is "${lock.dataset.state}", not "${state}".`)
      }
      return lock
    },
    timeout === undefined ? {} : { timeout },
  )
}
