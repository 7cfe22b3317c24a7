import {
  FeatureLock,
  GracePeriodBanner,
  PaywallModal,
  type PaywallModalProps,
  paywallFetch,
  UsageMeter,
  usePaywall,
} from '@paywall-kit/react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useId } from 'react'

/**
 * Small pieces of the demo SaaS ("Acme Analytics") built the way an app would build them: TanStack
 * Query over `paywallFetch`, against the mock billing API that MSW serves at `/api/*`.
 */

/** `paywallFetch` and JSON; other errors than a 402 throw with their status, as an app's client would. */
export async function fetchJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await paywallFetch(path, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
  })
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path} failed with ${response.status}`)
  return (await response.json()) as T
}

interface Report {
  id: string
  title: string
  rows: { label: string; value: number }[]
}

function ReportTable({ reports, caption }: { reports: Report[]; caption: string }) {
  return (
    <table className="acme-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Report</th>
          <th scope="col">Metric</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {reports.flatMap((report) =>
          report.rows.map((row) => (
            <tr key={`${report.id}-${row.label}`}>
              <td>{report.title}</td>
              <td>{row.label}</td>
              <td>{row.value.toLocaleString('en-US')}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  )
}

const placeholderReports: Report[] = [
  { id: 'placeholder', title: 'Premium reports', rows: [{ label: 'Revenue by channel', value: 0 }] },
]

/**
 * The premium reports panel: `GET /api/reports` (feature `reports`), locked by `FeatureLock` after a
 * 402. With `loadOnClick`, the query waits for the "Load premium reports" button, so focus has
 * somewhere to return to when the modal closes.
 */
export function PremiumReports({
  loadOnClick = false,
  dialect,
}: {
  loadOnClick?: boolean
  dialect?: string
}) {
  const path = dialect ? `/api/reports?dialect=${encodeURIComponent(dialect)}` : '/api/reports'
  const headingId = useId()
  const reports = useQuery({
    queryKey: ['reports', dialect ?? 'default'],
    queryFn: () => fetchJson<{ reports: Report[] }>(path),
    meta: { paywallFeature: 'reports' },
    enabled: !loadOnClick,
  })
  return (
    <section aria-labelledby={headingId} className="acme-panel">
      <h2 id={headingId}>Premium reports{dialect && ` (${dialect})`}</h2>
      <FeatureLock feature="reports">
        {reports.data ? (
          <ReportTable reports={reports.data.reports} caption="Premium reports" />
        ) : (
          <>
            <ReportTable reports={placeholderReports} caption="Premium reports (preview)" />
            {loadOnClick && (
              <button type="button" className="acme-button" onClick={() => void reports.refetch()}>
                Load premium reports
              </button>
            )}
          </>
        )}
      </FeatureLock>
    </section>
  )
}

/** Free data beside the premium panel: it keeps working while the premium panel is locked. */
export function BasicReports() {
  const headingId = useId()
  const reports = useQuery({
    queryKey: ['reports', 'basic'],
    queryFn: () => fetchJson<{ reports: Report[] }>('/api/reports/basic'),
  })
  return (
    <section aria-labelledby={headingId} className="acme-panel">
      <h2 id={headingId}>Overview</h2>
      {reports.data ? <ReportTable reports={reports.data.reports} caption="Overview" /> : <p>Loading…</p>}
    </section>
  )
}

/**
 * The "pay" step inside the modal: `POST /api/checkout`, then `resolve()`, which refetches each query
 * that hit the paywall once and unlocks its feature. Stands in for the billing page the action link
 * leads to.
 */
export function CheckoutButton({
  planId = 'pro',
  resolveAfter = true,
  children,
}: {
  planId?: 'pro' | 'business'
  /** `false` pays without telling the kit, like paying in another tab: "Try again" is then the way back. */
  resolveAfter?: boolean
  children: ReactNode
}) {
  const { resolve } = usePaywall()
  const queryClient = useQueryClient()
  const checkout = useMutation({
    mutationFn: () => fetchJson('/api/checkout', { method: 'POST', body: JSON.stringify({ planId }) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['account'] })
      await queryClient.invalidateQueries({ queryKey: ['usage'] })
      if (resolveAfter) await resolve()
    },
  })
  return (
    <button
      type="button"
      className="acme-button acme-button--primary"
      disabled={checkout.isPending}
      onClick={() => checkout.mutate()}
    >
      {checkout.isPending ? 'Paying…' : checkout.isSuccess && !resolveAfter ? 'Paid' : children}
    </button>
  )
}

/** The kit's modal with the mock checkout below the plans, as an app would mount it once. */
export function AcmePaywallModal({
  planId = 'pro',
  payLabel = 'Pay $29 with card on file',
  resolveAfterPayment = true,
  ...props
}: PaywallModalProps & { planId?: 'pro' | 'business'; payLabel?: string; resolveAfterPayment?: boolean }) {
  return (
    <PaywallModal {...props}>
      <CheckoutButton planId={planId} resolveAfter={resolveAfterPayment}>
        {payLabel}
      </CheckoutButton>
    </PaywallModal>
  )
}

/** "Export CSV": `POST /api/exports`, a mutation that hits the paywall (feature `exports`). */
export function ExportButton() {
  const exportCsv = useMutation({
    mutationFn: () => fetchJson('/api/exports', { method: 'POST', body: JSON.stringify({ format: 'csv' }) }),
    meta: { paywallFeature: 'exports' },
  })
  return (
    <p>
      <button type="button" className="acme-button" onClick={() => exportCsv.mutate()}>
        Export CSV
      </button>{' '}
      {exportCsv.isSuccess && <span role="status">Export ready</span>}
    </p>
  )
}

interface Meter {
  id: 'api_calls' | 'seats' | 'storage'
  label: string
  used: number
  limit: number | null
  unit: string
  resetsAt: string
}

/** The usage page: one `UsageMeter` per meter of `GET /api/usage`. */
export function UsagePanel({ locale }: { locale?: string }) {
  const usage = useQuery({ queryKey: ['usage'], queryFn: () => fetchJson<{ meters: Meter[] }>('/api/usage') })
  if (!usage.data) return <p>Loading usage…</p>
  return (
    <section aria-label="Usage" className="acme-stack">
      {usage.data.meters.map((meter) => (
        <UsageMeter
          key={meter.id}
          label={meter.label}
          used={meter.used}
          limit={meter.limit}
          unit={meter.unit}
          resetsAt={meter.resetsAt}
          locale={locale}
          timeZone="UTC"
        />
      ))}
    </section>
  )
}

/** "Run query": `POST /api/queries`, one API call each; a 402 once the monthly quota is used up. */
export function RunQueryButton() {
  const queryClient = useQueryClient()
  const run = useMutation({
    mutationFn: () => fetchJson('/api/queries', { method: 'POST', body: '{}' }),
    meta: { paywallFeature: 'api_calls' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['usage'] }),
  })
  return (
    <button type="button" className="acme-button" onClick={() => run.mutate()}>
      Run query
    </button>
  )
}

interface Account {
  state: string
  entitled: boolean
  graceEndsAt?: string
  now: string
}

/**
 * The account's grace banner: `GET /api/account` gives the grace end and the server's time; "Update
 * payment method" posts a working card and refetches the account, which ends the grace period.
 */
export function AccountGraceBanner({ onUpdated }: { onUpdated?: () => void }) {
  const queryClient = useQueryClient()
  const account = useQuery({ queryKey: ['account'], queryFn: () => fetchJson<Account>('/api/account') })
  const update = useMutation({
    mutationFn: () =>
      fetchJson('/api/payment-method', {
        method: 'POST',
        body: JSON.stringify({ number: '4242424242424242' }),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['account'] })
      onUpdated?.()
    },
  })
  if (!account.data) return <p>Loading account…</p>
  return (
    <>
      <GracePeriodBanner
        endsAt={account.data.graceEndsAt ?? null}
        serverNow={account.data.now}
        onAction={() => update.mutate()}
      />
      <p>
        Account: <strong data-testid="account-state">{account.data.state}</strong>
      </p>
    </>
  )
}

interface RawResponseData {
  status: number
  headers: [string, string][]
  body: string
}

const shownHeaders = ['content-type', 'request-id', 'paywall-feature', 'payment-required', 'retry-after']

/** Pretty JSON when the body is JSON; the text as sent otherwise. */
function formatBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    return body
  }
}

/**
 * The response exactly as the server sends it (a separate plain `fetch`, so its request id differs
 * from the one in the modal): status, the headers that matter to a paywall, and the body.
 */
export function RawResponse({ path, label }: { path: string; label: string }) {
  const raw = useQuery({
    queryKey: ['raw', path],
    queryFn: async (): Promise<RawResponseData> => {
      const response = await fetch(path)
      return {
        status: response.status,
        headers: shownHeaders.flatMap((name) => {
          const value = response.headers.get(name)
          return value === null ? [] : [[name, value] as [string, string]]
        }),
        body: await response.text(),
      }
    },
  })
  if (!raw.data) return <p>Loading the raw response…</p>
  const text = [
    `HTTP ${raw.data.status}`,
    ...raw.data.headers.map(([name, value]) => `${name}: ${value}`),
    '',
    raw.data.body ? formatBody(raw.data.body) : '(empty body)',
  ].join('\n')
  return (
    <figure className="acme-gallery__item">
      <figcaption>{label}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <pre className="acme-raw" tabIndex={0}>
        {text}
      </pre>
    </figure>
  )
}
