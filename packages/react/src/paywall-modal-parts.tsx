import { type PaymentRequired, type PaywallState, safeHref } from '@paywall-kit/core'
import { Dialog, Slot } from 'radix-ui'
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useSafeHref } from './action-link'
import { createContext } from './create-context'
import { cx } from './cx'
import { intlFormat } from './intl-format'
import { localizePaywall } from './localize-paywall'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from './messages'
import { usePaywallContext } from './paywall-context'
import { usePaywallActions } from './use-paywall'
import { usePaywallSelector } from './use-paywall-selector'

interface ModalContextValue {
  /** The paywall to show, localised; the last one while the modal animates out. */
  paywall: PaymentRequired | null
  messages: PaywallMessages
  locale: string | undefined
  allowedOrigins: string[] | undefined
  actionClicked: () => void
  retry: (() => void) | undefined
  restoreFocus: () => void
}

const [ModalProvider, useModalContext] = createContext<ModalContextValue>('Modal.Root')

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

function focusTarget(element: HTMLElement | null): HTMLElement | null {
  if (!element?.isConnected) return null
  // The control that opened the 402 may now sit inside a locked (inert) feature: its Unlock button is next best.
  if (element.closest('[inert]')) {
    return element.closest('[data-pwk-lock]')?.querySelector<HTMLElement>('[data-pwk-unlock]') ?? null
  }
  return element
}

/** The Unlock button of `feature`'s lock (`FeatureLock`), when one is on the page. */
function unlockButton(feature: string | undefined): HTMLElement | null {
  for (const unlock of document.querySelectorAll<HTMLElement>('[data-pwk-unlock]')) {
    if (
      feature !== undefined &&
      unlock.closest('[data-pwk-lock]')?.getAttribute('data-pwk-feature') === feature
    )
      return unlock
  }
  return null
}

export interface RootProps {
  children?: ReactNode
  /**
   * Controlled open state.
   * @default the provider's `isOpen`
   */
  open?: boolean
  /**
   * Called with `false` when the user closes the modal (Escape, close button, "Not now") or follows
   * its action link, which closes it too (without counting as "Not now").
   */
  onOpenChange?: (open: boolean) => void
  /**
   * Show this paywall instead of the provider's current one (stories, previews).
   * @default the provider's `current`
   */
  paywall?: PaymentRequired
  /** Strings for this modal, over the provider's. */
  messages?: PaywallMessagesOverride
  /**
   * Locale for numbers and dates.
   * @default the provider's `locale`
   */
  locale?: string
}

const selectIsOpen = (state: PaywallState) => state.isOpen
const selectCurrent = (state: PaywallState) => state.current

/**
 * The modal's state: a Radix `Dialog.Root` driven by the paywall store. It has no trigger, so it
 * remembers what had focus when the paywall opened and gives focus back when it closes; when nothing
 * had focus (a 402 on page load) or that element is gone, the `FeatureLock` Unlock button of the
 * paywall's feature gets it, if one is on the page.
 */
export function Root({ children, open, onOpenChange, paywall, messages: override, locale }: RootProps) {
  const { store, parseOptions, locale: providerLocale } = usePaywallContext('Modal.Root')
  // Slices, not the whole state: 50 merged 402s must not re-render the modal 50 times.
  const storeOpen = usePaywallSelector(selectIsOpen)
  const current = usePaywallSelector(selectCurrent)
  const actions = usePaywallActions()
  const messages = useMessages(override)
  const isOpen = open ?? storeOpen
  const source = paywall ?? current
  // Kept from an effect, not set during render: on React 18 a render-phase setState makes this
  // component's useSyncExternalStore miss the next store change back to its mount-time value
  // (react#25565), so the modal never closed after resolve().
  const [lastShown, setLastShown] = useState(source)
  useEffect(() => {
    if (source) setLastShown(source)
  }, [source])
  const shown = source ?? lastShown
  const localized = useMemo(
    () => (shown ? localizePaywall(shown, messages.reasons) : null),
    [shown, messages.reasons],
  )

  const returnFocus = useRef<HTMLElement | null>(null)
  const saveFocus = useCallback(() => {
    const active = document.activeElement
    if (!(active instanceof HTMLElement) || active === document.body) return
    if (active.closest('[role="dialog"]')) return
    returnFocus.current = active
  }, [])
  // The store opens synchronously inside the cache callback, before React renders the dialog and
  // Radix moves focus into it: the only moment the element to return to is still focused.
  useEffect(
    () =>
      store.select(
        (s) => s.isOpen,
        (opened) => opened && saveFocus(),
      ),
    [store, saveFocus],
  )
  useIsomorphicLayoutEffect(() => {
    if (isOpen && !returnFocus.current) saveFocus()
  }, [isOpen, saveFocus])

  // Nothing to go back to (the 402 came on page load, or that control is gone): the locked feature's
  // Unlock button is where the user can pick up; without one, focus stays where the browser left it.
  const restoreFocus = useCallback(() => {
    const target =
      focusTarget(returnFocus.current) ??
      unlockButton(paywall ? paywall.feature : store.getSnapshot().feature)
    returnFocus.current = null
    target?.focus()
  }, [store, paywall])

  const { dismiss, actionClicked } = actions
  // The store closes itself (not as "Not now"); a controlled modal hears of it through `onOpenChange`.
  const handleActionClick = useCallback(() => {
    actionClicked()
    onOpenChange?.(false)
  }, [actionClicked, onOpenChange])
  const handleOpenChange = useCallback(
    (next: boolean) => {
      onOpenChange?.(next)
      if (!next && open === undefined) dismiss()
    },
    [onOpenChange, open, dismiss],
  )

  const context: ModalContextValue = {
    paywall: localized,
    messages,
    locale: locale ?? providerLocale,
    allowedOrigins: parseOptions.allowedOrigins,
    actionClicked: handleActionClick,
    retry: actions.retry,
    restoreFocus,
  }

  return (
    <ModalProvider value={context}>
      <Dialog.Root open={isOpen && localized !== null} onOpenChange={handleOpenChange}>
        {children}
      </Dialog.Root>
    </ModalProvider>
  )
}

