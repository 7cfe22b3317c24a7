import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type BillingApi, createBillingApi } from '../billing-api.ts'
import { MAX_BODY_LENGTH } from '../shared/json.ts'
import {
  isAllowedHost,
  isServedMethod,
  SERVED_METHODS,
  WRITE_HEADER,
  writeRefusal,
} from './request-guards.ts'

/**
 * The dev servers of this repository, the only origins CORS names unless told otherwise: the
 * demo's Vite dev server (5173) and `vite preview` (4173), and Storybook (6006).
 */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [5173, 4173, 6006].flatMap((port) => [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
])

/** How long a client may take, in milliseconds. */
export interface ServerTimeouts {
  /** To send the request's headers (`server.headersTimeout`). @default 10_000 */
  headersMs?: number
  /** To send the whole request, body included (`server.requestTimeout`). @default 30_000 */
  requestMs?: number
  /** An idle keep-alive connection is kept open (`server.keepAliveTimeout`). @default 5_000 */
  keepAliveMs?: number
}

const DEFAULT_TIMEOUTS: Required<ServerTimeouts> = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
}

/** Options of `startServer`. */
export interface ServerOptions {
  /** The API to serve. @default createBillingApi() */
  api?: BillingApi
  /** @default '127.0.0.1' */
  host?: string
  /** `0` picks a free port. @default 4402 */
  port?: number
  /** Called with one line per request (method, path, status, user, duration). @default no logging */
  log?: (line: string) => void
  /**
   * The origins CORS lets read answers and send writes (scheme, host and port, e.g.
   * `http://localhost:5173`); any other site gets no CORS headers. Replaces the default list.
   * @default DEFAULT_CORS_ORIGINS
   */
  corsOrigins?: readonly string[]
  /**
   * Host names the server may be reached by besides its bound address, `localhost`, `127.0.0.1`
   * and `[::1]` (always on its own port). A request with any other `Host` is refused with a 403.
   * @default []
   */
  allowedHosts?: readonly string[]
  /** Limits for slow clients. @default { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 } */
  timeouts?: ServerTimeouts
}

/** A running server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:4402` */
  url: string
  port: number
  /** Stops accepting requests, ends open connections, resolves when closed. */
  close(): Promise<void>
}

const ALLOWED_HEADERS = `authorization, content-type, ${WRITE_HEADER}, x-demo-user, x-paywall-dialect, adapty-customer-user-id, adapty-profile-id, adapty-platform`
const EXPOSED_HEADERS = 'Request-Id, Retry-After, PAYMENT-REQUIRED, Paywall-Feature, Content-Disposition'

function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) {
    return { Vary: 'Origin' }
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  }
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade'])

class BodyTooLarge extends Error {}

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (incoming.method === 'GET' || incoming.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of incoming) {
    const buffer = chunk as Buffer
    size += buffer.length
    // UTF-8 takes up to 4 bytes a character; the handler enforces the exact limit.
    if (size > MAX_BODY_LENGTH * 4) throw new BodyTooLarge()
    chunks.push(buffer)
  }
  return chunks.length === 0 ? undefined : new Uint8Array(Buffer.concat(chunks))
}

function toRequest(
  incoming: IncomingMessage,
  origin: string,
  body: Uint8Array<ArrayBuffer> | undefined,
): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const init: RequestInit = { method: incoming.method ?? 'GET', headers }
  if (body) init.body = body
  return new Request(new URL(incoming.url ?? '/', origin), init)
}

async function send(
  outgoing: ServerResponse,
  response: Response,
  extra: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extra }
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined
  outgoing.writeHead(response.status, headers)
  outgoing.end(body)
}

/** Answers with a JSON error of the product API's shape, `{ error: { status, code, message } }`. */
function sendError(
  outgoing: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string>,
): void {
  if (!outgoing.headersSent) outgoing.writeHead(status, { ...headers, 'Content-Type': 'application/json' })
  outgoing.end(JSON.stringify({ error: { status, code, message } }))
}

/**
 * Serves a billing API over HTTP (Node's `node:http`) for local development: requests must name
 * this server in `Host`, writes need the API key or a JSON content type with `X-Requested-With`,
 * CORS answers only the listed dev origins, and slow clients are cut off.
 */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const api = options.api ?? createBillingApi()
  const host = options.host ?? '127.0.0.1'
  const log = options.log ?? (() => {})
  const allowedOrigins = options.corsOrigins ?? DEFAULT_CORS_ORIGINS
  const allowedHosts = options.allowedHosts ?? []
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  let origin = `http://${host}`
  let boundPort = 0

  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, timeouts.headersMs / 4)),
    },
    async (incoming, outgoing) => {
      const started = performance.now()
      const method = incoming.method ?? 'GET'
      const cors = corsHeaders(incoming.headers.origin, allowedOrigins)
      let status = 500
      try {
        if (!isAllowedHost(incoming.headers.host, { host, port: boundPort, allowedHosts })) {
          status = 403
          const message = `This server does not answer to Host "${incoming.headers.host ?? ''}": use ${origin}, or list the name in allowedHosts.`
          sendError(outgoing, status, 'host_not_allowed', message, { Connection: 'close' })
          return
        }
        if (!isServedMethod(method)) {
          status = 405
          const allow = SERVED_METHODS.join(', ')
          sendError(outgoing, status, 'method_not_allowed', `${method} is not served. Use ${allow}.`, {
            ...cors,
            Allow: allow,
          })
          return
        }
        if (method === 'OPTIONS') {
          status = 204
          outgoing.writeHead(204, {
            ...cors,
            'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
            'Access-Control-Allow-Headers': ALLOWED_HEADERS,
            'Access-Control-Max-Age': '600',
          })
          outgoing.end()
          return
        }
        const path = new URL(incoming.url ?? '/', origin).pathname
        const refusal = writeRefusal({ method, path, headers: incoming.headers }, api.apiKey)
        if (refusal) {
          status = 403
          sendError(outgoing, status, 'write_not_allowed', refusal, cors)
          return
        }
        const body = await readBody(incoming)
        const response = await api.handle(toRequest(incoming, origin, body))
        status = response.status
        await send(outgoing, response, cors)
      } catch (error) {
        status = error instanceof BodyTooLarge ? 413 : 500
        const message =
          error instanceof BodyTooLarge ? 'The request body is too large.' : 'The request failed.'
        const code = status === 413 ? 'payload_too_large' : 'internal_error'
        sendError(outgoing, status, code, message, { ...cors, Connection: 'close' })
      } finally {
        const user = incoming.headers['x-demo-user'] ?? incoming.headers['adapty-customer-user-id'] ?? '-'
        const ms = (performance.now() - started).toFixed(1)
        log(`${method} ${incoming.url} ${status} user=${String(user)} ${ms}ms`)
      }
    },
  )

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4402, host, () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      boundPort = port
      const urlHost = host.includes(':') ? `[${host}]` : host
      origin = `http://${urlHost}:${port}`
      resolve({
        url: origin,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            server.closeAllConnections()
          }),
      })
    })
  })
}
