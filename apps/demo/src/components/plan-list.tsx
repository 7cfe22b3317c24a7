import { usePlans } from '../api/queries'
import type { Account, Plan } from '../api/types'
import { hrefFor } from '../router/routes'
import { Badge } from './badge'
import { Callout } from './callout'
import { Card } from './card'
import { CheckIcon } from './icons'
import { SkeletonBlock } from './skeleton'

const planRank: Record<string, number> = { free: 0, pro: 1, business: 2 }

function planAction(plan: Plan, account: Account) {
  const current = account.plan.id === plan.id
  if (current && account.entitled) return { label: 'Current plan', disabled: true }
  if (current) return { label: `Renew ${plan.name}`, disabled: false }
  if (plan.id === 'free') return { label: 'Included', disabled: true }
  const rank = planRank[plan.id] ?? 0
  const currentRank = planRank[account.plan.id] ?? 0
  return { label: rank > currentRank ? `Upgrade to ${plan.name}` : `Switch to ${plan.name}`, disabled: false }
}

/** The plans, each with the step that fits the account (upgrade, renew, switch, current). */
export function PlanList({ account, highlight }: { account: Account; highlight: boolean }) {
  const plans = usePlans()
  return (
    <Card
      title="Plans"
      headingId="plans-title"
      description="Change plans any time. Upgrades apply immediately."
      className={highlight ? 'card--highlight' : undefined}
      id="plans"
    >
      {plans.isPending ? (
        <SkeletonBlock label="Loading plans" lines={4} />
      ) : plans.isError ? (
        <Callout tone="danger" title="Plans could not be loaded" role="alert">
          {plans.error.message}
        </Callout>
      ) : (
        <ul className="plan-grid">
          {plans.data.map((plan) => {
            const action = planAction(plan, account)
            const current = account.plan.id === plan.id
            return (
              <li key={plan.id} className="plan-card" data-current={current ? 'true' : 'false'}>
                <div className="plan-card__header">
                  <h3 className="plan-card__name">{plan.name}</h3>
                  {plan.id === 'pro' ? <Badge tone="info">Popular</Badge> : null}
                </div>
                <p className="plan-card__price">{plan.price}</p>
                <ul className="plan-card__features">
                  {plan.features.map((feature) => (
                    <li key={feature}>
                      <CheckIcon width={16} height={16} /> {feature}
                    </li>
                  ))}
                </ul>
                {action.disabled ? (
                  <button type="button" className="button button--secondary button--block" disabled>
                    {action.label}
                  </button>
                ) : (
                  <a
                    className={`button button--block ${plan.id === 'pro' ? 'button--primary' : 'button--secondary'}`}
                    href={hrefFor('checkout', { plan: plan.id })}
                  >
                    {action.label}
                  </a>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </Card>
  )
}
