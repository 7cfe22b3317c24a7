import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { publish, rootElement, runId, trackFirstFetch, visibleAt } from './bench-result'

// The floor: what React itself costs to show a 402's message, with no query library, no dialog
// library, no stylesheet. Nothing showing a paywall can be faster on this machine.

const run = runId()
const firstFetch = trackFirstFetch()

function App() {
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    void fetch(`/api/data?run=${run}&feature=reports`)
      .then((response) => response.json())
      .then((body: { error: { message: string } }) => setMessage(body.error.message))
  }, [])
  return message === null ? <p>Loading reports…</p> : <div role="dialog">{message}</div>
}

void visibleAt('[role="dialog"]').then((at) => publish(firstFetch.result(at)))

createRoot(rootElement()).render(<App />)
