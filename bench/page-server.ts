import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { paymentRequiredBody } from './pages/payment-required-body.ts'

/** A loopback server for the built benchmark pages and the one endpoint they call. */
export interface PageServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  url: string
  /** Requests `/api/data` received for one run id (the page passes `?run=`). */
  requests(run: string): number
  close(): Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

let requestSerial = 0

async function serveFile(root: string, pathname: string, response: ServerResponse) {
  const file = normalize(join(root, pathname === '/' ? '/index.html' : decodeURIComponent(pathname)))
  if (!file.startsWith(root + sep)) {
    response.writeHead(403).end()
    return
  }
  try {
    const body = await readFile(file)
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' })
    response.end(body)
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
  }
}

/**
 * Serves `root` (a Vite build) and `GET /api/data?run=&feature=`, which always answers 402 in the
 * nested dialect and counts requests per run, on 127.0.0.1 and a free port.
 */
export async function startPageServer(root: string): Promise<PageServer> {
  const counts = new Map<string, number>()
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/api/data') {
      const run = url.searchParams.get('run') ?? ''
      counts.set(run, (counts.get(run) ?? 0) + 1)
      requestSerial += 1
      const body = paymentRequiredBody(
        url.searchParams.get('feature') ?? 'reports',
        `req_bench_${requestSerial}`,
      )
      response.writeHead(402, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'request-id': body.request_id,
      })
      response.end(JSON.stringify(body))
      return
    }
    void serveFile(root, url.pathname, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests: (run) => counts.get(run) ?? 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
