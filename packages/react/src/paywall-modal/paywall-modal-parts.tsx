import { isEmail, type PaymentRequired, type PaywallState, safeHref } from '@paywall-kit/core'
import { Dialog } from 'radix-ui'
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { usePaywallActions } from '../hooks/use-paywall'
import { usePaywallSelector } from '../hooks/use-paywall-selector'
import { countFormat } from '../i18n/count-format'
import { intlFormat } from '../i18n/intl-format'
import { localizePaywall } from '../i18n/localize-paywall'
import { type PaywallMessages, type PaywallMessagesOverride, useMessages } from '../i18n/messages'
import { composeEventHandlers } from '../internal/compose-event-handlers'
import { cx } from '../internal/cx'
import { isDateOnly } from '../internal/is-date-only'
import { type PartProps, Primitive, showsDefaultContent } from '../internal/primitive'
import { useIsClient } from '../internal/use-is-client'
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect'
import { writeClipboard } from '../internal/write-clipboard'
import { type BillingOptions, useBillingOptions } from '../provider/billing-context'
import { usePaywallBridge } from '../provider/paywall-bridge-context'
import { usePaywallContext } from '../provider/paywall-context'
import { formattersWarm, markFormattersWarm } from '../provider/warm-formatters'
import { type ModalContextValue, ModalProvider, useModalContext } from './paywall-modal-context'
import { useHandOff } from './use-hand-off'
import { useRetryCountdown } from './use-retry-countdown'

/** Remembers the focused element to give focus back to, unless it is the page itself or inside a dialog. */
function saveFocus(returnFocus: { current: HTMLElement | null }) {
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || active === document.body) return
  if (active.closest('[role="dialog"]')) return
  returnFocus.current = active
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
  /**
   * The hand-off for this modal, over the provider's `onAction`: called with the paywall and the picked
   * plan; a returned promise keeps the modal open and pending until it settles (see `PaywallProvider`).
   * @default the provider's `onAction`
   */
  onAction?: BillingOptions['onAction']
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
  onAction,
}: RootProps) {
  const { store, parseOptions, locale: providerLocale, unlockControls } = usePaywallContext('Modal.Root')
  // Slices, not the whole state: 50 merged 402s must not re-render the modal 50 times.
  const storeOpen = usePaywallSelector(selectIsOpen)
  const current = usePaywallSelector(selectCurrent)
  const { dismiss, followAction, retry, resolve } = usePaywallActions()
  const billing = useBillingOptions()
  const messages = useMessages(override)
  const isOpen = open ?? storeOpen
  // A paywall from the store was localised as it entered it; one given as a prop is localised here.
  const given = useMemo(
    () => paywall && localizePaywall(paywall, messages.reasons),
    [paywall, messages.reasons],
  )
  const source = given ?? current
  // Kept in a ref from a layout effect: read only by the render that closes the modal, it needs no
  // render of its own. (A state set from an effect cost the opening paywall a second commit, issue 17;
  // a state set during render makes React 18's useSyncExternalStore miss the next store change back
  // to its mount-time value, react#25565, so the modal never closed after resolve().)
  const lastShown = useRef(source)
  useIsomorphicLayoutEffect(() => {
    if (source) lastShown.current = source
  }, [source])
  const shown = source ?? lastShown.current

  const returnFocus = useRef<HTMLElement | null>(null)
  // The store opens synchronously inside the cache callback, before React renders the dialog and
  // Radix moves focus into it: the only moment the element to return to is still focused.
  useEffect(() => store.select(selectIsOpen, (opened) => opened && saveFocus(returnFocus)), [store])
  useIsomorphicLayoutEffect(() => {
    if (isOpen && !returnFocus.current) saveFocus(returnFocus)
  }, [isOpen])

  const handOff = useHandOff({
    paywall: shown,
    messages,
    billing,
    onAction,
    store,
    resolve,
    followAction: () => {
      followAction()
      onOpenChange?.(false)
    },
    onOpenChange,
  })

  const context: ModalContextValue = {
    handOff,
    paywall: shown,
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
    // Nothing to go back to (the 402 came on page load), or that control cannot take focus any more
    // (gone, or inside the feature now locked and inert): the locked feature's Unlock control is where
    // the user can pick up; without one, focus stays where the browser left it.
    restoreFocus: () => {
      const previous = returnFocus.current
      returnFocus.current = null
      // `inert` checked as well as the focus result: jsdom and older browsers focus inert elements.
      if (previous?.isConnected && !previous.closest('[inert]')) {
        previous.focus()
        if (document.activeElement === previous) return
      }
      const feature = paywall ? paywall.feature : store.getSnapshot().feature
      if (feature !== undefined) unlockControls.find(feature)?.focus()
    },
  }

  return (
    <ModalProvider value={context}>
      <Dialog.Root
        open={isOpen && shown !== null}
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
export function Portal({ container, ...props }: PortalProps) {
  // Radix's Portal finds `document.body` in a layout effect when not given a container, so the
  // dialog would render twice as it opens (issue 17). After hydration, the body is known at once.
  const isClient = useIsClient()
  return <Dialog.Portal {...props} container={container || (isClient ? document.body : undefined)} />
}

export type OverlayProps = ComponentPropsWithoutRef<typeof Dialog.Overlay>

/** The backdrop. `data-state="open" | "closed"`. */
export const Overlay = forwardRef<HTMLDivElement, OverlayProps>(function Overlay(
  { forceMount, asChild, className, ...props },
  ref,
) {
  return (
    <Dialog.Overlay forceMount={forceMount} asChild>
      <Primitive
        as="div"
        asChild={asChild}
        {...props}
        className={cx('pwk-modal__overlay', className)}
        ref={ref}
      />
    </Dialog.Overlay>
  )
})

export type ContentProps = ComponentPropsWithoutRef<typeof Dialog.Content>

/**
 * The dialog itself (`role="dialog"`, `data-state="open" | "closed"`): traps focus while open,
 * closes on Escape, and returns focus to where it was before the paywall opened (unless the
 * consumer's `onCloseAutoFocus` calls `preventDefault()`).
 */
export const Content = forwardRef<HTMLDivElement, ContentProps>(function Content(
  {
    forceMount,
    onOpenAutoFocus,
    onCloseAutoFocus,
    onEscapeKeyDown,
    onPointerDownOutside,
    onFocusOutside,
    onInteractOutside,
    asChild,
    className,
    ...props
  },
  ref,
) {
  const { restoreFocus } = useModalContext('Modal.Content')
  return (
    <Dialog.Content
      asChild
      forceMount={forceMount}
      onOpenAutoFocus={onOpenAutoFocus}
      onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
        // Radix would focus the (missing) trigger, leaving focus on <body>.
        event.preventDefault()
        restoreFocus()
      })}
      onEscapeKeyDown={onEscapeKeyDown}
      onPointerDownOutside={onPointerDownOutside}
      onFocusOutside={onFocusOutside}
      onInteractOutside={onInteractOutside}
    >
      <Primitive
        as="div"
        asChild={asChild}
        {...props}
        className={cx('pwk-modal__content', className)}
        ref={ref}
      />
    </Dialog.Content>
  )
})

