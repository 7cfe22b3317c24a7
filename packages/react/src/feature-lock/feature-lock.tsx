import type { QueryKey } from '@tanstack/react-query'
import { Slot } from 'radix-ui'
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useCallback } from 'react'
import { type FeatureAccess, useFeatureAccess } from '../hooks/use-feature-access'
import type { PaywallMessagesOverride } from '../i18n/messages'
import { usePaywallContext } from '../provider/paywall-context'
import * as Lock from './feature-lock-parts'

/** What the render-prop form of `FeatureLock` receives. */
export interface FeatureLockRenderProps extends FeatureAccess {
  /** Open the paywall modal for this feature. */
  open: () => void
}

export interface FeatureLockProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The feature, as named by `meta.paywallFeature` or the 402 body. */
  feature: string
  /**
   * The feature itself; kept visible (but inert) under an overlay while locked. A function gets
   * the access state and renders everything itself: no wrapper, no overlay.
   */
  children?: ReactNode | ((access: FeatureLockRenderProps) => ReactNode)
  /**
   * Shown instead of the children while locked (no overlay, no wrapper).
   * @default undefined (the overlay)
   */
  fallback?: ReactNode
  /**
   * Make the single child element the lock's root (it gets `data-state` and the class) instead of
   * wrapping it in a `div`.
   * @default false
   */
  asChild?: boolean
  /**
   * The query whose loading or error state makes the lock `unknown`.
   * @default every query with `meta.paywallFeature === feature`
   */
  queryKey?: QueryKey
  /** Strings for this lock (`lock` and `reasons` sections), over the provider's. */
  messages?: PaywallMessagesOverride
}

/**
 * Locks one feature after its 402, leaving the rest of the page alone. Unlocked or `unknown`
 * (loading, another error): the children as they are. Locked: the children stay visible but
 * inert and blurred under an overlay whose panel shows a padlock, the paywall's title and reason, and an "Unlock" button that opens the modal for this
 * feature; or `fallback`; or whatever the render function returns.
 */
export const FeatureLock = forwardRef<HTMLDivElement, FeatureLockProps>(function FeatureLock(
  { feature, children, fallback, asChild, queryKey, messages, ...props },
  ref,
) {
  if (typeof children === 'function') {
    return <FeatureLockRender feature={feature} queryKey={queryKey} render={children} />
  }
  if (fallback !== undefined) {
    return (
      <FeatureLockFallback feature={feature} queryKey={queryKey} fallback={fallback}>
        {children}
      </FeatureLockFallback>
    )
  }
  const parts = (content: ReactNode) => (
    <>
      <Lock.Content>{content}</Lock.Content>
      <Lock.Overlay>
        <Lock.Panel>
          <Lock.Icon />
          <Lock.Title />
          <Lock.Description />
          <Lock.Unlock />
        </Lock.Panel>
      </Lock.Overlay>
    </>
  )
  return (
    <Lock.Root
      ref={ref}
      feature={feature}
      queryKey={queryKey}
      messages={messages}
      asChild={asChild}
      {...props}
    >
      {asChild ? <Slot.Slottable child={children}>{parts}</Slot.Slottable> : parts(children)}
    </Lock.Root>
  )
})

function FeatureLockRender({
  feature,
  queryKey,
  render,
}: {
  feature: string
  queryKey: QueryKey | undefined
  render: (access: FeatureLockRenderProps) => ReactNode
}) {
  const { store } = usePaywallContext('FeatureLock')
  const access = useFeatureAccess(feature, { queryKey })
  const open = useCallback(() => store.open(feature), [store, feature])
  return <>{render({ ...access, open })}</>
}

function FeatureLockFallback({
  feature,
  queryKey,
  fallback,
  children,
}: {
  feature: string
  queryKey: QueryKey | undefined
  fallback: ReactNode
  children: ReactNode
}) {
  const access = useFeatureAccess(feature, { queryKey })
  return <>{access.state === 'locked' ? fallback : children}</>
}
