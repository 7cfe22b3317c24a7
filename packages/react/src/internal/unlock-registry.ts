/**
 * Where each feature's Unlock controls are, so that the modal can give focus back to one without
 * searching the page's markup: `Lock.Unlock` registers its element while mounted, the modal asks.
 * One registry per `PaywallProvider`.
 */
export interface UnlockRegistry {
  /** Records `element` as an Unlock control of `feature`; returns the function that removes it. */
  register: (feature: string, element: HTMLElement) => () => void
  /** The first of `feature`'s Unlock controls on the page (in document order), if any. */
  find: (feature: string) => HTMLElement | null
}

export function createUnlockRegistry(): UnlockRegistry {
  const controls = new Map<string, Set<HTMLElement>>()
  return {
    register(feature, element) {
      let elements = controls.get(feature)
      if (!elements) {
        elements = new Set()
        controls.set(feature, elements)
      }
      elements.add(element)
      return () => {
        elements.delete(element)
        if (elements.size === 0 && controls.get(feature) === elements) controls.delete(feature)
      }
    },
    find(feature) {
      let first: HTMLElement | null = null
      for (const element of controls.get(feature) ?? []) {
        if (!element.isConnected) continue
        // DOCUMENT_POSITION_PRECEDING: `element` comes before the one found so far.
        if (first === null || first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) {
          first = element
        }
      }
      return first
    },
  }
}
