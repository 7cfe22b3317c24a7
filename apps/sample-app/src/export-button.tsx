import { useMutation } from '@tanstack/react-query'
import { createExport } from './api'

/** Exports a CSV: a 402 on `POST /api/exports` opens the paywall with "Try again". */
export function ExportButton() {
  const exporting = useMutation({
    mutationFn: () => createExport('csv'),
    meta: { paywallFeature: 'exports' },
  })
  return (
    <div>
      <button type="button" onClick={() => exporting.mutate()} disabled={exporting.isPending}>
        Export CSV
      </button>
      {exporting.isSuccess && <p role="status">Export {exporting.data.id} is ready.</p>}
    </div>
  )
}
