import type { RequestContext } from '../model/context.ts'
import { ProfileLimitError } from '../model/store.ts'
import type { ProfileRecord } from '../model/types.ts'
import { syncProfile } from '../product-api/demo-accounts.ts'
import { jsonResponse, readJsonBody } from '../shared/json.ts'
import { createRouter, type RouteTable } from '../shared/router.ts'
import { uuid } from '../shared/uuid.ts'
import { AdaptyError, adaptyErrors } from './adapty-errors.ts'
import { profileJson } from './profile-json.ts'
import {
  applyTransaction,
  assertAccessLevelExists,
  checkRevoke,
  grantAccessLevel,
  revokeAccessLevel,
} from './transactions.ts'
import { validateCreateProfile, validateGrant, validateRevoke, validateTransaction } from './validation.ts'

/** Where Adapty's server-side API v2 lives. */
export const ADAPTY_BASE_PATH = '/api/v2/server-side-api/'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function authenticate(context: RequestContext): void {
  const header = context.request.headers.get('authorization')
  const match = header ? /^Api-Key\s+(\S+)\s*$/i.exec(header) : null
  if (!match) throw adaptyErrors.notAuthenticated()
  if (match[1] !== context.apiKey) throw adaptyErrors.authenticationFailed()
}

function profileIds(context: RequestContext) {
  const customerUserId = context.request.headers.get('adapty-customer-user-id')?.trim() || null
  const profileId = context.request.headers.get('adapty-profile-id')?.trim() || null
  if (!customerUserId && !profileId) throw adaptyErrors.missingProfileHeader()
  return { customerUserId, profileId }
}

/** The profile the headers name; `profile_does_not_exist` (400 for writes, 404 for reads) otherwise. */
function existingProfile(context: RequestContext, status = 400): ProfileRecord {
  const profile = context.store.findProfile(profileIds(context))
  if (!profile) throw adaptyErrors.profileDoesNotExist(status)
  syncProfile(context, profile)
  return profile
}

async function jsonBody(context: RequestContext): Promise<unknown> {
  const body = await readJsonBody(context.request)
  if (!body.ok) throw adaptyErrors.parse(body.detail)
  return body.value
}

function profileResponse(context: RequestContext, profile: ProfileRecord, status = 200): Response {
  return jsonResponse({ data: profileJson(profile, context.now, context.nowMs) }, status)
}

const routes: RouteTable<RequestContext> = {
  [`${ADAPTY_BASE_PATH}profile/`]: {
    async GET(context) {
      return profileResponse(context, existingProfile(context, 404))
    },
    async POST(context) {
      const { customerUserId, profileId } = profileIds(context)
      const body = validateCreateProfile(await jsonBody(context))
      if (context.store.findProfile({ customerUserId, profileId })) {
        throw adaptyErrors.profileAlreadyExists(customerUserId ?? profileId ?? '')
      }
      if (!customerUserId && profileId && !UUID.test(profileId)) {
        throw new AdaptyError('invalid', [{ source: 'adapty-profile-id', errors: ['Must be a valid UUID.'] }])
      }
      const profile = context.store.createProfile(
        customerUserId,
        context.now,
        customerUserId ? undefined : (profileId ?? undefined),
      )
      profile.fields = body.fields
      profile.custom_attributes = body.custom_attributes
      return profileResponse(context, profile)
    },
  },
  [`${ADAPTY_BASE_PATH}purchase/set/transaction/`]: {
    async POST(context) {
      profileIds(context)
      const transaction = validateTransaction(await jsonBody(context))
      const profile = existingProfile(context)
      applyTransaction(profile, transaction, context.now, uuid())
      return profileResponse(context, profile)
    },
  },
  [`${ADAPTY_BASE_PATH}purchase/profile/grant/access-level/`]: {
    async POST(context) {
      profileIds(context)
      const grant = validateGrant(await jsonBody(context))
      const profile = existingProfile(context)
      assertAccessLevelExists(context.store, grant.access_level_id)
      grantAccessLevel(profile, grant, context.now, context.store.nextId('adapty_grant_'))
      return profileResponse(context, profile)
    },
  },
  [`${ADAPTY_BASE_PATH}purchase/profile/revoke/access-level/`]: {
    async POST(context) {
      profileIds(context)
      const revoke = validateRevoke(await jsonBody(context))
      const profile = existingProfile(context)
      assertAccessLevelExists(context.store, revoke.access_level_id)
      const { level, revokeAt } = checkRevoke(profile, revoke, context.now)
      revokeAccessLevel(level, revokeAt, context.now)
      return profileResponse(context, profile)
    },
  },
}

const route = createRouter(routes)

/**
 * Answers Adapty server-side API v2 requests (under `/api/v2/server-side-api/`), or returns
 * `undefined` for other paths. Every error uses Adapty's `{ errors, error_code, status_code }`.
 */
export async function handleAdaptyRoute(context: RequestContext): Promise<Response | undefined> {
  const { pathname } = context.url
  if (!`${pathname}/`.startsWith(ADAPTY_BASE_PATH)) return undefined
  try {
    authenticate(context)
    const { method } = context.request
    const match = route(method, pathname)
    if (match.kind === 'not_found') throw adaptyErrors.notFound(pathname)
    if (match.kind === 'method_not_allowed') throw adaptyErrors.methodNotAllowed(method)
    return await match.handler(context, match.params)
  } catch (error) {
    if (error instanceof AdaptyError) return jsonResponse(error.body, error.status)
    if (error instanceof ProfileLimitError) {
      const full = new AdaptyError('profile_limit_reached', [{ source: null, errors: [error.message] }], 507)
      return jsonResponse(full.body, full.status)
    }
    throw error
  }
}