export type TitleProps = ComponentPropsWithoutRef<typeof Dialog.Title>

/** The reason's title, e.g. "Your subscription has ended" (never "402"). Names the dialog. */
export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title(
  { asChild, className, ...props },
  ref,
) {
  const { paywall } = useModalContext('Modal.Title')
  return (
    <Dialog.Title asChild>
      <Primitive
        as="h2"
        asChild={asChild}
        defaultContent={paywall?.title}
        {...props}
        className={cx('pwk-modal__title', className)}
        ref={ref}
      />
    </Dialog.Title>
  )
})

export type DescriptionProps = ComponentPropsWithoutRef<typeof Dialog.Description>

/** The human message: the server's when it is human, else the reason's. Describes the dialog. */
export const Description = forwardRef<HTMLParagraphElement, DescriptionProps>(function Description(
  { asChild, className, ...props },
  ref,
) {
  const { paywall } = useModalContext('Modal.Description')
  return (
    <Dialog.Description asChild>
      <Primitive
        as="p"
        asChild={asChild}
        defaultContent={paywall?.message}
        {...props}
        className={cx('pwk-modal__description', className)}
        ref={ref}
      />
    </Dialog.Description>
  )
})

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
  { className, ...props },
  ref,
) {
  const context = useModalContext('Modal.Usage')
  const { paywall, messages, locale } = context
  const usage = paywall?.usage
  if (!usage) return null
  const resets = formatDate(usage.resetsAt, context, { dateStyle: 'medium' })
  const count = countFormat(locale)
  const text = (
    <>
      {messages.usage({
        used: count(usage.used),
        limit: count(usage.limit),
        unit: usage.unit,
      })}
      {resets && (
        <>
          {' · '}
          <span className="pwk-modal__usage-resets">{messages.usageResets(resets)}</span>
        </>
      )}
    </>
  )
  return (
    <Primitive
      as="p"
      defaultContent={text}
      {...props}
      className={cx('pwk-modal__usage', className)}
      ref={ref}
    />
  )
})