export type PortalProps = ComponentPropsWithoutRef<typeof Dialog.Portal>

/** Renders its children into `document.body` (or `container`) while open. */
export const Portal = Dialog.Portal

export type OverlayProps = ComponentPropsWithoutRef<typeof Dialog.Overlay>

/** The backdrop. `data-state="open" | "closed"`. */
export const Overlay = forwardRef<HTMLDivElement, OverlayProps>(function Overlay(
  { className, ...props },
  ref,
) {
  return <Dialog.Overlay ref={ref} className={cx('pwk-modal__overlay', className)} {...props} />
})

export type ContentProps = ComponentPropsWithoutRef<typeof Dialog.Content>

/**
 * The dialog itself (`role="dialog"`, `data-state="open" | "closed"`): traps focus while open,
 * closes on Escape, and returns focus to where it was before the paywall opened.
 */
export const Content = forwardRef<HTMLDivElement, ContentProps>(function Content(
  { className, onCloseAutoFocus, ...props },
  ref,
) {
  const { restoreFocus } = useModalContext('Modal.Content')
  return (
    <Dialog.Content
      ref={ref}
      className={cx('pwk-modal__content', className)}
      onCloseAutoFocus={(event) => {
        onCloseAutoFocus?.(event)
        if (event.defaultPrevented) return
        // Radix would focus the (missing) trigger, leaving focus on <body>.
        event.preventDefault()
        restoreFocus()
      }}
      {...props}
    />
  )
})

export type TitleProps = ComponentPropsWithoutRef<typeof Dialog.Title>

/** The reason's title, e.g. "Your subscription has ended" (never "402"). */
export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title(
  { className, children, ...props },
  ref,
) {
  const { paywall } = useModalContext('Modal.Title')
  return (
    <Dialog.Title ref={ref} className={cx('pwk-modal__title', className)} {...props}>
      {children ?? paywall?.title}
    </Dialog.Title>
  )
})

export type DescriptionProps = ComponentPropsWithoutRef<typeof Dialog.Description>

/** The human message: the server's when it is human, else the reason's. */
export const Description = forwardRef<HTMLParagraphElement, DescriptionProps>(function Description(
  { className, children, ...props },
  ref,
) {
  const { paywall } = useModalContext('Modal.Description')
  return (
    <Dialog.Description ref={ref} className={cx('pwk-modal__description', className)} {...props}>
      {children ?? paywall?.message}
    </Dialog.Description>
  )
})

interface PartProps {
  /** Render the part's child element instead, merging props. @default false */
  asChild?: boolean
}

export interface UsageProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

function formatDate(value: string, locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  return intlFormat(Intl.DateTimeFormat, locale, options).format(date)
}

function formatNumber(value: number, locale: string | undefined) {
  return intlFormat(Intl.NumberFormat, locale).format(value)
}

/** "100 of 100 requests used · Resets Jun 16, 2023", when the 402 carries usage; else nothing. */
export const Usage = forwardRef<HTMLParagraphElement, UsageProps>(function Usage(
  { asChild, className, children, ...props },
  ref,
) {
  const { paywall, messages, locale } = useModalContext('Modal.Usage')
  const usage = paywall?.usage
  if (!usage) return null
  const resets = usage.resetsAt ? formatDate(usage.resetsAt, locale, { dateStyle: 'medium' }) : undefined
  const Comp = asChild ? Slot.Root : 'p'
  return (
    <Comp ref={ref} className={cx('pwk-modal__usage', className)} {...props}>
      {children ?? (
        <>
          {messages.modal.usage(
            formatNumber(usage.used, locale),
            formatNumber(usage.limit, locale),
            usage.unit,
          )}
          {resets && (
            <>
              {' · '}
              <span className="pwk-modal__usage-resets">{messages.modal.usageResets(resets)}</span>
            </>
          )}
        </>
      )}
    </Comp>
  )
})

