import { type ComponentPropsWithoutRef, forwardRef, type MouseEventHandler } from 'react'
import { type PartProps, Primitive } from './primitive'

/** Props of `ActionLink`. */
export interface ActionLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'>, PartProps {
  /** A URL that already passed `useSafeHref`; without one the action is a `button`. */
  href: string | undefined
  /** Called on activation. */
  onClick?: MouseEventHandler<HTMLElement>
  /** The text when there are no children (or, with `asChild`, an empty child element). */
  label: string
}

/**
 * The element of an action part (`Banner.Action`, `Meter.Action`): the child element with `asChild`
 * (given `href`, unless it has its own, e.g. a router's link), else a link to `href`, else a `button`
 * calling `onClick`. Renders nothing when it has none of these.
 */
export const ActionLink = forwardRef<HTMLElement, ActionLinkProps>(function ActionLink(
  { asChild = false, label, ...props },
  ref,
) {
  const as = props.href !== undefined ? 'a' : 'button'
  if (!asChild && as === 'button' && props.onClick === undefined) return null
  return <Primitive as={as} asChild={asChild} defaultContent={label} {...props} ref={ref} />
})
