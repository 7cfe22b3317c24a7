import type { RequestContext } from '../model/context.ts'
import { stepToMs } from '../shared/clock.ts'
import { jsonResponse } from '../shared/json.ts'
import type { RouteTable } from '../shared/router.ts'
import { ApiError } from './api-error.ts'
import { accountSummary, type DemoUser, requestUser } from './demo-accounts.ts'
import { dialects, isDialect } from './dialect-names.ts'
import { objectBody } from './object-body.ts'
import type { ProductRequest } from './product-request.ts'
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

const statusCode = (status: number) => STATUS_CODES[status] ?? 'error'

/** The demo controls under `/api/demo`: state, scenario, dialect, clock, reset, failures on purpose. */
export const demoRoutes: RouteTable<ProductRequest> = {
  '/api/demo': {
    GET: ({ context }) => jsonResponse(demoState(context, requestUser(context))),
  },
  '/api/demo/fail/:status': {
    GET({ context }, params) {
      const status = Number(params.status)
      if (!Number.isInteger(status) || status < 400 || status > 599 || status === 402) {
        throw ApiError.invalid('The status must be an error status from 400 to 599, other than 402.')
      }
      const retry = status === 429 || status === 503 ? { 'Retry-After': '30' } : undefined
      return new ApiError(status, statusCode(status), `Simulated ${status} error.`).toResponse(
        context.requestId,
        retry,
      )
    },
  },
  '/api/demo/scenario': {
    async POST({ context }) {
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
    },
  },
  '/api/demo/dialect': {
    async POST({ context }) {
      const body = await objectBody(context)
      if (!isDialect(body.dialect)) throw ApiError.unknownDialect(String(body.dialect))
      const user = requestUser(context)
      user.account.dialect = body.dialect
      return jsonResponse(demoState(context, user))
    },
  },
  '/api/demo/clock': {
    async POST({ context, controls }) {
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
    },
  },
  '/api/demo/reset': {
    POST({ controls }) {
      controls.reset()
      const fresh = controls.refresh()
      return jsonResponse(demoState(fresh, requestUser(fresh)))
    },
  },
}
