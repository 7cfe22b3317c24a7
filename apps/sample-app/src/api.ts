import { paywallFetch } from '@paywall-kit/react'

/** The app's API lives on its own origin; absolute, as Node's fetch (in tests) has no page to resolve against. */
const url = (path: string) => new URL(path, globalThis.location?.href ?? 'http://localhost/').href

export interface Report {
  id: string
  title: string
}

export async function fetchReports(): Promise<Report[]> {
  const response = await paywallFetch(url('/api/reports'))
  if (!response.ok) throw new Error(`Reports failed: HTTP ${response.status}`)
  return response.json()
}

export async function createExport(format: 'csv' | 'pdf'): Promise<{ id: string }> {
  const response = await paywallFetch(url('/api/exports'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format }),
  })
  if (!response.ok) throw new Error(`Export failed: HTTP ${response.status}`)
  return response.json()
}
