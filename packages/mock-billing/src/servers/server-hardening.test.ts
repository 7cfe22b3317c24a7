import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createBillingApi, DEFAULT_API_KEY } from '../index.ts'
import { type RunningServer, startServer } from './server.ts'

const NOW = Date.parse('2026-03-10T12:00:00Z')
let running: RunningServer | undefined

afterEach(async () => {
  await running?.close()
  running = undefined
})

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A request over a real socket with any method and any `Host`, which `fetch` would refuse to send. */
function raw(
  server: RunningServer,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/api/account',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (incoming) => {
        let body = ''
        incoming.setEncoding('utf8')
        incoming.on('data', (chunk: string) => {
          body += chunk
        })
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }),
        )
      },
    )
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

const scenarioOf = async (server: RunningServer) =>
  ((await (await fetch(`${server.url}/api/demo`)).json()) as { scenario: string }).scenario

describe('given a write to the product API or the demo controls over HTTP', () => {
  it('should refuse a cross-site form post (text/plain) to reset, and change nothing', async () => {
    const api = createBillingApi({ now: () => NOW })
    running = await startServer({ api, port: 0 })
    api.setScenario('expired')

    const response = await raw(running, {
      method: 'POST',
      path: '/api/demo/reset',
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
      body: '{}',
    })

    expect(response.status).toBe(403)
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'write_not_allowed' } })
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
    expect(await scenarioOf(running)).toBe('expired')
  })

  it.each([
    ['application/x-www-form-urlencoded', { 'X-Requested-With': 'x' }],
    ['multipart/form-data; boundary=x', { 'X-Requested-With': 'x' }],
    ['application/json', {}],
  ])('should refuse a %s body without the key (extra headers %o)', async (contentType, headers) => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    const response = await raw(running, {
      method: 'POST',
      path: '/api/demo/scenario',
      headers: { 'Content-Type': contentType, ...headers },
      body: JSON.stringify({ scenario: 'expired' }),
    })

    expect(response.status).toBe(403)
    expect(await scenarioOf(running)).toBe('active')
  })

  it.each(['PUT', 'PATCH', 'DELETE'])('should refuse a %s without the key or the header', async (method) => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    const response = await raw(running, { method, path: '/api/demo/reset' })

    expect(response.status).toBe(403)
  })

  it('should accept JSON with X-Requested-With, or the API key whatever the body type', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    const marked = await fetch(`${running.url}/api/demo/scenario`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Requested-With': 'demo' },
      body: JSON.stringify({ scenario: 'expired' }),
    })
    const afterMarked = await scenarioOf(running)
    const keyed = await fetch(`${running.url}/api/demo/reset`, {
      method: 'POST',
      headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}` },
    })
    const wrongKey = await fetch(`${running.url}/api/demo/reset`, {
      method: 'POST',
      headers: { Authorization: 'Api-Key guessed' },
    })

    expect(marked.status).toBe(200)
    expect(afterMarked).toBe('expired')
    expect(keyed.status).toBe(200)
    expect(await scenarioOf(running)).toBe('active')
    expect(wrongKey.status).toBe(403)
  })

  it('should let CORS preflights allow the write header, for listed origins only', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    const preflight = await fetch(`${running.url}/api/demo/reset`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-requested-with',
      },
    })

    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-requested-with')
  })
})

describe('given a request whose Host is not this server (DNS rebinding)', () => {
  it('should refuse another name, and another port on a loopback name', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    const rebound = await raw(running, { headers: { Host: `evil.example:${running.port}` } })
    const otherPort = await raw(running, { headers: { Host: `localhost:${running.port + 1}` } })
    const noPort = await raw(running, { headers: { Host: 'localhost' } })

    expect(rebound.status).toBe(403)
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: 'host_not_allowed' } })
    expect(rebound.body).not.toContain('"user"')
    expect(otherPort.status).toBe(403)
    expect(noPort.status).toBe(403)
  })

  it('should answer the bound address, localhost, 127.0.0.1 and listed names on its port', async () => {
    running = await startServer({
      api: createBillingApi({ now: () => NOW }),
      port: 0,
      allowedHosts: ['billing.test'],
    })
    const port = running.port

    const statuses = await Promise.all(
      [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `billing.test:${port}`].map(
        async (host) => (await raw(running as RunningServer, { headers: { Host: host } })).status,
      ),
    )

    expect(statuses).toEqual([200, 200, 200, 200])
  })

  it('should accept IP literals but not names when bound to every interface', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), host: '0.0.0.0', port: 0 })

    const lanAddress = await raw(running, { headers: { Host: `192.168.1.20:${running.port}` } })
    const name = await raw(running, { headers: { Host: `rebind.evil.example:${running.port}` } })

    expect(lanAddress.status).toBe(200)
    expect(name.status).toBe(403)
  })
})

describe('given CORS requests from origins', () => {
  it('should name the default dev origins and not any other localhost port', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })
    const originOf = async (origin: string) =>
      (await fetch(`${running?.url}/api/account`, { headers: { Origin: origin } })).headers.get(
        'access-control-allow-origin',
      )

    expect(await originOf('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173')
    expect(await originOf('http://localhost:6006')).toBe('http://localhost:6006')
    expect(await originOf('http://localhost:9999')).toBeNull()
    expect(await originOf('http://127.0.0.1:3000')).toBeNull()
  })

  it('should name only the configured origins when a list is given', async () => {
    running = await startServer({
      api: createBillingApi({ now: () => NOW }),
      port: 0,
      corsOrigins: ['https://app.example.test'],
    })
    const originOf = async (origin: string) =>
      (await fetch(`${running?.url}/api/account`, { headers: { Origin: origin } })).headers.get(
        'access-control-allow-origin',
      )

    expect(await originOf('https://app.example.test')).toBe('https://app.example.test')
    expect(await originOf('http://localhost:5173')).toBeNull()
  })
})

describe('given methods the server does not serve', () => {
  it.each(['TRACE', 'PROPFIND'])('should answer %s with 405 and the methods it serves', async (method) => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    const response = await raw(running, { method })

    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'method_not_allowed' } })
  })
})

describe('given many unknown user ids', () => {
  it('should cap the profiles it creates, keep serving known users, and free room on reset', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW, maxProfiles: 3 }), port: 0 })
    const account = (user: string) =>
      fetch(`${running?.url}/api/account`, { headers: { 'x-demo-user': user } })

    const first = await account('first')
    const second = await account('second')
    const overflow = await account('third')
    const known = await account('first')
    await fetch(`${running.url}/api/demo/reset`, {
      method: 'POST',
      headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}` },
    })
    const afterReset = await account('third')

    expect([first.status, second.status]).toEqual([200, 200])
    expect(overflow.status).toBe(507)
    expect(await overflow.json()).toMatchObject({ error: { code: 'profile_limit_reached' } })
    expect(known.status).toBe(200)
    expect(afterReset.status).toBe(200)
  })

  it('should cap the provider API’s create-profile too, in Adapty’s error envelope', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW, maxProfiles: 1 }), port: 0 })

    const response = await fetch(`${running.url}/api/v2/server-side-api/profile/`, {
      method: 'POST',
      headers: {
        Authorization: `Api-Key ${DEFAULT_API_KEY}`,
        'adapty-customer-user-id': 'ada',
        'Content-Type': 'application/json',
      },
      body: '{}',
    })

    expect(response.status).toBe(507)
    expect(await response.json()).toMatchObject({ error_code: 'profile_limit_reached', status_code: 507 })
  })
})

