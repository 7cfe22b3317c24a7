import { type Ref, type RefCallback, useCallback } from 'react'

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value)
  else if (ref) ref.current = value
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
