import { FeatureLock } from '@paywall-kit/react'
import { useQuery } from '@tanstack/react-query'
import { fetchReports } from './api'

/** Premium reports: locked by a 402 on `GET /api/reports`. */
export function Reports() {
  const reports = useQuery({
    queryKey: ['reports'],
    queryFn: fetchReports,
    meta: { paywallFeature: 'reports' },
  })
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">Reports</h2>
      <FeatureLock feature="reports">
        {reports.isPending && <p>Loading reports…</p>}
        {reports.isError && <p role="alert">Reports could not be loaded.</p>}
        {reports.data && (
          <ul aria-label="Reports">
            {reports.data.map((report) => (
              <li key={report.id}>{report.title}</li>
            ))}
          </ul>
        )}
      </FeatureLock>
    </section>
  )
}
