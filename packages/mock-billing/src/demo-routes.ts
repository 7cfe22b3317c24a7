import { ApiError } from './api-error.ts'
import { stepToMs } from './clock.ts'
import type { RequestContext } from './context.ts'
import { accountSummary, type DemoUser, requestUser } from './demo-accounts.ts'
import { dialects, isDialect } from './dialect-names.ts'
import { isRecord } from './field-reader.ts'
import { jsonResponse, readJsonBody } from './json.ts'
import { isScenarioName, scenarios } from './scenario-names.ts'
import { applyScenario } from './scenarios.ts'

/** Longest clock jump one request may make, in days. */
const MAX_CLOCK_DAYS = 3650

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'unprocessable_entity',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
}

async function objectBody(context: RequestContext): Promise<Record<string, unknown>> {
  const body = await readJsonBody(context.request)
  if (!body.ok) throw ApiError.invalid(`The request body is not valid JSON: ${body.detail}`)
  if (body.value === undefined) return {}
  if (!isRecord(body.value)) throw ApiError.invalid('The request body must be a JSON object.')
  return body.value
}

function demoState(context: RequestContext, user: DemoUser) {
  return {
    user: user.profile.customer_user_id,
    scenario: user.account.scenario,
    dialect: user.account.dialect ?? context.defaultDialect,
    now: new Date(context.nowMs).toISOString(),
    scenarios: scenarios.map(({ name, description }) => ({ name, description })),
    dialects: [...dialects],
    account: accountSummary(context, user),
  }
}

/** What the demo controls can do to the whole API. */
export interface DemoControls {
  /** Restores the API to its initial state (store, seed, clock). */
  reset(): void
  /** The request's context again, at the clock's current time. */
  refresh(): RequestContext
}

/**
 * Answers the demo controls under `/api/demo` (scenario, dialect, clock, reset, failures),
 * or `undefined` for other paths.
 */
export async function handleDemoRoute(
  context: RequestContext,
  controls: DemoControls,
): Promise<Response | undefined> {
  const path = context.url.pathname.replace(/\/+$/, '')
  if (path !== '/api/demo' && !path.startsWith('/api/demo/')) return undefined
  const method = context.request.method
  const expect = (allowed: 'GET' | 'POST') => {
    if (method !== allowed) {
      throw new ApiError(405, 'method_not_allowed', `Use ${allowed} for ${path}.`)
    }
  }
  const fail = /^\/api\/demo\/fail\/([^/]+)$/.exec(path)
  if (fail) {
    expect('GET')
    const status = Number(fail[1])
    if (!Number.isInteger(status) || status < 400 || status > 599 || status === 402) {
      throw ApiError.invalid('The status must be an error status from 400 to 599, other than 402.')
    }
    const retry = status === 429 || status === 503 ? { 'Retry-After': '30' } : undefined
    return new ApiError(status, STATUS_CODES[status] ?? 'error', `Simulated ${status} error.`).toResponse(
      context.requestId,
      retry,
    )
  }
  switch (path) {
    case '/api/demo':
      expect('GET')
      return jsonResponse(demoState(context, requestUser(context)))
    case '/api/demo/scenario': {
      expect('POST')
      const body = await objectBody(context)
      if (!isScenarioName(body.scenario)) {
        throw ApiError.invalid(`scenario must be one of: ${scenarios.map((item) => item.name).join(', ')}.`)
      }
      const daysLeft = body.daysLeft
      if (daysLeft !== undefined && (typeof daysLeft !== 'number' || !(daysLeft > 0) || daysLeft > 365)) {
        throw ApiError.invalid('daysLeft must be a number of days above 0 and at most 365.')
      }
      const user = requestUser(context)
      applyScenario(
        context,
        user.profile,
        user.account,
        body.scenario,
        daysLeft === undefined ? {} : { daysLeft },
      )
      return jsonResponse(demoState(context, user))
    }
    case '/api/demo/dialect': {
      expect('POST')
      const body = await objectBody(context)
      if (!isDialect(body.dialect)) throw ApiError.unknownDialect(String(body.dialect))
      const user = requestUser(context)
      user.account.dialect = body.dialect
      return jsonResponse(demoState(context, user))
    }
    case '/api/demo/clock': {
      expect('POST')
      const body = await objectBody(context)
      const days = body.days
      if (typeof days !== 'number' || !(days > 0) || days > MAX_CLOCK_DAYS) {
        throw ApiError.invalid(
          `days must be a number above 0 and at most ${MAX_CLOCK_DAYS}: the clock only moves forward.`,
        )
      }
      context.clock.advance(stepToMs({ days }))
      const later = controls.refresh()
      return jsonResponse(demoState(later, requestUser(later)))
    }
    case '/api/demo/reset': {
      expect('POST')
      controls.reset()
      const fresh = controls.refresh()
      return jsonResponse(demoState(fresh, requestUser(fresh)))
    }
    default:
      throw new ApiError(404, 'not_found', `No demo control at ${path}.`)
  }
}
