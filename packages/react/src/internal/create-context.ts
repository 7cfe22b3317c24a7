import { createContext as createReactContext, useContext } from 'react'

/**
 * A context for one component family's parts. Its hook throws an actionable error when a part is
 * rendered outside its `Root`, instead of failing later on an undefined value.
 */
export function createContext<T>(rootName: string, partName = 'This part') {
  const Context = createReactContext<T | null>(null)
  Context.displayName = `${rootName}Context`
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component family at module level, like Radix's createContext
  function useRequiredContext(consumerName: string = partName): T {
    const value = useContext(Context)
    if (value === null) throw new Error(`\`${consumerName}\` must be used within \`${rootName}\``)
    return value
  }
  return [Context.Provider, useRequiredContext] as const
}
