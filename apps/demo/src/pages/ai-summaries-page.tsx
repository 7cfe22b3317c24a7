import { isPaymentRequired, useFeatureAccess } from '@paywall-kit/react'
import { useMutationState } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { summariesKey, useAccount, useSummarise } from '../api/queries'
import type { Summary } from '../api/types'
import { Callout } from '../components/callout'
import { Card } from '../components/card'
import { EmptyState } from '../components/empty-state'
import { SparkIcon } from '../components/icons'
import { Page } from '../components/page'
import { Skeleton } from '../components/skeleton'
import { formatNumber } from '../format'
import { hrefFor } from '../router/routes'
import { toast } from '../toasts'

const sample =
  'Weekly active users grew 12% to 48,200, driven by the new onboarding flow. Checkout conversion ' +
  'dipped from 3.4% to 3.1% after the pricing page change on Tuesday; mobile Safari accounts for most ' +
  'of the drop. Support tickets about exports doubled, mostly CSV encoding questions.'

/**
 * Each summary spends one prepaid credit. With none left the API answers 402; after buying credits
 * the page offers "Continue" with the same text (never replayed automatically).
 */
export function AiSummariesPage() {
  const [text, setText] = useState(sample)
  const textId = useId()
  const account = useAccount()
  const access = useFeatureAccess('ai_summaries')
  const summarise = useSummarise()
  const attempts = useMutationState({
    filters: { mutationKey: summariesKey },
    select: (mutation) => mutation.state,
  })
  const latest = attempts[attempts.length - 1]
  const blockedText =
    latest?.status === 'error' && isPaymentRequired(latest.error)
      ? ((latest.variables as { text?: string } | undefined)?.text ?? text)
      : null
  const summaries = attempts
    .filter((attempt) => attempt.status === 'success' && attempt.data)
    .map((attempt) => ({ at: attempt.submittedAt, ...(attempt.data as Summary) }))
    .reverse()
  const credits = account.data?.credits
  const canContinue = blockedText !== null && access.state !== 'locked' && (credits ?? 0) > 0

  const run = (input: string) => {
    if (summarise.isPending || !input.trim()) return
    summarise.mutate(
      { text: input },
      {
        onError: (error) => {
          if (!isPaymentRequired(error))
            toast({ tone: 'danger', title: 'The summary failed', text: error.message })
        },
      },
    )
  }

  return (
    <Page
      title="AI summaries"
      description="Turn a week of metrics and notes into a short brief for your team."
      actions={
        <span className="credit-pill" data-empty={credits === 0 ? 'true' : 'false'}>
          <SparkIcon width={16} height={16} />
          {credits === undefined ? (
            <Skeleton width="5rem" />
          ) : (
            <span>
              {formatNumber(credits)} {credits === 1 ? 'credit' : 'credits'} left
            </span>
          )}
        </span>
      }
    >
      {blockedText !== null && canContinue ? (
        <Callout
          tone="success"
          title="Credits added"
          role="status"
          action={
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => run(blockedText)}
              aria-disabled={summarise.isPending}
            >
              Continue
            </button>
          }
        >
          Your summary was not created yet. Continue where you left off.
        </Callout>
      ) : blockedText !== null ? (
        <Callout
          tone="info"
          title="You are out of AI credits"
          action={
            <a
              className="button button--secondary button--small"
              href={hrefFor('billing', { credits: 'ai_summaries' })}
            >
              Buy credits
            </a>
          }
        >
          Summaries use one credit each. Your text is kept, so you can continue after topping up.
        </Callout>
      ) : null}

      <Card title="Summarise" headingId="summarise-title" description="One credit per summary.">
        <form
          className="summary-form"
          onSubmit={(event) => {
            event.preventDefault()
            run(text)
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={textId}>
              Notes and metrics
            </label>
            <textarea
              id={textId}
              className="textarea"
              rows={5}
              value={text}
              onChange={(event) => setText(event.target.value)}
              required
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" aria-disabled={summarise.isPending}>
              <SparkIcon width={18} height={18} />
              {summarise.isPending ? 'Summarising…' : 'Summarise'}
            </button>
          </div>
        </form>
      </Card>

      <Card title="Summaries" headingId="summaries-title">
        {summaries.length === 0 ? (
          <EmptyState icon={<SparkIcon />} title="No summaries yet">
            Paste notes above and press Summarise.
          </EmptyState>
        ) : (
          <ol className="summary-list">
            {summaries.map((item) => (
              <li key={item.at} className="summary">
                <p className="summary__text">{item.summary}</p>
                <p className="summary__meta">
                  {formatNumber(item.creditsLeft)} credits left after this summary
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </Page>
  )
}
