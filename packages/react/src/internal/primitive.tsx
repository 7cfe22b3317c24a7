import { Slot } from 'radix-ui'
import {
  type AllHTMLAttributes,
  cloneElement,
  type ElementType,
  forwardRef,
  isValidElement,
  type ReactElement,
  type ReactNode,
} from 'react'

/** The prop every part takes besides its element's own. */
export interface PartProps {
  /**
   * Render the part's single child element instead of its own, merging props, ref and event handlers
   * (Radix `Slot`). An empty child (`<Lock.Title asChild><h2 /></Lock.Title>`) gets the default text.
   * @default false
   */
  asChild?: boolean
}

type PrimitiveTag = 'a' | 'button' | 'div' | 'h2' | 'p' | 'section' | 'span'

interface PrimitiveProps extends PartProps, Omit<AllHTMLAttributes<HTMLElement>, 'as'> {
  /** The element rendered without `asChild`. */
  as: PrimitiveTag
  /**
   * What the part shows when it has no children, or (with `asChild`) when its child element is empty.
   * @default undefined (children pass through as given)
   */
  defaultContent?: ReactNode
  children?: ReactNode
}

/**
 * Whether a part with `children` shows its default content: it has no children, or with `asChild` its
 * child element has none.
 */
export function showsDefaultContent(children: ReactNode, asChild: boolean): boolean {
  if (!asChild) return children == null
  return isValidElement<{ children?: ReactNode }>(children) && children.props.children == null
}

function contentOf(children: ReactNode, defaultContent: ReactNode, asChild: boolean): ReactNode {
  if (defaultContent === undefined || !showsDefaultContent(children, asChild)) return children
  if (!asChild) return defaultContent
  return cloneElement(children as ReactElement, undefined, defaultContent)
}

/**
 * The element of every part: the `as` tag, or with `asChild` the child element (Radix `Slot`); the
 * remaining props spread onto it, the ref forwarded, and the default content filled in one way. A
 * `button` is `type="button"` unless told otherwise, so a part never submits a form by accident.
 */
export const Primitive = forwardRef<HTMLElement, PrimitiveProps>(function Primitive(
  { as, asChild = false, defaultContent, children, ...props },
  ref,
) {
  const Component: ElementType = asChild ? Slot.Root : as
  const type = as === 'button' && !asChild ? 'button' : undefined
  return (
    <Component type={type} {...props} ref={ref}>
      {contentOf(children, defaultContent, asChild)}
    </Component>
  )
})
