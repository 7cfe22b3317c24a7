import type { PaywallState } from '@paywall-kit/core'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { usePaywallContext } from '../provider/paywall-context'

/**
 * Subscribe to one slice of the paywall state: the component re-renders only when `selector`'s
 * result changes by `isEqual`, so a 402 on one feature leaves the others' consumers alone.
 * @param selector picks the slice; may be an inline function.
 * @param isEqual compares two slices. @default Object.is
 */
export function usePaywallSelector<T>(
  selector: (state: PaywallState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const { store } = usePaywallContext('usePaywallSelector')
  const last = useRef<{ state: PaywallState; selector: (state: PaywallState) => T; value: T } | null>(null)

  const getSelection = useCallback(() => {
    const state = store.getSnapshot()
    const previous = last.current
    if (previous && previous.state === state && previous.selector === selector) return previous.value
    const next = selector(state)
    const value = previous && isEqual(previous.value, next) ? previous.value : next
    last.current = { state, selector, value }
    return value
  }, [store, selector, isEqual])

  return useSyncExternalStore(store.subscribe, getSelection, getSelection)
}
