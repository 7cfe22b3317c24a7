import type { Account } from '../api/types'
import { formatMoney, formatNumber } from '../format'
import { hrefFor } from '../router/routes'
import { Card } from './card'
import { SparkIcon } from './icons'

/** Credit packs on sale; the API prices credits at $0.10 each. */
export const creditPacks = [
  { amount: 100, price: 10 },
  { amount: 500, price: 50 },
]

/** The credit balance and the packs on sale, each leading to checkout. */
export function CreditPacks({ account, highlight }: { account: Account; highlight: boolean }) {
  return (
    <Card
      title="AI credits"
      headingId="credits-title"
      description={`${formatNumber(account.credits)} credits left. One credit per AI summary.`}
      className={highlight ? 'card--highlight' : undefined}
      id="credits"
    >
      <ul className="pack-grid">
        {creditPacks.map((pack) => (
          <li key={pack.amount} className="pack">
            <SparkIcon />
            <span className="pack__amount">{formatNumber(pack.amount)} credits</span>
            <span className="pack__price">{formatMoney(pack.price)}</span>
            <a
              className="button button--secondary button--small"
              href={hrefFor('checkout', { credits: String(pack.amount) })}
              aria-label={`Buy ${formatNumber(pack.amount)} credits for ${formatMoney(pack.price)}`}
            >
              Buy
            </a>
          </li>
        ))}
      </ul>
    </Card>
  )
}
