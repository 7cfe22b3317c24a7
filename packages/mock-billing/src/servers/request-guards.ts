import { isIP } from 'node:net'
import { ADAPTY_BASE_PATH } from '../provider-api/adapty-routes.ts'

/**
 * The header that, with a JSON content type, lets a request write without the API key. A
 * cross-site HTML form can send neither; a cross-origin `fetch` can only after a CORS preflight,
 * which names the origins this server trusts.
 */
export const WRITE_HEADER = 'x-requested-with'

/** The methods the server answers; any other (TRACE, PROPFIND, …) is a 405. */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i
const API_KEY = /^Api-Key\s+(\S+)\s*$/i
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]']

/** Whether the server answers this method at all. */
export function isServedMethod(method: string): boolean {
  return (SERVED_METHODS as readonly string[]).includes(method)
}

/** Whether an address listens on every interface (`0.0.0.0`, `::`). */
export function isWildcardAddress(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]'
}

/** Whether an address only listens on this machine. */
export function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** The `Host` header's name (lower case, IPv6 in brackets) and port (80 when absent), or `undefined` when malformed. */
function parseHostHeader(value: string): { name: string; port: number } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(value.trim())
  if (!match?.[1]) return undefined
  return { name: match[1].toLowerCase(), port: match[2] === undefined ? 80 : Number(match[2]) }
}

/** What the `Host` check accepts besides the bound address. */
export interface HostRules {
  /** The interface the server is bound to. */
  host: string
  /** The port it listens on. */
  port: number
  /** More host names the server is reached by (e.g. a name in `/etc/hosts`), on the same port. */
  allowedHosts: readonly string[]
}

/**
 * Whether a `Host` header names this server: the bound address, `localhost`, `127.0.0.1` or
 * `[::1]`, or a listed name, always with the bound port. Refusing every other name stops DNS
 * rebinding, where a hostile page's own host name is re-pointed at 127.0.0.1. On a wildcard
 * address any IP literal is accepted too, since rebinding needs a name.
 */
export function isAllowedHost(header: string | undefined, rules: HostRules): boolean {
  if (!header) return false
  const parsed = parseHostHeader(header)
  if (!parsed || parsed.port !== rules.port) return false
  const bound = rules.host.includes(':') && !rules.host.startsWith('[') ? `[${rules.host}]` : rules.host
  const names = [
    ...LOOPBACK_NAMES,
    bound.toLowerCase(),
    ...rules.allowedHosts.map((name) => name.toLowerCase()),
  ]
  if (names.includes(parsed.name)) return true
  return isWildcardAddress(rules.host) && isIP(parsed.name.replace(/^\[|\]$/g, '')) !== 0
}

/** The request as far as the write guard reads it. */
export interface WriteRequest {
  method: string
  path: string
  headers: { authorization?: string | undefined; 'content-type'?: string | undefined } & Record<
    string,
    string | string[] | undefined
  >
}

/**
 * Why a write must be refused, or `undefined` when it may go on. Reads never need anything; the
 * provider API checks its own key (and answers Adapty's 401s); every other write needs the API key,
 * or a JSON content type and the `X-Requested-With` header, which a cross-site form cannot send.
 */
export function writeRefusal(request: WriteRequest, apiKey: string): string | undefined {
  if (READ_METHODS.has(request.method)) return undefined
  if (`${request.path}/`.startsWith(ADAPTY_BASE_PATH)) return undefined
  const key = API_KEY.exec(request.headers.authorization ?? '')?.[1]
  if (key !== undefined && key === apiKey) return undefined
  const json = JSON_MEDIA_TYPE.test(request.headers['content-type'] ?? '')
  const marked = Boolean(request.headers[WRITE_HEADER])
  if (json && marked) return undefined
  return `A ${request.method} needs "Authorization: Api-Key <key>", or "Content-Type: application/json" with an "X-Requested-With" header.`
}
