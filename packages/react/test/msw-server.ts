import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** One MSW server per test file (call at module level), failing any request without a handler. */
export function setupMswServer() {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

/** An absolute URL on the test page's origin (Node's fetch does not resolve relative URLs). */
export function apiUrl(path: string): string {
  return new URL(path, globalThis.location?.href ?? 'http://localhost:3000/').href
}
