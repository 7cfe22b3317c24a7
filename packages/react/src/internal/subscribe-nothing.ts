const unsubscribe = () => {}

/**
 * A `useSyncExternalStore` subscribe function for a value that never changes while mounted (or a store
 * that is absent): nothing to listen to, nothing to clean up.
 */
export const subscribeNothing = (): (() => void) => unsubscribe
