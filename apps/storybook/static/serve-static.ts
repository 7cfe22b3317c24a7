import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, relative, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** Options of {@link serveStatic}. */
export interface ServeStaticOptions {
  /**
   * The sub-path the folder is published under, with leading and trailing slashes. Requests outside it
   * get a 404, as on a host where the folder is one site among others.
   * @default '/'
   */
  basePath?: string
}

/** A running {@link serveStatic} server. */
export interface StaticServer {
  /** The folder's URL: origin plus base path, e.g. `http://127.0.0.1:41234/docs/storybook/`. */
  url: string
  /** Every request received, as `METHOD /path?query`, in order of arrival. */
  requests: string[]
  /** Stops the server and drops open connections. */
  close: () => Promise<void>
}

/**
 * Serves a folder the way a plain static host does (files with their content type, `index.html` for a
 * folder, 404 otherwise, nothing rewritten) on 127.0.0.1 at a free port, under `basePath`.
 */
export async function serveStatic(
  root: string,
  { basePath = '/' }: ServeStaticOptions = {},
): Promise<StaticServer> {
  if (!basePath.startsWith('/') || !basePath.endsWith('/')) {
    throw new TypeError(`serveStatic: basePath must start and end with "/", got "${basePath}"`)
  }
  const folder = resolve(root)
  const requests: string[] = []

  const server = createServer(async (request, response) => {
    const target = request.url ?? '/'
    requests.push(`${request.method} ${target}`)
    const fail = (status: number) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      response.end(`${status}\n`)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405)

    const { pathname } = new URL(target, 'http://host')
    if (!pathname.startsWith(basePath)) return fail(404)
    let relativePath: string
    try {
      relativePath = decodeURIComponent(pathname.slice(basePath.length))
    } catch {
      return fail(400)
    }
    let file = resolve(folder, `.${sep}${relativePath}`)
    // `..` segments are resolved away by URL parsing already; this also catches encoded ones.
    if (relative(folder, file).startsWith('..')) return fail(404)
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      const { size } = await stat(file)
      response.writeHead(200, {
        'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': size,
      })
      if (request.method === 'HEAD') return response.end()
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response)
    } catch {
      fail(404)
    }
  })

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()))
        server.closeAllConnections()
      }),
  }
}
