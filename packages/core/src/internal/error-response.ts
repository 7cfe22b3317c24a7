import { paywallGraphQLError } from '../dialects/graphql'
import { isObject, type Obj, own } from './guards'

/** What an HTTP client's error tells of the response behind it. */
export interface ErrorResponse {
  status: number
  headers?: unknown
  /** The body as the client kept it: parsed JSON, text, or nothing. */
  body?: unknown
  /** The client's `Response` when nobody has read its body (ky 1), for `readPaywallError`. */
  unread?: Response
}

/** A fetch `Response`, from this realm or another (jsdom, a worker). */
const isResponse = (value: unknown): value is Response =>
  (typeof Response === 'function' && value instanceof Response) ||
  (isObject(value) &&
    typeof value.status === 'number' &&
    typeof value.bodyUsed === 'boolean' &&
    typeof value.clone === 'function')

const firstDefined = (...values: unknown[]) => values.find((value) => value !== undefined)

/** GraphQL errors a client kept: urql `graphQLErrors`, Apollo `errors`, graphql-request `response.errors`. */
const graphQLErrorsOf = (error: Obj, response: unknown): unknown[] | undefined =>
  [own(error, 'graphQLErrors'), own(error, 'errors'), own(response, 'errors')].find(
    (list): list is unknown[] => Array.isArray(list) && list.length > 0,
  )

/** tRPC puts its HTTP status in `data.httpStatus`; the rest of `data` is the server's (`code`, `errorFormatter` fields). */
function fromTrpc(error: Obj, data: Obj): ErrorResponse {
  const { httpStatus, stack: _stack, path: _path, ...fields } = data
  const response = own(own(error, 'meta'), 'response')
  return {
    status: httpStatus as number,
    headers: isResponse(response) ? response.headers : undefined,
    body: { ...fields, message: own(error, 'message') },
  }
}

/**
 * The response behind one error, without following `cause`: tRPC's `TRPCClientError`, a GraphQL
 * error list that says "payment required" (Apollo `CombinedGraphQLErrors`, urql `CombinedError`,
 * graphql-request `ClientError`), a `Response` with the body the client kept (ky, ofetch, Apollo
 * `ServerError`, urql), axios-like `response.{status, data, headers}`, or the error's own
 * `status | statusCode` (AI SDK `APICallError`, plain objects). `undefined` when it has no status.
 */
function responseOf(error: Obj): ErrorResponse | undefined {
  const data = own(error, 'data')
  if (isObject(data) && typeof own(data, 'httpStatus') === 'number') return fromTrpc(error, data)
  const { response } = error
  const graphQLErrors = graphQLErrorsOf(error, response)
  const headers = isObject(response) ? response.headers : undefined
  if (paywallGraphQLError(graphQLErrors)) return { status: 402, headers, body: { errors: graphQLErrors } }
  if (isResponse(response)) {
    const body = firstDefined(
      data,
      own(error, 'bodyText'),
      graphQLErrors && { errors: graphQLErrors },
      own(own(error, 'meta'), 'responseJSON'),
    )
    const unread = body === undefined && !response.bodyUsed ? response : undefined
    return { status: response.status, headers, body, unread }
  }
  if (isObject(response) && typeof response.status === 'number') {
    return {
      status: response.status,
      headers,
      body: firstDefined(own(response, 'data'), own(response, 'body')),
    }
  }
  const status = firstDefined(error.status, error.statusCode)
  if (typeof status !== 'number') return
  return {
    status,
    headers: firstDefined(own(error, 'headers'), own(error, 'responseHeaders')),
    // The AI SDK keeps the whole body as text in `responseBody`, and in `data` only what its schema kept.
    body: firstDefined(own(error, 'responseBody'), data, own(error, 'body')),
  }
}

/**
 * The response behind an error thrown by any common HTTP, GraphQL or RPC client, looking through
 * `cause` (and the AI SDK's `lastError`) up to two levels deep; `undefined` when none has a status.
 * A GraphQL result whose errors say "payment required" counts as a 402 whatever its HTTP status.
 * Reads only the properties it needs; a getter that throws is the caller's to catch.
 */
export function errorResponse(error: unknown, depth = 0): ErrorResponse | undefined {
  if (!isObject(error) || depth > 2) return
  const found = responseOf(error)
  if (found) {
    return found.status !== 402 && paywallGraphQLError(own(parsed(found.body), 'errors'))
      ? { ...found, status: 402 }
      : found
  }
  return errorResponse(firstDefined(error.cause, error.lastError), depth + 1)
}

/** A JSON text body as an object, to look for GraphQL errors in it; anything else as it is. */
function parsed(body: unknown): unknown {
  if (typeof body !== 'string' || body.length > 65536 || !/^\s*\{/.test(body)) return body
  try {
    return JSON.parse(body)
  } catch {}
}
