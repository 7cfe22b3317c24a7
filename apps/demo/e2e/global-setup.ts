import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBillingApi, createClock } from '@paywall-kit/mock-billing'
import { startServer } from '@paywall-kit/mock-billing/server'
import { build, type PreviewServer, preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { demoStart } from './clock'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build of the demo, served by `vite preview`. */
    appUrl: string
    /** The real HTTP mock billing server (pass it to the demo as `?api=`). */
    apiUrl: string
    /** The same build on a plain static file server, under a sub-path (`…/acme/analytics/`). */
    subPathUrl: string
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/**
 * The dumbest static host: files of `dir` under `prefix`, 404 for everything else (no SPA
 * fallback, no special headers), to prove the build needs nothing from its host.
 */
function serveStatic(dir: string, prefix: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    const relative = path.startsWith(prefix) ? path.slice(prefix.length) || 'index.html' : null
    const file = relative === null ? null : normalize(join(dir, relative))
    if (!file?.startsWith(dir)) {
      response.writeHead(404).end()
      return
    }
    try {
      const body = await readFile(file)
      response
        .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
        .end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ server, url: `http://127.0.0.1:${port}${prefix}` })
    })
  })
}

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = fileURLToPath(new URL('../dist', import.meta.url))

/**
 * Builds the demo once (production mode, relative base), serves it with `vite preview` on a free
 * port, and starts the real HTTP mock billing server on another, its clock starting at `demoStart`: one
 * build serves both ways of running, the API being chosen per page by `?api=`.
 */
export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would give React's development build: build as production.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const appUrl = server.resolvedUrls?.local[0]
  if (!appUrl) throw new Error('vite preview did not report a URL')
  // The server's clock runs from the same start as the pages' (see clock.ts), whatever the hour.
  const serverTime = createClock()
  serverTime.set(demoStart)
  const subPath = await serveStatic(outDir, '/acme/analytics/')
  // The server's CORS names the origins it serves: here the two random ports the build is served on.
  const api = await startServer({
    api: createBillingApi({ now: serverTime.now }),
    port: 0,
    corsOrigins: [new URL(appUrl).origin, new URL(subPath.url).origin],
  })

  project.provide('appUrl', appUrl)
  project.provide('apiUrl', api.url)
  project.provide('subPathUrl', subPath.url)

  return async () => {
    await api.close()
    await server.close()
    await new Promise((resolve) => subPath.server.close(resolve))
  }
}