export {
  ActionStatus,
  type ActionStatusProps,
  AskOwner,
  type AskOwnerProps,
  CopyLink,
  type CopyLinkProps,
  RequestAccess,
  type RequestAccessProps,
} from './paywall-modal-ask-owner'
export { formatPlanPrice, Plan, type PlanProps, Plans, type PlansProps } from './paywall-modal-plans'
export { Price, type PriceProps } from './paywall-modal-price'

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
 * The one next step, e.g. "Renew subscription", or "Continue with Pro" once a plan is picked.
 *
 * With an `onAction` (provider or `Modal.Root`) it is a button that hands the paywall and the picked
 * plan over (e.g. to a checkout overlay); while a returned promise runs it is `aria-busy`,
 * `aria-disabled` and reads "Opening checkout…" (`data-state="pending"`), after a rejection
 * `data-state="failed"` (see `Modal.ActionStatus` for the announcements).
 *
 * Otherwise a link: to the picked plan's URL, else the 402's action URL, else the provider's
 * `billingUrl`, only when safe (checked again against `allowedOrigins`). Links to another origin open
 * in a new tab with `rel="noopener noreferrer"`. A click follows the action (`action_clicked`) and
 * closes the modal, so it does not cover the page that takes the payment; the features stay locked
 * until the payment goes through.
 *
 * Nothing renders for a viewer who cannot pay (`canManageBilling`; see `Modal.AskOwner`) or when there
 * is neither a safe link nor `onAction`. A consumer's `onClick` that calls `preventDefault()` stops it.
 */
export const Action = forwardRef<HTMLElement, ActionProps>(function Action(
  { className, onClick, ...props },
  ref,
) {
  const { handOff, followAction, messages } = useModalContext('Modal.Action')
  const { canPay, run, href, label, notice } = handOff
  if (!canPay) return null
  if (run) {
    const pending = notice === 'pending'
    return (
      <Primitive
        as="button"
        defaultContent={pending ? messages.actionPending : label}
        {...(props as ComponentPropsWithoutRef<'button'>)}
        aria-busy={pending || undefined}
        aria-disabled={pending || undefined}
        data-state={pending ? 'pending' : notice === 'failed' ? 'failed' : 'idle'}
        className={cx('pwk-modal__action pwk-button', className)}
        // Not `disabled`: a disabled button drops focus to the page while the checkout opens.
        onClick={composeEventHandlers(onClick as ComponentPropsWithoutRef<'button'>['onClick'], run)}
        ref={ref}
      />
    )
  }
  if (!href) return null
  return (
    <Primitive
      as="a"
      defaultContent={label}
      {...props}
      data-state="idle"
      className={cx('pwk-modal__action pwk-button', className)}
      href={href}
      {...(isExternal(href) && newTab)}
      onClick={composeEventHandlers(onClick, followAction)}
      ref={ref}
    />
  )
})

export interface TryAgainProps extends ComponentPropsWithoutRef<'button'>, PartProps {}

const selectHasQueryReports = (state: PaywallState) =>
  state.reports.some((report) => report.source === 'query' && report.key !== undefined)

/**
 * "Try again": for a mutation that hit the paywall, replays it once and closes. For a paywall that says
 * when to come back (`retryAfter`, or a quota's reset time) it is also offered for the queries that hit
 * it (refetched quietly once, after closing), and it stays disabled until that time (see
 * `Modal.Countdown`). Otherwise not rendered. A consumer's `onClick` that calls `preventDefault()`
 * stops the replay.
 */
export const TryAgain = forwardRef<HTMLButtonElement, TryAgainProps>(function TryAgain(
  { className, onClick, disabled, ...props },
  ref,
) {
  const { retry, messages, paywall, locale } = useModalContext('Modal.TryAgain')
  const { store } = usePaywallContext('Modal.TryAgain')
  const { bridge } = usePaywallBridge()
  const countdown = useRetryCountdown(paywall, locale)
  // Only queries can be refetched: a paywall reported by hand has nothing to try again.
  const hasQueries = usePaywallSelector(selectHasQueryReports)
  const recheck =
    countdown && bridge && hasQueries
      ? () => {
          store.close()
          void bridge.recheck()
        }
      : undefined
  const action = retry ?? recheck
  if (!action) return null
  return (
    <Primitive
      as="button"
      defaultContent={messages.tryAgain}
      {...props}
      disabled={disabled || (countdown !== null && !countdown.ended)}
      className={cx('pwk-modal__try-again pwk-button', className)}
      onClick={composeEventHandlers(onClick, action)}
      ref={ref}
    />
  )
})

/** What `useModal` returns: what the nearest `Modal.Root` shows and how it formats it. */
export interface ModalState {
  /** The paywall shown, localised; the last one while the modal animates out. */
  paywall: PaymentRequired | null
  /** The modal's strings in effect (provider's, then the root's `messages`). */
  messages: PaywallMessages['modal']
  locale: string | undefined
  timeZone: string | undefined
}

/** The paywall shown by the nearest `Modal.Root`, its strings, locale and time zone, for custom parts. */
export function useModal(): ModalState {
  const { paywall, messages, locale, timeZone } = useModalContext('useModal')
  return { paywall, messages, locale, timeZone }
}

