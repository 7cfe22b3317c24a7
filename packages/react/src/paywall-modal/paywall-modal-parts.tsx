import { type PaymentRequired, type PaywallState, safeHref } from '@paywall-kit/core'
import { Dialog, Slot } from 'radix-ui'
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'
import { usePaywallActions } from '../hooks/use-paywall'
import { usePaywallSelector } from '../hooks/use-paywall-selector'
import { intlFormat } from '../i18n/intl-format'
import { localizePaywall } from '../i18n/localize-paywall'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { useSafeHref } from '../internal/action-link'
import { createContext } from '../internal/create-context'
import { cx } from '../internal/cx'
import { isDateOnly } from '../internal/part-instant'
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect'
import { usePaywallContext } from '../provider/paywall-context'

interface ModalContextValue {
  /** The paywall to show, localised; the last one while the modal animates out. */
  paywall: PaymentRequired | null
  messages: PaywallMessages['modal']
  locale: string | undefined
  timeZone: string | undefined
  allowedOrigins: string[] | undefined
  followAction: () => void
  retry: (() => void) | undefined
  restoreFocus: () => void
}

const [ModalProvider, useModalContext] = createContext<ModalContextValue>('Modal.Root')

function focusTarget(element: HTMLElement | null): HTMLElement | null {
  if (!element?.isConnected) return null
  // The control that opened the 402 may now sit inside a locked (inert) feature: its Unlock button is next best.
  if (element.closest('[inert]')) {
    return element.closest('[data-pwk-lock]')?.querySelector<HTMLElement>('[data-pwk-unlock]') ?? null
  }
  return element
}

/** Remembers the focused element to give focus back to, unless it is the page itself or inside a dialog. */
function saveFocus(returnFocus: { current: HTMLElement | null }) {
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || active === document.body) return
  if (active.closest('[role="dialog"]')) return
  returnFocus.current = active
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
  /**
   * IANA time zone of the dates shown (when the quota resets, when the 402 happened), e.g. the
   * account's. An unknown zone falls back to the user's.
   * @default the user's
   */
  timeZone?: string
}

const selectIsOpen = (state: PaywallState) => state.isOpen
const selectCurrent = (state: PaywallState) => state.current

/**
 * The modal's state: a Radix `Dialog.Root` driven by the paywall store. It has no trigger, so it
 * remembers what had focus when the paywall opened and gives focus back when it closes; when nothing
 * had focus (a 402 on page load) or that element is gone, the `FeatureLock` Unlock button of the
 * paywall's feature gets it, if one is on the page.
 */
