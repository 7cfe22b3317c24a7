import { safeHref } from '@paywall-kit/core'
import { Slot } from 'radix-ui'
import { type ComponentPropsWithoutRef, forwardRef, type MouseEventHandler, type Ref } from 'react'
import { usePaywallContextOptional } from './paywall-context'
import { warnDroppedHref } from './warn-dropped-href'
import { withDefaultText } from './with-default-text'

/**
 * The `href` an action part may render: `href` when `safeHref` accepts it with the provider's
 * `allowedOrigins`, else `undefined`, and in development a warning that names `part`.
 * @param part the part's public name, e.g. `'Banner.Action'`, for the warning.
 * @param href the URL as given; `undefined` means none.
 * @param base what relative URLs resolve against. @default '' (kept as written, so server and client
 * render the same `href`)
 */
export function useSafeHref(part: string, href: string | undefined, base = ''): string | undefined {
  const paywall = usePaywallContextOptional()
  if (href === undefined) return undefined
  const safe = safeHref(href, {
    allowedOrigins: paywall?.parseOptions.allowedOrigins,
    base: paywall?.parseOptions.base ?? base,
  })
  if (safe === undefined) warnDroppedHref(part, href)
  return safe
}

/** Props of `ActionLink`. */
export interface ActionLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'> {
  /** A URL that already passed `useSafeHref`; without one the action is a `button`. */
  href: string | undefined
  /** Called on activation. */
  onClick: MouseEventHandler<HTMLElement> | undefined
  /**
   * Render the child element instead of an `a`/`button`, merging props: it gets `href` unless it has its
   * own (e.g. a router's link component).
   */
  asChild: boolean
  /** The text when there are no children (or, with `asChild`, an empty child element). */
  label: string
}

/**
 * The element of an action part (`Banner.Action`, `Meter.Action`): the child element with `asChild`
 * (given `href`), else a link to `href`, else a `button` calling `onClick`. Renders nothing when it has
 * none of these.
 */
export const ActionLink = forwardRef<HTMLElement, ActionLinkProps>(function ActionLink(
  { asChild, label, children, ...props },
  ref,
) {
  if (asChild) {
    return (
      <Slot.Root {...props} ref={ref}>
        {withDefaultText(children, label, true)}
      </Slot.Root>
    )
  }
  if (props.href !== undefined) {
    return (
      <a {...props} ref={ref as Ref<HTMLAnchorElement>}>
        {children ?? label}
      </a>
    )
  }
  if (props.onClick === undefined) return null
  return (
    <button
      type="button"
      {...(props as ComponentPropsWithoutRef<'button'>)}
      ref={ref as Ref<HTMLButtonElement>}
    >
      {children ?? label}
    </button>
  )
})
