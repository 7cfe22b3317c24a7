import { dismissToast, useToasts } from '../toasts'
import { CloseIcon } from './icons'

/** The toast stack, a polite live region. */
export function Toaster() {
  const toasts = useToasts()
  return (
    <section className="toaster" aria-label="Notifications" aria-live="polite">
      {toasts.map((item) => (
        <div key={item.id} className="toast" data-tone={item.tone}>
          <div className="toast__body">
            <p className="toast__title">{item.title}</p>
            {item.text ? <p className="toast__text">{item.text}</p> : null}
          </div>
          <button
            type="button"
            className="icon-button icon-button--small"
            aria-label="Dismiss notification"
            onClick={() => dismissToast(item.id)}
          >
            <CloseIcon width={16} height={16} />
          </button>
        </div>
      ))}
    </section>
  )
}
