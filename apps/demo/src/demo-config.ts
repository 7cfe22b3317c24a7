/** How this page talks to the billing API, read once from the URL and the build's environment. */
export interface DemoConfig {
  /** Base URL of a real billing API server; `''` when the mock API runs in the browser. */
  apiBase: string
  /** `x-demo-user` sent with every request, so several people (or tests) can share one server. */
  user: string | undefined
  /** Scenario to start in, from `?scenario=`. */
  scenario: string | undefined
  /** 402 dialect to start with, from `?dialect=`. */
  dialect: string | undefined
  /** Language of the kit's components, from `?lang=` (a shipped locale's tag, e.g. `de`). */
  lang: string | undefined
  /** Whether `@paywall-kit/devtools` is docked on the page, from `?devtools=1`. */
  devtools: boolean
  /** Who is looking, from `?viewer=`: `member` is a team member who cannot pay (`canManageBilling`). */
  viewer: 'owner' | 'member'
  /** How the paywall hands over to payment, from `?checkout=`: the checkout page, or an `overlay` (`onAction`). */
  checkout: 'page' | 'overlay'
}

/** Only plain http(s) origins are accepted as an API base; anything else falls back to the in-browser mock. */
function sanitiseApiBase(value: string | null | undefined): string {
  if (!value) return ''
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return ''
    return url.href.replace(/\/+$/, '')
  } catch {
    return ''
  }
}

const namePattern = /^[\w+-]{1,64}$/

function cleanName(value: string | null): string | undefined {
  return value && namePattern.test(value) ? value : undefined
}

/** Reads the configuration: `?api=` wins over `VITE_BILLING_API`, so one build serves both ways of running. */
export function readDemoConfig(search = window.location.search): DemoConfig {
  const params = new URLSearchParams(search)
  return {
    apiBase: sanitiseApiBase(params.get('api')) || sanitiseApiBase(import.meta.env.VITE_BILLING_API),
    user: cleanName(params.get('user')),
    scenario: cleanName(params.get('scenario')),
    dialect: cleanName(params.get('dialect')),
    lang: cleanName(params.get('lang')),
    devtools: params.get('devtools') === '1',
    viewer: params.get('viewer') === 'member' ? 'member' : 'owner',
    checkout: params.get('checkout') === 'overlay' ? 'overlay' : 'page',
  }
}

/** Keeps the scenario, dialect and language in the address bar (no new history entry), so a link reproduces the state. */
export function writeDemoParams(values: {
  scenario?: string | null
  dialect?: string | null
  lang?: string | null
  viewer?: string | null
  checkout?: string | null
}): void {
  const url = new URL(window.location.href)
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    if (value === null) url.searchParams.delete(key)
    else url.searchParams.set(key, value)
  }
  window.history.replaceState(window.history.state, '', url)
}
