import { useSyncExternalStore } from 'react'
import { subscribeNothing } from './subscribe-nothing'

const getSnapshot = () => true
const getServerSnapshot = () => false

/** `false` on the server and during hydration, `true` in every later client render. */
export function useIsClient(): boolean {
  return useSyncExternalStore(subscribeNothing, getSnapshot, getServerSnapshot)
}
