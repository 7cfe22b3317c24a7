import { safeHref } from '@paywall-kit/core'
import { Slot } from 'radix-ui'
import { type ComponentPropsWithoutRef, type ElementType, forwardRef, type MouseEventHandler } from 'react'
import { usePaywallContextOptional } from '../provider/paywall-context'
import { useIsClient } from './use-is-client'
import { warnDroppedHref } from './warn-dropped-href'
import { withDefaultText } from './with-default-text'

/**
 * The `href` an action part may render: `href` when `safeHref` accepts it with the provider's
 * `allowedOrigins`, else `undefined`, and in development a warning that names `part`.
 *
 * Relative links are kept as written, so server and client render the same `href`. An absolute URL on
 * the page's own origin is accepted like the modal accepts it, but only once hydrated: the server
 * cannot know the page's origin, and the first client render must match the server's.
 * @param part the part's public name, e.g. `'Banner.Action'`, for the warning.
 * @param href the URL as given; `undefined` means none.
 * @param base what relative URLs resolve against. @default '' (kept as written)
 */
export function useSafeHref(part: string, href: string | undefined, base = ''): string | undefined {
  const paywall = usePaywallContextOptional()
  const isClient = useIsClient()
  if (href === undefined) return undefined
  const allowedOrigins = paywall?.parseOptions.allowedOrigins
  const pageOrigin = isClient ? globalThis.location?.origin : undefined
  const safe = safeHref(href, {
    allowedOrigins: allowedOrigins && pageOrigin ? [...allowedOrigins, pageOrigin] : allowedOrigins,
    base,
  })
  // The server drops what the hydrated page may accept; only the client's verdict is worth a warning.
  if (safe === undefined && isClient) warnDroppedHref(part, href)
  return safe
}

/** Props of `ActionLink`. */
export interface ActionLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'> {
  /** A URL that already passed `useSafeHref`; without one the action is a `button`. */
  href: string | undefined
  /** Called on activation. */
  onClick?: MouseEventHandler<HTMLElement>
  /**
   * Render the child element instead of an `a`/`button`, merging props: it gets `href` unless it has its
   * own (e.g. a router's link component).
   * @default false
   */
  asChild?: boolean
  /** The text when there are no children (or, with `asChild`, an empty child element). */
  label: string
}

/**
 * The element of an action part (`Banner.Action`, `Meter.Action`): the child element with `asChild`
 * (given `href`), else a link to `href`, else a `button` calling `onClick`. Renders nothing when it has
 * none of these.
 */
export const ActionLink = forwardRef<HTMLElement, ActionLinkProps>(function ActionLink(
  { asChild = false, label, children, ...props },
  ref,
) {
  const Component: ElementType = asChild ? Slot.Root : props.href !== undefined ? 'a' : 'button'
  if (Component === 'button' && props.onClick === undefined) return null
  return (
    <Component type={Component === 'button' ? 'button' : undefined} {...props} ref={ref}>
      {withDefaultText(children, label, asChild)}
    </Component>
  )
})
