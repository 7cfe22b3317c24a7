import { type BillingContext, type RequestContext, timeOf, type WriteContext } from './model/context.ts'
import { type BillingStore, createStore, ProfileLimitError } from './model/store.ts'
import { ApiError } from './product-api/api-error.ts'
import { DEMO_USER, demoUser } from './product-api/demo-accounts.ts'
import { DEFAULT_DIALECT, type Dialect, isDialect } from './product-api/dialect-names.ts'
import { isPaywallLanguage, type PaywallLanguage } from './product-api/paywall-language.ts'
import { handleProductApi } from './product-api/routes.ts'
import { DEFAULT_SCENARIO, isScenarioName, type ScenarioName } from './product-api/scenario-names.ts'
import { applyScenario, type ScenarioOptions } from './product-api/scenarios.ts'
import { AdaptyError } from './provider-api/adapty-errors.ts'
import { handleAdaptyRoute } from './provider-api/adapty-routes.ts'
import { type Clock, createClock } from './shared/clock.ts'
import { jsonResponse } from './shared/json.ts'
import { uuid } from './shared/uuid.ts'

/** The development API key; the HTTP server reads `MOCK_BILLING_API_KEY` instead when it is set. */
export const DEFAULT_API_KEY = 'mock_billing_dev_key'

/** A demo user to create when the API starts and on every reset. */
export interface SeedUser {
  /** The customer user id (`x-demo-user`). */
  id: string
  /** @default the API's `scenario` */
  scenario?: ScenarioName
  /** Days left, for the `grace_period` scenario. @default 3 */
  daysLeft?: number
  /** The user's 402 dialect. @default the API's `dialect` */
  dialect?: Dialect
}

/** Options of `createBillingApi`. */
export interface BillingApiOptions {
  /** Source of time; the API's clock moves relative to it. @default Date.now */
  now?: () => Date | number
  /** The secret of `Authorization: Api-Key <secret>` on the provider API. @default DEFAULT_API_KEY */
  apiKey?: string
  /** Demo users created at start and on reset. @default [{ id: DEMO_USER }] */
  seed?: SeedUser[]
  /** The scenario new demo users start in. @default 'active' */
  scenario?: ScenarioName
  /** The 402 dialect when neither the request nor the user chose one. @default 'nested' */
  dialect?: Dialect
  /**
   * The language of the product API's 402 copy (title, message, action label), named in every 402's
   * `Content-Language` header: `'de'` answers as a German SaaS would, to test a UI's handling of a
   * server in another language. @default 'en'
   */
  language?: PaywallLanguage
  /** Access levels configured in the mock app. @default ['premium'] */
  accessLevels?: string[]
  /**
   * Most profiles the store holds (each unknown `x-demo-user` makes one); past it, a request that
   * would make another is answered 507 until a reset. @default DEFAULT_MAX_PROFILES (10,000)
   */
  maxProfiles?: number
}

/** One mock billing API: a fetch handler over its own store and clock. */
export interface BillingApi {
  /** Answers a request: the provider API, the product API and the demo controls. Never throws. */
  handle(request: Request): Promise<Response>
  /**
   * `handle` with `fetch`'s signature; a path starting with `/` resolves against `http://localhost`.
   * Like `fetch`, it rejects (never throws) when no Request can be made, e.g. from `api/account`.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
  /** The in-memory state, for inspection in tests. */
  readonly store: BillingStore
  /** The clock every state is derived from. */
  readonly clock: Clock
  /** The API key the provider API accepts. */
  readonly apiKey: string
  /** Back to the initial state: empty store, seed users, clock without offset. */
  reset(): void
  /** Puts a demo user (default `demo`) in a scenario. */
  setScenario(name: ScenarioName, options?: ScenarioOptions & { user?: string }): void
  /** Sets a demo user's (default `demo`) 402 dialect. */
  setDialect(dialect: Dialect, options?: { user?: string }): void
}

/** Creates a mock billing API with its own store and clock, so each test gets a fresh one. */
export function createBillingApi(options: BillingApiOptions = {}): BillingApi {
  const defaultScenario = options.scenario ?? DEFAULT_SCENARIO
  const defaultDialect = options.dialect ?? DEFAULT_DIALECT
  if (!isScenarioName(defaultScenario)) throw new TypeError(`Unknown scenario "${String(defaultScenario)}"`)
  if (!isDialect(defaultDialect)) throw new TypeError(`Unknown dialect "${String(defaultDialect)}"`)
  const language = options.language ?? 'en'
  if (!isPaywallLanguage(language)) throw new TypeError(`Unknown language "${String(language)}"`)
  const clock = createClock(options.now)
  const base: BillingContext = {
    store: createStore({ accessLevels: options.accessLevels, maxProfiles: options.maxProfiles }),
    clock,
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    defaultScenario,
    defaultDialect,
    language,
  }
  const writeContext = (): WriteContext => ({ store: base.store, ...timeOf(clock) })
  const seed = options.seed ?? [{ id: DEMO_USER }]

  const reset = () => {
    base.store.clear()
    clock.reset()
    for (const user of seed) {
      const context = writeContext()
      const created = demoUser(context, user.id, user.scenario ?? defaultScenario, user)
      if (user.dialect) created.account.dialect = user.dialect
    }
  }

  const requestContext = (request: Request, url: URL, requestId: string): RequestContext => ({
    ...base,
    ...timeOf(clock),
    request,
    url,
    requestId,
  })

  const handle = async (request: Request): Promise<Response> => {
    const requestId = uuid().replaceAll('-', '')
    let response: Response
    try {
      const url = new URL(request.url)
      const context = requestContext(request, url, requestId)
      const controls = { reset, refresh: () => requestContext(request, url, requestId) }
      response =
        (await handleAdaptyRoute(context)) ??
        (await handleProductApi(context, controls)) ??
        new ApiError(404, 'not_found', `No route for ${request.method} ${url.pathname}.`).toResponse(
          requestId,
        )
    } catch (error) {
      if (error instanceof ApiError) response = error.toResponse(requestId)
      else if (error instanceof AdaptyError) response = jsonResponse(error.body, error.status)
      else if (error instanceof ProfileLimitError) {
        response = new ApiError(507, 'profile_limit_reached', error.message).toResponse(requestId)
      } else {
        const message = error instanceof Error ? error.message : String(error)
        response = new ApiError(500, 'internal_error', `The mock billing API failed: ${message}`).toResponse(
          requestId,
        )
      }
    }
    response.headers.set('Request-Id', requestId)
    return response
  }

  reset()
  return {
    handle,
    // Async so that a Request the URL or init cannot make rejects, as `fetch` does, instead of throwing.
    fetch: async (input, init) => {
      const target = typeof input === 'string' && input.startsWith('/') ? `http://localhost${input}` : input
      return handle(new Request(target, init))
    },
    store: base.store,
    clock,
    apiKey: base.apiKey,
    reset,
    setScenario(name, { user = DEMO_USER, ...scenarioOptions } = {}) {
      if (!isScenarioName(name)) throw new TypeError(`Unknown scenario "${String(name)}"`)
      const context = writeContext()
      const demo = demoUser(context, user, defaultScenario)
      applyScenario(context, demo.profile, demo.account, name, scenarioOptions)
    },
    setDialect(dialect, { user = DEMO_USER } = {}) {
      if (!isDialect(dialect)) throw new TypeError(`Unknown dialect "${String(dialect)}"`)
      demoUser(writeContext(), user, defaultScenario).account.dialect = dialect
    },
  }
}
