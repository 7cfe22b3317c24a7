import { Slot } from 'radix-ui'
import type { ElementType, ReactElement, ReactNode, Ref } from 'react'
import { cx } from './cx'
import { withDefaultText } from './with-default-text'

/** The props that `renderPart` handles itself; the rest is spread onto the element. */
export interface PartProps {
  asChild?: boolean
  className?: string
  children?: ReactNode
}

/**
 * Renders the element of a part: a `tag`, or with `asChild` the child element (Radix `Slot`), merging props.
 * @param props the part's props, less those it handles itself.
 * @param attributes set first, so `props` can override them; their `className` is joined with the caller's.
 * @param fixed set last, so nothing overrides them: the ref, and an `id` that other parts point to.
 * @param text what an empty part shows (see `withDefaultText`); without it, children pass through as given.
 */
export function renderPart(
  tag: 'div' | 'p' | 'span',
  { asChild = false, className, children, ...props }: PartProps,
  attributes: { className: string; [attribute: string]: unknown },
  fixed: { ref: Ref<Element>; id?: string },
  text?: ReactNode,
): ReactElement {
  // Typed loosely: `fixed.ref` fits whichever element the part renders.
  const Component = (asChild ? Slot.Root : tag) as ElementType
  return (
    <Component {...attributes} className={cx(attributes.className, className)} {...props} {...fixed}>
      {text === undefined ? children : withDefaultText(children, text, asChild)}
    </Component>
  )
}
