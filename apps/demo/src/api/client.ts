import {
  createPaywallFetch,
  type PaymentRequired,
  PaymentRequiredError,
  providerBillingErrors,
  readPaymentRequired,
  toPaymentRequired,
} from '@paywall-kit/react'
import { linkOrigins } from './link-origins'

/** `paywallFetch` that also opens the paywall for an OpenAI-style 429 `insufficient_quota` (the mock's `openai` dialect). */
const paywallFetch = createPaywallFetch({ classify: providerBillingErrors, allowedOrigins: linkOrigins })

/** A non-402 failure of the API (401, 404, 500, network …): shown as an error, never as a paywall. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    message: string,
    /** The server's `Request-Id`, for support. */
    readonly requestId?: string,
  ) {
    super(message)
  }
}

interface ClientSettings {
  base: string
  headers: Record<string, string>
}

const settings: ClientSettings = { base: '', headers: {} }

/** Points the client at an API base (`''` = same origin, served by the in-browser mock) and a demo user. */
export function configureApi(options: { base: string; user?: string | undefined }): void {
  settings.base = options.base
  settings.headers = options.user ? { 'x-demo-user': options.user } : {}
}

/** The absolute or same-origin URL of an API path such as `/api/account`. */
export function apiUrl(path: string): string {
  return `${settings.base}${path}`
}

/** Request options of `api`: `json` is sent as the JSON body. */
export interface ApiInit extends Omit<RequestInit, 'body'> {
  json?: unknown
}

function requestInit(init: ApiInit = {}): RequestInit {
  const { json, headers, ...rest } = init
  const merged = new Headers(settings.headers)
  for (const [key, value] of new Headers(headers)) merged.set(key, value)
  if (json !== undefined) {
    merged.set('content-type', 'application/json')
    // The mock's HTTP server takes a write only with a header a cross-site form cannot send.
    merged.set('x-requested-with', 'paywall-kit-demo')
  }
  return { ...rest, headers: merged, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) }
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`.trim()
  try {
    const body: unknown = await response.json()
    const found = findMessage(body)
    if (found) message = found
  } catch {
    // Not JSON: the status line is the message.
  }
  return new ApiError(response.status, message, response.headers.get('request-id') ?? undefined)
}

function findMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const record = body as Record<string, unknown>
  if (typeof record.message === 'string') return record.message
  if (typeof record.error === 'string') return record.error
  if (record.error && typeof record.error === 'object') return findMessage(record.error)
  return undefined
}

/**
 * Calls the product API with `paywallFetch`: a 402 rejects with the kit's `PaymentRequiredError`
 * (the provider turns it into the paywall), any other failure with an `ApiError`.
 */
export async function api<T>(path: string, init?: ApiInit): Promise<T> {
  let response: Response
  try {
    response = await paywallFetch(apiUrl(path), requestInit(init))
  } catch (error) {
    if (error instanceof TypeError) throw new ApiError(0, 'The billing API could not be reached.')
    throw error
  }
  if (!response.ok) throw await errorFrom(response)
  if (response.status === 204) return undefined as T
  const body: unknown = await response.json()
  // A GraphQL result refused over HTTP 200 (the mock's `graphql` dialect) is a paywall as well.
  const paywall = toPaymentRequired(body)
  if (paywall) throw new PaymentRequiredError(paywall, response)
  return body as T
}

/**
 * The paywall a response carries, in any dialect the mock answers: a 402, an OpenAI-style 429, or a
 * GraphQL result refused over 200. `null` for anything else. Reads a copy, so the body stays unread.
 */
export async function paywallOf(response: Response): Promise<PaymentRequired | null> {
  if (response.status >= 400)
    return readPaymentRequired(response.clone(), { classify: providerBillingErrors })
  try {
    return toPaymentRequired(await response.clone().json())
  } catch {
    return null
  }
}

/**
 * Plain `fetch` for forms that handle a 402 themselves (a declined card is the form's error, not a
 * paywall): resolves with the response whatever its status.
 */
export function rawApi(path: string, init?: ApiInit): Promise<Response> {
  return fetch(apiUrl(path), requestInit(init))
}
