import type { HTMLAttributes, ReactNode } from 'react'

/** A titled panel. The title is an `h2` that labels the section. */
export function Card({
  title,
  description,
  actions,
  children,
  className,
  headingId,
  ...props
}: Omit<HTMLAttributes<HTMLElement>, 'title'> & {
  title?: ReactNode
  description?: ReactNode
  actions?: ReactNode
  /** Id of the heading, so that other elements can reference it. */
  headingId?: string
  children: ReactNode
}) {
  return (
    <section
      className={['card', className].filter(Boolean).join(' ')}
      aria-labelledby={title ? headingId : undefined}
      {...props}
    >
      {title || actions ? (
        <div className="card__header">
          <div>
            {title ? (
              <h2 className="card__title" id={headingId}>
                {title}
              </h2>
            ) : null}
            {description ? <p className="card__description">{description}</p> : null}
          </div>
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  )
}
