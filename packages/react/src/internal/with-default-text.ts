import { cloneElement, isValidElement, type ReactNode } from 'react'

/**
 * The content of a text part: its children, else the default text. With `asChild`, an empty child
 * element (`<Banner.Title asChild><h2 /></Banner.Title>`) receives the default text.
 */
export function withDefaultText(children: ReactNode, text: ReactNode, asChild: boolean): ReactNode {
  if (!asChild) return children ?? text
  if (isValidElement<{ children?: ReactNode }>(children) && children.props.children == null) {
    return cloneElement(children, undefined, text)
  }
  return children
}