describe('given a client that sends its request slowly', () => {
  /** Opens a socket, writes `text`, and resolves with what the server answers before it closes. */
  function stall(server: RunningServer, text: string): Promise<{ answer: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const started = performance.now()
      const socket = connect(server.port, '127.0.0.1', () => socket.write(text))
      let answer = ''
      socket.setEncoding('utf8')
      socket.on('data', (chunk: string) => {
        answer += chunk
      })
      socket.on('error', reject)
      socket.on('close', () => resolve({ answer, ms: performance.now() - started }))
    })
  }

  it('should answer 408 and close when the headers do not arrive in time', async () => {
    running = await startServer({
      api: createBillingApi({ now: () => NOW }),
      port: 0,
      timeouts: { headersMs: 300, requestMs: 600 },
    })

    const { answer, ms } = await stall(
      running,
      `GET /api/account HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\n`,
    )

    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(ms).toBeLessThan(2_000)
  })

  it('should answer 408 and close when the body does not arrive in time', async () => {
    running = await startServer({
      api: createBillingApi({ now: () => NOW }),
      port: 0,
      timeouts: { headersMs: 300, requestMs: 600 },
    })

    const { answer, ms } = await stall(
      running,
      `POST /api/queries HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\nContent-Type: application/json\r\nX-Requested-With: t\r\nContent-Length: 100\r\n\r\n{`,
    )

    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(ms).toBeGreaterThanOrEqual(500)
    expect(ms).toBeLessThan(3_000)
  })
})

describe('given the start command with HOST=0.0.0.0', () => {
  it.each([
    ['the development key', {}],
    ['a key from MOCK_BILLING_API_KEY', { MOCK_BILLING_API_KEY: 'secret_from_env' }],
  ])('should warn that it listens beyond this machine and never print %s', async (_, keyEnv) => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
    const { MOCK_BILLING_API_KEY: _key, ...env } = process.env
    const child = spawn(process.execPath, [cli], {
      env: { ...env, ...keyEnv, HOST: '0.0.0.0', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      let output = ''
      child.stdout.setEncoding('utf8')
      child.stderr.setEncoding('utf8')
      child.stderr.on('data', (chunk: string) => {
        output += chunk
      })
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          output += chunk
          const match = /listening on http:\/\/0\.0\.0\.0:(\d+)/.exec(output)
          if (match?.[1]) resolve(match[1])
        })
        child.once('exit', (code) => reject(new Error(`The CLI exited with ${code}: ${output}`)))
      })

      const response = await fetch(`http://127.0.0.1:${port}/api/account`)
      child.kill('SIGTERM')
      await once(child, 'exit')

      expect(response.status).toBe(200)
      expect(output).toMatch(/warning: HOST=0\.0\.0\.0 serves this mock beyond this machine/)
      expect(output).not.toContain(DEFAULT_API_KEY)
      expect(output).not.toContain('secret_from_env')
    } finally {
      child.kill()
    }
  })
})
