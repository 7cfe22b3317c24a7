import { fileURLToPath } from 'node:url'
import { startServer } from '@paywall-kit/mock-billing/server'
import { build, type PreviewServer, preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build of the demo, served by `vite preview`. */
    appUrl: string
    /** The real HTTP mock billing server (pass it to the demo as `?api=`). */
    apiUrl: string
  }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = fileURLToPath(new URL('../dist', import.meta.url))

/**
 * Builds the demo once (production mode, relative base), serves it with `vite preview` on a free
 * port, and starts the real HTTP mock billing server on another: one build serves both ways of
 * running, the API being chosen per page by `?api=`.
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
  const api = await startServer({ port: 0 })

  project.provide('appUrl', appUrl)
  project.provide('apiUrl', api.url)

  return async () => {
    await api.close()
    await server.close()
  }
}
