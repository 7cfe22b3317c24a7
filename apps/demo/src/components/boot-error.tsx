import type { DemoConfig } from '../demo-config'

/** Shown when the demo cannot start: the API is unreachable or the mock worker could not register. */
export function BootError({ config, error }: { config: DemoConfig; error: unknown }) {
  return (
    <main className="boot-error">
      <h1>Acme Analytics could not start</h1>
      <p>
        {config.apiBase
          ? `The billing API at ${config.apiBase} did not answer. Start it with "pnpm --filter @paywall-kit/mock-billing start", then reload.`
          : 'The in-browser mock billing API could not start. Service workers need a secure context (https or localhost) and a browser that allows them.'}
      </p>
      <pre>{error instanceof Error ? error.message : String(error)}</pre>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  )
}
