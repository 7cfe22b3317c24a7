import { type ComponentType, useEffect, useState } from 'react'
import type { PaywallModalProps } from './paywall-modal'

type ModalComponent = ComponentType<PaywallModalProps>

let modalModule: Promise<ModalComponent> | undefined
/** The modal once its chunk has loaded: later mounts render it at once. */
let loadedModal: ModalComponent | undefined

/** Renders nothing: what `LazyPaywallModal` shows when the modal's chunk could not be loaded. */
function Unavailable() {
  return null
}

/**
 * Starts downloading the paywall modal's code, once; later calls return the same promise.
 * `LazyPaywallModal` calls it as it first renders; call it earlier (e.g. when a route loads) to start sooner.
 * A failed download (offline, or a deploy removed the chunk) resolves to a modal that shows nothing, so
 * it never takes the page down: features still lock and `onEvent` still reports `paywall_shown`.
 */
export function preloadPaywallModal(): Promise<ModalComponent> {
  modalModule ??= import('./paywall-modal').then(
    (module) => module.PaywallModal,
    (error: unknown): ModalComponent => {
      if (process.env.NODE_ENV !== 'production') {
        console.warn(
          '[paywall-kit] `LazyPaywallModal` could not load the modal, so no paywall will show on this ' +
            'page. Check that the chunk is served, or import `PaywallModal` from `@paywall-kit/react`.',
          error,
        )
      }
      return Unavailable
    },
  )
  void modalModule.then((modal) => {
    loadedModal = modal
  })
  return modalModule
}

/**
 * `PaywallModal` in its own chunk, for apps that want the smallest first bundle. Render it where
 * `PaywallModal` would go, inside `PaywallProvider`: the download starts as it mounts with the
 * provider, in parallel with the page's first requests, so a 402 during page load opens the paywall
 * as soon as both are in (the 402 waits only for what is left of the download). Until then it renders
 * nothing; the paywall state is kept in the provider, so a 402 that came first opens the modal the
 * moment it loads. Same props as `PaywallModal`.
 */
export function LazyPaywallModal(props: PaywallModalProps) {
  // Started during render, not in an effect: the provider and this component mount in the same
  // render, and the download should not wait for the commit.
  const pending = loadedModal ? undefined : preloadPaywallModal()
  const [Modal, setModal] = useState(() => loadedModal)
  useEffect(() => {
    if (!pending) return
    let mounted = true
    void pending.then((modal) => {
      if (mounted) setModal(() => modal)
    })
    return () => {
      mounted = false
    }
  }, [pending])
  // No React.lazy and Suspense: React 19 holds a resolved Suspense boundary back for up to 300 ms
  // after its fallback showed, which would delay the paywall (issue 17).
  const Shown = Modal ?? loadedModal
  return Shown ? <Shown {...props} /> : null
}
