import { FeatureLock, useFeatureAccess } from '@paywall-kit/react'
import { useAdvancedReports, useBasicReports } from '../api/queries'
import type { Report } from '../api/types'
import { Badge } from '../components/badge'
import { Callout } from '../components/callout'
import { Card } from '../components/card'
import { EmptyState } from '../components/empty-state'
import { ReportsIcon } from '../components/icons'
import { Page } from '../components/page'
import { SkeletonBlock } from '../components/skeleton'
import { formatNumber } from '../format'

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })

/** Rates (every value within 0–1) read as percentages; everything else as counts. */
function valueFormatter(report: Report): (value: number) => string {
  const isRate = report.rows.length > 0 && report.rows.every((row) => row.value >= 0 && row.value <= 1)
  return isRate ? (value) => percent.format(value) : formatNumber
}

/** The free report: headline numbers as stat tiles. */
function BasicReport({ reports }: { reports: Report[] }) {
  const rows = reports.flatMap((report) =>
    report.rows.map((row) => ({ ...row, format: valueFormatter(report) })),
  )
  if (rows.length === 0)
    return <EmptyState title="No traffic yet">Numbers show up here within a minute.</EmptyState>
  return (
    <dl className="stats">
      {rows.map((row) => (
        <div key={row.label} className="stat">
          <dt className="stat__label">{row.label}</dt>
          <dd className="stat__value">{row.format(row.value)}</dd>
        </div>
      ))}
    </dl>
  )
}

/** One premium report as labelled bars. */
function ReportBars({ report }: { report: Report }) {
  const format = valueFormatter(report)
  const max = Math.max(...report.rows.map((row) => row.value), 0) || 1
  return (
    <section className="report" aria-labelledby={`report-${report.id}`}>
      <h3 className="report__title" id={`report-${report.id}`}>
        {report.title}
      </h3>
      <dl className="report__rows">
        {report.rows.map((row) => (
          <div key={row.label} className="report__row">
            <dt className="report__label">{row.label}</dt>
            <dd className="report__value">
              <span
                className="report__bar"
                style={{ inlineSize: `${Math.max(2, (row.value / max) * 100)}%` }}
              />
              <span className="report__number">{format(row.value)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** What sits under the lock before the reports were ever loaded: a decorative outline of them. */
function ReportsPreview() {
  return (
    <div className="report-grid report-grid--preview" aria-hidden="true">
      {['Revenue by channel', 'Cohort retention', 'Signup funnel'].map((title, index) => (
        <div key={title} className="report">
          <p className="report__title">{title}</p>
          <div className="report__rows">
            {[92, 64 - index * 8, 38 - index * 6].map((width) => (
              <div key={width} className="report__row">
                <span className="report__label">—</span>
                <span className="report__value">
                  <span className="report__bar" style={{ inlineSize: `${width}%` }} />
                </span>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  )
}

function AdvancedReports() {
  const advanced = useAdvancedReports()
  const access = useFeatureAccess('reports')
  if (advanced.data) {
    if (advanced.data.reports.length === 0) {
      return (
        <EmptyState icon={<ReportsIcon />} title="No premium reports yet">
          Reports appear once your workspace has a week of traffic.
        </EmptyState>
      )
    }
    return (
      <div className="report-grid">
        {advanced.data.reports.map((report) => (
          <ReportBars key={report.id} report={report} />
        ))}
      </div>
    )
  }
  if (access.state === 'locked') return <ReportsPreview />
  if (advanced.isError) {
    return (
      <Callout tone="danger" title="Premium reports could not be loaded" role="alert">
        {advanced.error.message}
      </Callout>
    )
  }
  return <SkeletonBlock label="Loading premium reports" lines={4} />
}

/**
 * A free basic report beside the premium one. A 402 on the premium query locks only its panel:
 * the basic report keeps working and keeps its data.
 */
export function ReportsPage() {
  const basic = useBasicReports()

  return (
    <Page title="Reports" description="Traffic, conversion and retention for your workspace.">
      <Card title="Today at a glance" headingId="basic-report-title" description="Included in every plan.">
        {basic.isPending ? (
          <SkeletonBlock label="Loading today's numbers" lines={3} />
        ) : basic.isError ? (
          <Callout tone="danger" title="Today's numbers could not be loaded" role="alert">
            {basic.error.message}
          </Callout>
        ) : (
          <BasicReport reports={basic.data.reports} />
        )}
      </Card>

      <Card
        title={
          <>
            Premium reports <Badge tone="info">Pro</Badge>
          </>
        }
        headingId="premium-reports-title"
        description="Revenue, retention and funnels, refreshed hourly."
      >
        <FeatureLock feature="reports" className="premium-lock">
          <AdvancedReports />
        </FeatureLock>
      </Card>
    </Page>
  )
}
