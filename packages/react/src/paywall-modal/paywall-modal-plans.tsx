import type { PaywallPlan } from '@paywall-kit/core'
import { RadioGroup } from 'radix-ui'
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react'
import { intlFormat } from '../i18n/intl-format'
import type { PaywallMessages } from '../i18n/messages'
import { cx } from '../internal/cx'
import { type PartProps, Primitive, showsDefaultContent } from '../internal/primitive'
import { useModalContext } from './paywall-modal-context'
import { planKey } from './use-hand-off'

/**
 * A plan's price in words: its `amount` in `currency` through `Intl.NumberFormat` in `locale`, per
 * `interval` ("$20.00 per month"); else the price as the server wrote it; else nothing.
 */
export function formatPlanPrice(
  plan: PaywallPlan,
  locale: string | undefined,
  messages: PaywallMessages['modal'],
): string | undefined {
  if (plan.amount === undefined || plan.currency === undefined) return plan.price
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: plan.currency }
  let price: string
  try {
    price = intlFormat(Intl.NumberFormat, locale, options).format(plan.amount)
  } catch {
    // A currency the runtime does not know: the number and the code as given.
    price = `${intlFormat(Intl.NumberFormat, locale).format(plan.amount)} ${plan.currency}`
  }
  return messages.planPrice({ price, interval: plan.interval })
}

/**
 * What a plan row shows: its name, its marks ("Current plan", and "Recommended" when
 * `markRecommended`), then its price, last so that prices line up at the end of their rows.
 */
function PlanSummary({ plan, markRecommended }: { plan: PaywallPlan; markRecommended: boolean }) {
  const { messages, locale } = useModalContext('Modal.Plan')
  const price = formatPlanPrice(plan, locale, messages)
  return (
    <>
      <span className="pwk-modal__plan-name">{plan.name}</span>
      {plan.current && <span className="pwk-modal__plan-badge">{messages.currentPlan}</span>}
      {markRecommended && plan.recommended && !plan.current && (
        <span className="pwk-modal__plan-badge">{messages.recommendedPlan}</span>
      )}
      {price && <span className="pwk-modal__plan-price">{price}</span>}
    </>
  )
}

export interface PlansProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'dir' | 'onChange'>,
    PartProps {}

/**
 * The plans the 402 offers; nothing when it offers none.
 *
 * When picking changes what `Modal.Action` does (an `onAction`, or plans with their own URL), a radio
 * group (`role="radiogroup"`, Radix RadioGroup): arrow keys move between plans, the current plan is
 * marked and cannot be picked, the recommended one starts picked; named "Plans" unless given
 * `aria-label` or `aria-labelledby`. `data-state`: `picked | unpicked`. Without children, one
 * `Modal.Plan` per plan.
 *
 * Otherwise a list under a "Plans" heading (a `section`), since there is nothing to pick.
 */
export const Plans = forwardRef<HTMLElement, PlansProps>(function Plans(
  { asChild = false, className, children, ...props },
  ref,
) {
  const { handOff, messages } = useModalContext('Modal.Plans')
  const headingId = useId()
  const { plans, selectedPlan, selectPlan, pickable } = handOff
  if (!plans.length) return null
  if (!pickable) {
    const list = (
      <>
        <h3 id={headingId} className="pwk-modal__plans-heading">
          {messages.plansHeading}
        </h3>
        <ul className="pwk-modal__plan-list">
          {plans.map((plan) => (
            <li key={planKey(plan)} className="pwk-modal__plan" data-current={plan.current ? '' : undefined}>
              {/* Nothing is picked from a list, so no plan is marked as the one to pick. */}
              <PlanSummary plan={plan} markRecommended={false} />
            </li>
          ))}
        </ul>
      </>
    )
    return (
      <Primitive
        as="section"
        asChild={asChild}
        // The heading that names the list exists only in the default content.
        aria-labelledby={showsDefaultContent(children, asChild) ? headingId : undefined}
        defaultContent={list}
        {...props}
        className={cx('pwk-modal__plans', className)}
        ref={ref}
      >
        {children}
      </Primitive>
    )
  }
  const named = props['aria-label'] !== undefined || props['aria-labelledby'] !== undefined
  return (
    <RadioGroup.Root
      asChild
      value={selectedPlan ? planKey(selectedPlan) : ''}
      onValueChange={selectPlan}
      loop
    >
      <Primitive
        as="div"
        asChild={asChild}
        aria-label={named ? undefined : messages.plansHeading}
        data-state={selectedPlan ? 'picked' : 'unpicked'}
        defaultContent={plans.map((plan) => <Plan key={planKey(plan)} plan={plan} />)}
        {...props}
        className={cx('pwk-modal__plans pwk-modal__plans--pickable', className)}
        ref={ref}
      >
        {children}
      </Primitive>
    </RadioGroup.Root>
  )
})

export interface PlanProps extends Omit<ComponentPropsWithoutRef<'button'>, 'value'>, PartProps {
  /** The plan this option stands for, one of the paywall's `plans`. */
  plan: PaywallPlan
}

/**
 * One plan in a pickable `Modal.Plans`: a radio (`role="radio"`) named by its name, price and marks
 * ("Current plan", "Recommended"). `data-state`: `checked | unchecked`; `data-current` and
 * `data-recommended` when they apply. The current plan is disabled: it is not something to buy.
 * Where there is nothing to pick it renders the same content in a plain `div`.
 */
export const Plan = forwardRef<HTMLElement, PlanProps>(function Plan(
  { plan, asChild = false, className, children, ...props },
  ref,
) {
  const { handOff } = useModalContext('Modal.Plan')
  const element = (
    <Primitive
      as={handOff.pickable ? 'button' : 'div'}
      asChild={asChild}
      data-current={plan.current ? '' : undefined}
      data-recommended={plan.recommended ? '' : undefined}
      defaultContent={<PlanSummary plan={plan} markRecommended />}
      {...props}
      className={cx('pwk-modal__plan', className)}
      ref={ref}
    >
      {children}
    </Primitive>
  )
  if (!handOff.pickable) return element
  return (
    <RadioGroup.Item asChild value={planKey(plan)} disabled={plan.current === true}>
      {element}
    </RadioGroup.Item>
  )
})
