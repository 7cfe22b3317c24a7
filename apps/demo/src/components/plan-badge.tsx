import { useAccount } from '../api/queries'
import { stateLabel, stateTone } from '../format'
import { hrefFor } from '../router/routes'
import { Skeleton } from './skeleton'

/** The plan and its state in the header, e.g. "Pro · Payment issue"; links to Billing. */
export function PlanBadge() {
  const account = useAccount()
  if (account.isPending) return <Skeleton className="plan-badge__skeleton" width="8rem" height="1.75rem" />
  if (!account.data) return null
  const { plan, state } = account.data
  return (
    <a className="plan-badge" data-tone={stateTone(state)} href={hrefFor('billing')}>
      <span className="plan-badge__plan">{plan.name}</span>
      <span className="plan-badge__dot" aria-hidden="true" />
      <span className="plan-badge__state">{stateLabel(state)}</span>
      <span className="visually-hidden"> — manage billing</span>
    </a>
  )
}
