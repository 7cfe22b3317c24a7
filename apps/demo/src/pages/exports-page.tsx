import { isPaymentRequired, useFeatureAccess } from '@paywall-kit/react'
import { useMutationState } from '@tanstack/react-query'
import { useState } from 'react'
import { exportsKey, useAccount, useCreateExport } from '../api/queries'
import type { ExportJob } from '../api/types'
import { Callout } from '../components/callout'
import { Card } from '../components/card'
import { EmptyState } from '../components/empty-state'
import { ExportsIcon, FileIcon } from '../components/icons'
import { Page } from '../components/page'
import { formatDate, formatTime } from '../format'
import { hrefFor } from '../router/routes'
import { toast } from '../toasts'

const formats = [
  { id: 'csv', label: 'CSV', hint: 'Spreadsheets and scripts' },
  { id: 'xlsx', label: 'Excel', hint: 'Formatted workbook' },
  { id: 'pdf', label: 'PDF', hint: 'Shareable report' },
]

/**
 * Creating an export is a mutation: a 402 opens the paywall (never replayed automatically); once
 * the plan allows exports, the page offers "Try again" with the same format.
 */
export function ExportsPage() {
  const [format, setFormat] = useState('csv')
  const account = useAccount()
  const access = useFeatureAccess('exports')
  const createExport = useCreateExport()
  // Every export attempt of this session, oldest first: it survives leaving the page to pay.
  const attempts = useMutationState({
    filters: { mutationKey: exportsKey },
    select: (mutation) => mutation.state,
  })
  const latest = attempts[attempts.length - 1]
  const blocked =
    latest?.status === 'error' && isPaymentRequired(latest.error)
      ? ((latest.variables as { format?: string } | undefined)?.format ?? 'csv')
      : null
  const exports = attempts
    .filter((attempt) => attempt.status === 'success' && attempt.data)
    .map((attempt) => attempt.data as ExportJob)
    .reverse()

  const start = (chosen: string) => {
    if (createExport.isPending) return
    createExport.mutate(
      { format: chosen },
      {
        onSuccess: (job) => toast({ tone: 'success', title: `${job.format.toUpperCase()} export ready` }),
        onError: (error) => {
          if (!isPaymentRequired(error))
            toast({ tone: 'danger', title: 'The export failed', text: error.message })
        },
      },
    )
  }

  // Blocked earlier and the plan has changed since (the lock is gone): offer to try the same export again.
  const canRetry = blocked !== null && access.state !== 'locked' && account.data?.entitled === true

  return (
    <Page
      title="Exports"
      description="Download your workspace's data for spreadsheets, BI tools or archives."
    >
      {blocked !== null && canRetry ? (
        <Callout
          tone="success"
          title="Exports are included in your plan now"
          role="status"
          action={
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => start(blocked)}
              aria-disabled={createExport.isPending}
            >
              Try again
            </button>
          }
        >
          Your {blocked.toUpperCase()} export was not created. Run it again now.
        </Callout>
      ) : blocked !== null ? (
        <Callout
          tone="info"
          title="Exports need the Pro plan"
          action={
            <a
              className="button button--secondary button--small"
              href={hrefFor('billing', { upgrade: 'exports' })}
            >
              See plans
            </a>
          }
        >
          Your {blocked.toUpperCase()} export will be ready to run again after you upgrade.
        </Callout>
      ) : null}

      <Card title="New export" headingId="new-export-title" description="Everything from the last 30 days.">
        <form
          className="export-form"
          onSubmit={(event) => {
            event.preventDefault()
            start(format)
          }}
        >
          <fieldset className="choice-group">
            <legend className="field__label">Format</legend>
            {formats.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name="format"
                  value={option.id}
                  checked={format === option.id}
                  onChange={() => setFormat(option.id)}
                />
                <span className="choice__body">
                  <span className="choice__label">{option.label}</span>
                  <span className="choice__hint">{option.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button--primary" aria-disabled={createExport.isPending}>
              <ExportsIcon width={18} height={18} />
              {createExport.isPending ? 'Creating…' : 'Create export'}
            </button>
          </div>
        </form>
      </Card>

      <Card title="Recent exports" headingId="recent-exports-title">
        {exports.length === 0 ? (
          <EmptyState icon={<FileIcon />} title="No exports yet">
            Your exports appear here, ready to download for seven days.
          </EmptyState>
        ) : (
          <ul className="file-list">
            {exports.map((job) => (
              <li key={job.id} className="file-list__item">
                <FileIcon />
                <div className="file-list__body">
                  <span className="file-list__name">
                    acme-analytics-{job.id}.{job.format}
                  </span>
                  <span className="file-list__meta">
                    {formatDate(job.createdAt)} · {formatTime(job.createdAt)}
                  </span>
                </div>
                <a className="button button--secondary button--small" href={job.url} download>
                  Download
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Page>
  )
}
