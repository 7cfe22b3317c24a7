import { type PaymentRequired, type PaywallPlan, type PaywallStore, reasonCopy } from '@paywall-kit/core'
import { useEffect, useRef, useState } from 'react'
import type { PaywallMessages } from '../i18n/messages'
import { useSafeHref } from '../internal/use-safe-href'
import { type BillingOptions, billingUrlFor, canPay, ownerOf } from '../provider/billing-context'

/** What the modal announces about its action: politely (pending, copied, sent) or as an alert (failed). */
export type HandOffNotice =
  | 'pending'
  | 'failed'
  | 'linkCopied'
  | 'copyFailed'
  | 'requestSent'
  | 'requestFailed'

/** The modal's next step: which plan is picked, what the primary action does, and for whom. */
export interface HandOff {
  /** The 402's plans (none when it offers none). */
  plans: readonly PaywallPlan[]
  /** The plan the action is for: the user's pick, else the recommended one, else the first not current. */
  selectedPlan: PaywallPlan | undefined
  /**
   * Whether picking a plan changes what the action does (it has `onAction`, or a plan has its own URL):
   * only then are the plans a radio group and the action "Continue with {plan}".
   */
  pickable: boolean
  /** Pick a plan by its key (`planKey`). The current plan cannot be picked. */
  selectPlan: (key: string) => void
  /** Whether the viewer can pay (`canManageBilling`). */
  canPay: boolean
  /** Who to ask when they cannot (name or email), when known. */
  owner: string | undefined
  /** The action's link (the picked plan's, the 402's, else `billingUrl`), once safe; none with `onAction`. */
  href: string | undefined
  /** The billing link to copy for whoever can pay, once safe: the same link, whether or not `onAction` is set. */
  link: string | undefined
  /** The action's text: "Continue with {plan}" once a plan is picked, else the 402's or the reason's. */
  label: string
  /** Runs `onAction`; `undefined` without one. */
  run: (() => void) | undefined
  /** `onRequestAccess`, for viewers who cannot pay; `undefined` without one. */
  requestAccess: (() => void) | undefined
  /** What was last announced. */
  notice: HandOffNotice | undefined
  announce: (notice: HandOffNotice | undefined) => void
  /** Whether the modal may promise that access returns right away (the 402 or the provider says so). */
  instantAccess: boolean
}

/** A plan's identity within its paywall: its id, else its name. */
export const planKey = (plan: PaywallPlan) => plan.id ?? plan.name

/** The plan chosen until the user picks: the recommended one, else the first that is not the current plan. */
function defaultPlan(plans: readonly PaywallPlan[]) {
  return plans.find((plan) => plan.recommended && !plan.current) ?? plans.find((plan) => !plan.current)
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function'

interface HandOffInput {
  paywall: PaymentRequired | null
  messages: PaywallMessages
  billing: BillingOptions
  /** The modal's own `onAction`, over the provider's. */
  onAction: BillingOptions['onAction']
  store: PaywallStore
  resolve: () => Promise<void>
  followAction: () => void
  onOpenChange: ((open: boolean) => void) | undefined
}

/** The state behind `Modal.Action`, `Modal.Plans`, `Modal.ActionStatus` and the ask-the-owner parts. */
export function useHandOff({
  paywall,
  messages,
  billing,
  onAction,
  store,
  resolve,
  followAction,
  onOpenChange,
}: HandOffInput): HandOff {
  // The modal may be gone (resolved elsewhere, unmounted) by the time a hand-off settles.
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  // Kept with the paywall they belong to: a new paywall starts afresh (no pick, no stale "failed")
  // without an effect, which would cost the opening paywall a second commit.
  const [pick, setPick] = useState<{ paywall: PaymentRequired | null; key?: string }>({ paywall })
  const [said, setSaid] = useState<{ paywall: PaymentRequired | null; notice?: HandOffNotice }>({ paywall })
  const picked = pick.paywall === paywall ? pick.key : undefined
  const notice = said.paywall === paywall ? said.notice : undefined
  const setNotice = (next: HandOffNotice | undefined) => {
    if (mounted.current) setSaid({ paywall, notice: next })
  }
  const plans = paywall?.plans ?? []
  const selectedPlan = plans.find((plan) => !plan.current && planKey(plan) === picked) ?? defaultPlan(plans)
  const viewerCanPay = canPay(billing, paywall)
  const handler = onAction ?? billing.onAction
  const url = selectedPlan?.url ?? paywall?.action?.url ?? billingUrlFor(billing.billingUrl, paywall?.reason)
  const link = useSafeHref('Modal.Action', url, globalThis.location?.href)
  const choosable = plans.filter((plan) => !plan.current)
  const pickable =
    viewerCanPay && choosable.length > 0 && (handler !== undefined || choosable.some((plan) => plan.url))
  const label =
    selectedPlan && pickable
      ? messages.modal.choosePlan(selectedPlan.name)
      : (paywall?.action?.label ?? (paywall ? reasonCopy(paywall.reason, messages.reasons).action : ''))

  const run =
    handler && paywall
      ? () => {
          if (notice === 'pending') return
          store.emit({
            type: 'action_clicked',
            reason: paywall.reason,
            feature: store.getSnapshot().feature,
            code: paywall.code,
            requestId: paywall.requestId,
            paywall,
          })
          let result: unknown
          try {
            result = handler(paywall, selectedPlan)
          } catch {
            setNotice('failed')
            return
          }
          // Nothing to wait for: the app took the hand-off, as when a link is followed.
          if (!isThenable(result)) {
            followAction()
            onOpenChange?.(false)
            return
          }
          setNotice('pending')
          Promise.resolve(result).then(
            () => {
              setNotice(undefined)
              onOpenChange?.(false)
              return resolve()
            },
            () => setNotice('failed'),
          )
        }
      : undefined

  const { onRequestAccess } = billing
  const requestAccess =
    onRequestAccess && paywall && !viewerCanPay
      ? () => {
          let result: unknown
          try {
            result = onRequestAccess(paywall)
          } catch {
            setNotice('requestFailed')
            return
          }
          Promise.resolve(result).then(
            () => setNotice('requestSent'),
            () => setNotice('requestFailed'),
          )
        }
      : undefined

  return {
    plans,
    selectedPlan,
    pickable,
    selectPlan: (key) => setPick({ paywall, key }),
    canPay: viewerCanPay,
    owner: ownerOf(billing, paywall),
    href: handler ? undefined : link,
    link,
    label,
    run,
    requestAccess,
    notice,
    announce: setNotice,
    instantAccess: Boolean(paywall?.accessReturnsInstantly || billing.accessReturnsInstantly),
  }
}