export interface PlansProps extends ComponentPropsWithoutRef<'section'>, PartProps {}

/** The plans the 402 offers, as a labelled list; nothing when it offers none. */
export const Plans = forwardRef<HTMLElement, PlansProps>(function Plans(
  { asChild, className, children, ...props },
  ref,
) {
  const { paywall, messages } = useModalContext('Modal.Plans')
  const headingId = useId()
  const plans = paywall?.plans
  if (!plans || plans.length === 0) return null
  const Comp = asChild ? Slot.Root : 'section'
  return (
    <Comp ref={ref} className={cx('pwk-modal__plans', className)} aria-labelledby={headingId} {...props}>
      {children ?? (
        <>
          <h3 id={headingId} className="pwk-modal__plans-heading">
            {messages.modal.plansHeading}
          </h3>
          <ul className="pwk-modal__plan-list">
            {plans.map((plan, index) => (
              <li key={plan.id ?? `${plan.name}-${index}`} className="pwk-modal__plan">
                <span className="pwk-modal__plan-name">{plan.name}</span>
                {plan.price && <span className="pwk-modal__plan-price">{plan.price}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Comp>
  )
})

function isExternal(href: string) {
  if (typeof window === 'undefined') return /^https?:/i.test(href)
  try {
    return new URL(href, window.location.href).origin !== window.location.origin
  } catch {
    return true
  }
}

export interface ActionProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href'>, PartProps {}

/**
 * The one next step, e.g. "Renew subscription": a link to the 402's action URL, only when that URL
 * is safe (checked again here against the provider's `allowedOrigins`). Links to another origin
 * open in a new tab with `rel="noopener noreferrer"`. Nothing renders when there is no safe URL.
 * A click records `action_clicked` and closes the modal, so it does not cover the page that takes
 * the payment; the features stay locked until the payment goes through.
 */
export const Action = forwardRef<HTMLAnchorElement, ActionProps>(function Action(
  { asChild, className, children, onClick, ...props },
  ref,
) {
  const { paywall, actionClicked } = useModalContext('Modal.Action')
  // Resolved against the page, as the parser did: the URL may now be absolute on the page's own origin,
  // which must pass even when `allowedOrigins` lists only the billing site.
  const href = useSafeHref('Modal.Action', paywall?.action?.url, globalThis.location?.href)
  if (!href || !paywall?.action) return null
  const external = isExternal(href)
  const Comp = asChild ? Slot.Root : 'a'
  return (
    <Comp
      ref={ref}
      className={cx('pwk-modal__action pwk-button', className)}
      {...props}
      href={href}
      {...(external && { target: '_blank', rel: 'noopener noreferrer' })}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event)
        actionClicked()
      }}
    >
      {children ?? paywall.action.label}
    </Comp>
  )
})

export interface TryAgainProps extends ComponentPropsWithoutRef<'button'>, PartProps {}

/** "Try again": for a mutation that hit the paywall, replays it once and closes. Only rendered then. */
export const TryAgain = forwardRef<HTMLButtonElement, TryAgainProps>(function TryAgain(
  { asChild, className, children, onClick, ...props },
  ref,
) {
  const { retry, messages } = useModalContext('Modal.TryAgain')
  if (!retry) return null
  const Comp = asChild ? Slot.Root : 'button'
  return (
    <Comp
      ref={ref}
      type="button"
      className={cx('pwk-modal__try-again pwk-button', className)}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event)
        if (!event.defaultPrevented) retry()
      }}
      {...props}
    >
      {children ?? messages.modal.tryAgain}
    </Comp>
  )
})

export type DismissProps = ComponentPropsWithoutRef<typeof Dialog.Close>

/** "Not now": closes the modal; the features stay locked and it does not come back by itself. */
export const Dismiss = forwardRef<HTMLButtonElement, DismissProps>(function Dismiss(
  { className, children, ...props },
  ref,
) {
  const { messages } = useModalContext('Modal.Dismiss')
  return (
    <Dialog.Close ref={ref} className={cx('pwk-modal__dismiss pwk-button', className)} {...props}>
      {children ?? messages.modal.dismiss}
    </Dialog.Close>
  )
})

export type CloseProps = ComponentPropsWithoutRef<typeof Dialog.Close>

