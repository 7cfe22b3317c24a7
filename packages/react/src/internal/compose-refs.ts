import { type MutableRefObject, type Ref, type RefCallback, useCallback } from 'react'

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value)
  // React 18's types mark `RefObject.current` read-only; every object ref React hands out is writable.
  else if (ref) (ref as MutableRefObject<T | null>).current = value
}

/** One callback ref that sets both: a part's own ref beside the one its consumer forwarded. */
export function useComposedRefs<T>(first: Ref<T> | undefined, second: Ref<T> | undefined): RefCallback<T> {
  return useCallback(
    (node: T | null) => {
      setRef(first, node)
      setRef(second, node)
    },
    [first, second],
  )
}