export { Countdown, type CountdownProps } from './paywall-modal-countdown'

export type DismissProps = ComponentPropsWithoutRef<typeof Dialog.Close>

/**
 * "Not now": closes the modal; the features stay locked and it does not come back by itself. A
 * consumer's `onClick` that calls `preventDefault()` keeps it open.
 */
export const Dismiss = forwardRef<HTMLButtonElement, DismissProps>(function Dismiss(
  { asChild, className, ...props },
  ref,
) {
  const { messages } = useModalContext('Modal.Dismiss')
  return (
    <Dialog.Close asChild>
      <Primitive
        as="button"
        asChild={asChild}
        defaultContent={messages.dismiss}
        {...props}
        className={cx('pwk-modal__dismiss pwk-button', className)}
        ref={ref}
      />
    </Dialog.Close>
  )
})

export type CloseProps = ComponentPropsWithoutRef<typeof Dialog.Close>

/**
 * The × button, named "Close" for screen readers (given its own visible content, that names it).
 * Same effect as `Dismiss`.
 */
export const Close = forwardRef<HTMLButtonElement, CloseProps>(function Close(
  { asChild = false, className, children, ...props },
  ref,
) {
  const { messages } = useModalContext('Modal.Close')
  // Only the icon needs a name; visible text names the button itself (WCAG 2.5.3, label in name).
  const iconOnly = showsDefaultContent(children, asChild)
  return (
    <Dialog.Close asChild>
      <Primitive
        as="button"
        asChild={asChild}
        aria-label={iconOnly ? messages.close : undefined}
        defaultContent={<span aria-hidden="true">×</span>}
        {...props}
        className={cx('pwk-modal__close pwk-icon-button', className)}
        ref={ref}
      >
        {children}
      </Primitive>
    </Dialog.Close>
  )
})

export interface AfterPaymentProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/**
 * What happens after paying: "Access returns right away after payment." Only when the kit knows it
 * (the 402's `accessReturnsInstantly`, or the provider's), for a viewer who can pay and has an action
 * to take; nothing otherwise.
 */
export const AfterPayment = forwardRef<HTMLParagraphElement, AfterPaymentProps>(function AfterPayment(
  { className, ...props },
  ref,
) {
  const { messages, handOff } = useModalContext('Modal.AfterPayment')
  if (!handOff.instantAccess || !handOff.canPay || !(handOff.run || handOff.href)) return null
  return (
    <Primitive
      as="p"
      defaultContent={messages.afterPayment}
      {...props}
      className={cx('pwk-modal__after-payment', className)}
      ref={ref}
    />
  )
})

/**
 * Whether the support time may be formatted in this render: at once when the page has made an `Intl`
 * formatter already (the provider warms them while the page is idle), else after the paywall's first
 * paint, so that ICU's start-up (40–70 ms) never delays the paywall (issue 17).
 */
function useTimeAfterFirstPaint(hasTime: boolean): boolean {
  const [ready, setReady] = useState(formattersWarm)
  useEffect(() => {
    if (ready || !hasTime) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // The frame callback runs before the paint, the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        markFormattersWarm()
        setReady(true)
      }, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ready, hasTime])
  return ready
}

export interface SupportProps extends ComponentPropsWithoutRef<'div'>, PartProps {}

/**
 * The support path: request id and time with a copy button (its result announced politely), the
 * support contact and the docs link, when the 402 carries them; nothing otherwise.
 */
export const Support = forwardRef<HTMLDivElement, SupportProps>(function Support(
  { className, ...props },
  ref,
) {
  const context = useModalContext('Modal.Support')
  const { paywall, messages, allowedOrigins } = context
  const detailsId = useId()
  // The message announcing the last copy's result, if any. (Set after unmount, it is a no-op.)
  const [copyResult, setCopyResult] = useState<'copied' | 'copyFailed'>()
  const timeFormatted = useTimeAfterFirstPaint(Boolean(paywall?.timestamp))

  if (!paywall) return null
  const { requestId, timestamp, support } = paywall
  const email = support?.email
  const contactHref = isEmail(email) ? `mailto:${email}` : safeHref(support?.url, { allowedOrigins })
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
  const details = (
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
                  {timeFormatted ? (
                    <time dateTime={timestamp}>
                      {formatDate(timestamp, context, { dateStyle: 'medium', timeStyle: 'long' }) ??
                        timestamp}
                    </time>
                  ) : (
                    // Holds the line (hidden by styles.css) until the time is formatted after paint.
                    <time dateTime={timestamp} data-pending="">
                      {timestamp}
                    </time>
                  )}
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
  )
  return (
    <Primitive
      as="div"
      defaultContent={details}
      {...props}
      className={cx('pwk-modal__support', className)}
      ref={ref}
    />
  )
})