/** The × button, named "Close" for screen readers. Same effect as `Dismiss`. */
export const Close = forwardRef<HTMLButtonElement, CloseProps>(function Close(
  { className, children, ...props },
  ref,
) {
  const { messages } = useModalContext('Modal.Close')
  return (
    <Dialog.Close
      ref={ref}
      className={cx('pwk-modal__close pwk-icon-button', className)}
      aria-label={messages.modal.close}
      {...props}
    >
      {children ?? <span aria-hidden="true">×</span>}
    </Dialog.Close>
  )
})

export interface AfterPaymentProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/** What happens after paying: "Access returns right away after payment." */
export const AfterPayment = forwardRef<HTMLParagraphElement, AfterPaymentProps>(function AfterPayment(
  { asChild, className, children, ...props },
  ref,
) {
  const { messages } = useModalContext('Modal.AfterPayment')
  const Comp = asChild ? Slot.Root : 'p'
  return (
    <Comp ref={ref} className={cx('pwk-modal__after-payment', className)} {...props}>
      {children ?? messages.modal.afterPayment}
    </Comp>
  )
})

const simpleEmail = /^[^\s@?&#/<>"]+@[^\s@?&#/<>"]+\.[^\s@?&#/<>"]+$/

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Denied or unavailable (e.g. an insecure origin): fall back to the selection API below.
  }
  const field = document.createElement('textarea')
  field.value = text
  field.setAttribute('readonly', '')
  field.style.position = 'fixed'
  field.style.opacity = '0'
  document.body.append(field)
  field.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    field.remove()
  }
}

export interface SupportProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/**
 * The support path: request id and time with a copy button (its result announced politely), the
 * support contact and the docs link, when the 402 carries them; nothing otherwise.
 */
export const Support = forwardRef<HTMLDivElement, SupportProps>(function Support(
  { asChild, className, children, ...props },
  ref,
) {
  const { paywall, messages, locale, allowedOrigins } = useModalContext('Modal.Support')
  const detailsId = useId()
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  if (!paywall) return null
  const { requestId, timestamp } = paywall
  const time = timestamp
    ? formatDate(timestamp, locale, { dateStyle: 'medium', timeStyle: 'long' })
    : undefined
  const email =
    paywall.support?.email && simpleEmail.test(paywall.support.email) ? paywall.support.email : undefined
  const supportUrl = paywall.support?.url ? safeHref(paywall.support.url, { allowedOrigins }) : undefined
  const docUrl = paywall.docUrl ? safeHref(paywall.docUrl, { allowedOrigins }) : undefined
  const hasDetails = Boolean(requestId || timestamp)
  if (!hasDetails && !email && !supportUrl && !docUrl) return null

  const copy = async () => {
    const lines = [
      requestId && `${messages.modal.requestId}: ${requestId}`,
      timestamp && `${messages.modal.time}: ${timestamp}`,
    ].filter(Boolean)
    const ok = await writeClipboard(lines.join('\n'))
    if (mounted.current) setCopyStatus(ok ? 'copied' : 'failed')
  }
  const contactHref = email ? `mailto:${email}` : supportUrl
  const Comp = asChild ? Slot.Root : 'div'

  return (
    <Comp ref={ref} className={cx('pwk-modal__support', className)} {...props}>
      {children ?? (
        <>
          {hasDetails && (
            <>
              <p className="pwk-modal__support-heading">{messages.modal.supportHeading}</p>
              <dl id={detailsId} className="pwk-modal__support-details">
                {requestId && (
                  <div>
                    <dt>{messages.modal.requestId}</dt>
                    <dd>
                      <code>{requestId}</code>
                    </dd>
                  </div>
                )}
                {timestamp && (
                  <div>
                    <dt>{messages.modal.time}</dt>
                    <dd>
                      <time dateTime={timestamp}>{time ?? timestamp}</time>
                    </dd>
                  </div>
                )}
              </dl>
              <button
                type="button"
                className="pwk-modal__copy pwk-button"
                aria-describedby={detailsId}
                onClick={() => void copy()}
              >
                {messages.modal.copy}
              </button>
              <span role="status" className="pwk-modal__copy-status">
                {copyStatus === 'copied'
                  ? messages.modal.copied
                  : copyStatus === 'failed'
                    ? messages.modal.copyFailed
                    : ''}
              </span>
            </>
          )}
          {(contactHref || docUrl) && (
            <p className="pwk-modal__support-links">
              {contactHref && (
                <a className="pwk-modal__support-link" href={contactHref} {...externalProps(contactHref)}>
                  {messages.modal.contactSupport}
                </a>
              )}
              {docUrl && (
                <a className="pwk-modal__docs-link" href={docUrl} {...externalProps(docUrl)}>
                  {messages.modal.learnMore}
                </a>
              )}
            </p>
          )}
        </>
      )}
    </Comp>
  )
})

function externalProps(href: string) {
  return !href.startsWith('mailto:') && isExternal(href)
    ? { target: '_blank', rel: 'noopener noreferrer' }
    : undefined
}
