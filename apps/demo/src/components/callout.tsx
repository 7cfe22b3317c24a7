import type { ReactNode } from 'react'
import type { Tone } from '../format'

/** An inline message inside a page. `role` is left to the caller: most callouts are static text. */
export function Callout({
  tone = 'info',
  title,
  children,
  action,
  role,
}: {
  tone?: Tone
  title: ReactNode
  children?: ReactNode
  action?: ReactNode
  role?: 'status' | 'alert'
}) {
  return (
    <div className="callout" data-tone={tone} role={role}>
      <div className="callout__body">
        <p className="callout__title">{title}</p>
        {children ? <div className="callout__text">{children}</div> : null}
      </div>
      {action ? <div className="callout__action">{action}</div> : null}
    </div>
  )
}
