import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type BillingApi, createBillingApi } from '../billing-api.ts'
import { MAX_BODY_LENGTH } from '../shared/json.ts'

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
   * Origins allowed by CORS besides any `http://localhost:*` and `http://127.0.0.1:*`
   * (the demo's dev server). `'*'` allows every origin.
   * @default []
   */
  corsOrigins?: string[]
}

/** A running server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:4402` */
  url: string
  port: number
  /** Stops accepting requests, ends open connections, resolves when closed. */
  close(): Promise<void>
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/
const ALLOWED_HEADERS =
  'authorization, content-type, x-demo-user, x-paywall-dialect, adapty-customer-user-id, adapty-profile-id, adapty-platform'
const EXPOSED_HEADERS = 'Request-Id, Retry-After, PAYMENT-REQUIRED, Paywall-Feature, Content-Disposition'

function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> {
  if (!origin || !(LOCAL_ORIGIN.test(origin) || allowed.includes(origin) || allowed.includes('*'))) {
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

/** Serves a billing API over HTTP (Node's `node:http`), with CORS for local dev servers. */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const api = options.api ?? createBillingApi()
  const host = options.host ?? '127.0.0.1'
  const log = options.log ?? (() => {})
  const allowed = options.corsOrigins ?? []
  let origin = `http://${host}`

  const server = createServer(async (incoming, outgoing) => {
    const started = performance.now()
    const cors = corsHeaders(incoming.headers.origin, allowed)
    let status = 500
    try {
      if (incoming.method === 'OPTIONS') {
        status = 204
        outgoing.writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
        })
        outgoing.end()
        return
      }
      const body = await readBody(incoming)
      const response = await api.handle(toRequest(incoming, origin, body))
      status = response.status
      await send(outgoing, response, cors)
    } catch (error) {
      status = error instanceof BodyTooLarge ? 413 : 500
      const message = error instanceof BodyTooLarge ? 'The request body is too large.' : 'The request failed.'
      if (!outgoing.headersSent) {
        outgoing.writeHead(status, { ...cors, 'Content-Type': 'application/json', Connection: 'close' })
      }
      outgoing.end(
        JSON.stringify({
          error: { status, code: status === 413 ? 'payload_too_large' : 'internal_error', message },
        }),
      )
    } finally {
      const user = incoming.headers['x-demo-user'] ?? incoming.headers['adapty-customer-user-id'] ?? '-'
      const ms = (performance.now() - started).toFixed(1)
      log(`${incoming.method} ${incoming.url} ${status} user=${String(user)} ${ms}ms`)
    }
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4402, host, () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
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
