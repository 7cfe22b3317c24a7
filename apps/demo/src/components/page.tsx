import type { ReactNode } from 'react'

/** A page: its heading (focused after navigation, for screen readers), a lead sentence, actions and content. */
export function Page({
  title,
  description,
  actions,
  children,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 id="page-title" className="page__title" tabIndex={-1}>
            {title}
          </h1>
          {description ? <p className="page__description">{description}</p> : null}
        </div>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </header>
      {children}
    </div>
  )
}