export function Root({
  children,
  open,
  onOpenChange,
  paywall,
  messages: override,
  locale,
  timeZone,
}: RootProps) {
  const { store, parseOptions, locale: providerLocale } = usePaywallContext('Modal.Root')
  // Slices, not the whole state: 50 merged 402s must not re-render the modal 50 times.
  const storeOpen = usePaywallSelector(selectIsOpen)
  const current = usePaywallSelector(selectCurrent)
  const { dismiss, followAction, retry } = usePaywallActions()
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
  // Not memoised: the context value below is new on every render anyway.
  const localized = shown && localizePaywall(shown, messages.reasons)

  const returnFocus = useRef<HTMLElement | null>(null)
  // The store opens synchronously inside the cache callback, before React renders the dialog and
  // Radix moves focus into it: the only moment the element to return to is still focused.
  useEffect(() => store.select(selectIsOpen, (opened) => opened && saveFocus(returnFocus)), [store])
  useIsomorphicLayoutEffect(() => {
    if (isOpen && !returnFocus.current) saveFocus(returnFocus)
  }, [isOpen])

  const context: ModalContextValue = {
    paywall: localized,
    messages: messages.modal,
    locale: locale ?? providerLocale,
    timeZone,
    allowedOrigins: parseOptions.allowedOrigins,
    // The store closes itself (not as "Not now"); a controlled modal hears of it through `onOpenChange`.
    followAction: () => {
      followAction()
      onOpenChange?.(false)
    },
    // As for the action: a controlled modal hears of the close through `onOpenChange`.
    retry:
      retry &&
      (() => {
        retry()
        onOpenChange?.(false)
      }),
    // Nothing to go back to (the 402 came on page load, or that control is gone): the locked feature's
    // Unlock button is where the user can pick up; without one, focus stays where the browser left it.
    restoreFocus: () => {
      const target =
        focusTarget(returnFocus.current) ??
        unlockButton(paywall ? paywall.feature : store.getSnapshot().feature)
      returnFocus.current = null
      target?.focus()
    },
  }

  return (
    <ModalProvider value={context}>
      <Dialog.Root
        open={isOpen && localized !== null}
        onOpenChange={(next) => {
          onOpenChange?.(next)
          if (!next && open === undefined) dismiss()
        }}
      >
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

function formatDate(
  value: string | undefined,
  { locale, timeZone }: Pick<ModalContextValue, 'locale' | 'timeZone'>,
  options: Intl.DateTimeFormatOptions,
) {
  if (!value) return undefined
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  // An unknown time zone falls back to the user's.
  const zone = isDateOnly(value) ? 'UTC' : timeZone
  return intlFormat(Intl.DateTimeFormat, locale, { ...options, timeZone: zone }, options).format(date)
}

/** "100 of 100 requests used · Resets Jun 16, 2023", when the 402 carries usage; else nothing. */
export const Usage = forwardRef<HTMLParagraphElement, UsageProps>(function Usage(
  { asChild, className, children, ...props },
  ref,
) {
  const context = useModalContext('Modal.Usage')
  const { paywall, messages, locale } = context
  const usage = paywall?.usage
  if (!usage) return null
  const resets = formatDate(usage.resetsAt, context, { dateStyle: 'medium' })
  const number = intlFormat(Intl.NumberFormat, locale)
  const Comp = asChild ? Slot.Root : 'p'
  return (
    <Comp ref={ref} className={cx('pwk-modal__usage', className)} {...props}>
      {children ?? (
        <>
          {messages.usage(number.format(usage.used), number.format(usage.limit), usage.unit)}
          {resets && (
            <>
              {' · '}
              <span className="pwk-modal__usage-resets">{messages.usageResets(resets)}</span>
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
  if (!plans?.length) return null
  const Comp = asChild ? Slot.Root : 'section'
  return (
    <Comp ref={ref} className={cx('pwk-modal__plans', className)} aria-labelledby={headingId} {...props}>
      {children ?? (
        <>
          <h3 id={headingId} className="pwk-modal__plans-heading">
            {messages.plansHeading}
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

/** Whether a link leaves the page for another origin (a `mailto:` link opens the mail app instead). */
function isExternal(href: string) {
  if (href.startsWith('mailto:')) return false
  if (typeof window === 'undefined') return /^https?:/i.test(href)
  try {
    return new URL(href, window.location.href).origin !== window.location.origin
  } catch {
    return true
  }
}

/** What a link to another origin gets: a new tab that cannot reach back to this page. */
const newTab = { target: '_blank', rel: 'noopener noreferrer' }

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
  const { paywall, followAction } = useModalContext('Modal.Action')
  const action = paywall?.action
  // Resolved against the page, as the parser did: the modal only renders on the client, and a relative
  // URL seeded into the store (not parsed) gets the same absolute href as a parsed one.
  const href = useSafeHref('Modal.Action', action?.url, globalThis.location?.href)
  if (!href) return null
  const Comp = asChild ? Slot.Root : 'a'
  return (
    <Comp
      ref={ref}
      className={cx('pwk-modal__action pwk-button', className)}
      {...props}
      href={href}
      {...(isExternal(href) && newTab)}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event)
        followAction()
      }}
    >
      {children ?? action?.label}
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
      {children ?? messages.tryAgain}
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
      {children ?? messages.dismiss}
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
      aria-label={messages.close}
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
      {children ?? messages.afterPayment}
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
  const context = useModalContext('Modal.Support')
  const { paywall, messages, allowedOrigins } = context
  const detailsId = useId()
  // The message announcing the last copy's result, if any. (Set after unmount, it is a no-op.)
  const [copyResult, setCopyResult] = useState<'copied' | 'copyFailed'>()

  if (!paywall) return null
  const { requestId, timestamp, support } = paywall
  const email = support?.email
  const contactHref =
    email && simpleEmail.test(email) ? `mailto:${email}` : safeHref(support?.url, { allowedOrigins })
  const docUrl = safeHref(paywall.docUrl, { allowedOrigins })
  const hasDetails = Boolean(requestId || timestamp)
  if (!hasDetails && !contactHref && !docUrl) return null

  const copy = async () => {
    const lines = [
      requestId && `${messages.requestId}: ${requestId}`,
      timestamp && `${messages.time}: ${timestamp}`,
    ].filter(Boolean)
    setCopyResult((await writeClipboard(lines.join('\n'))) ? 'copied' : 'copyFailed')
  }
  const Comp = asChild ? Slot.Root : 'div'

  return (
    <Comp ref={ref} className={cx('pwk-modal__support', className)} {...props}>
      {children ?? (
        <>
          {hasDetails && (
            <>
              <p className="pwk-modal__support-heading">{messages.supportHeading}</p>
              <dl id={detailsId} className="pwk-modal__support-details">
                {requestId && (
                  <div>
                    <dt>{messages.requestId}</dt>
                    <dd>
                      <code>{requestId}</code>
                    </dd>
                  </div>
                )}
                {timestamp && (
                  <div>
                    <dt>{messages.time}</dt>
                    <dd>
                      <time dateTime={timestamp}>
                        {formatDate(timestamp, context, { dateStyle: 'medium', timeStyle: 'long' }) ??
                          timestamp}
                      </time>
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
                {messages.copy}
              </button>
              <span role="status" className="pwk-modal__copy-status">
                {copyResult ? messages[copyResult] : ''}
              </span>
            </>
          )}
          {(contactHref || docUrl) && (
            <p className="pwk-modal__support-links">
              {contactHref && (
                <a
                  className="pwk-modal__support-link"
                  href={contactHref}
                  {...(isExternal(contactHref) && newTab)}
                >
                  {messages.contactSupport}
                </a>
              )}
              {docUrl && (
                <a className="pwk-modal__docs-link" href={docUrl} {...(isExternal(docUrl) && newTab)}>
                  {messages.learnMore}
                </a>
              )}
            </p>
          )}
        </>
      )}
    </Comp>
  )
})
