import { spawn } from 'node:child_process'
import { once } from 'node:events'
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

describe('given the HTTP server on 127.0.0.1 and a free port', () => {
  it('should serve the product API and log one line per request', async () => {
    const lines: string[] = []
    running = await startServer({
      api: createBillingApi({ now: () => NOW }),
      port: 0,
      log: (line) => lines.push(line),
    })

    const account = await fetch(`${running.url}/api/account`, { headers: { 'x-demo-user': 'demo' } })
    const newcomer = await fetch(`${running.url}/api/reports`, { headers: { 'x-demo-user': 'newcomer' } })

    expect(running.url).toBe(`http://127.0.0.1:${running.port}`)
    expect(running.port).toBeGreaterThan(0)
    expect(account.status).toBe(200)
    expect(await account.json()).toMatchObject({ user: 'demo', state: 'active' })
    expect(newcomer.status).toBe(200)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^GET \/api\/account 200 user=demo \d+\.\dms$/)
    expect(lines[1]).toMatch(/^GET \/api\/reports 200 user=newcomer /)
  })

  it('should carry 402 headers and bodies over the wire', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW, scenario: 'expired' }), port: 0 })

    const response = await fetch(`${running.url}/api/reports`, { headers: { 'x-paywall-dialect': 'x402' } })

    expect(response.status).toBe(402)
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f]{32}$/)
    expect(response.headers.get('paywall-feature')).toBe('reports')
    const header = JSON.parse(atob(response.headers.get('payment-required') ?? ''))
    expect(header.resource.url).toBe(`${running.url}/api/reports`)
    expect(await response.json()).toMatchObject({ x402Version: 1, error: 'subscription_expired' })
  })

  it('should accept Adapty requests with bodies', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    const response = await fetch(
      `${running.url}/api/v2/server-side-api/purchase/profile/grant/access-level/`,
      {
        method: 'POST',
        headers: {
          Authorization: `Api-Key ${DEFAULT_API_KEY}`,
          'adapty-customer-user-id': 'demo',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ access_level_id: 'premium' }),
      },
    )

    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      data: { access_levels: [{ access_level_id: 'premium', expires_at: null }] },
    })
  })

  it('should answer CORS preflights from the demo dev server, and not from other sites', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })
    const preflight = (origin: string) =>
      fetch(`${running?.url}/api/reports`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'x-demo-user, x-paywall-dialect',
        },
      })

    const local = await preflight('http://localhost:5173')
    const foreign = await preflight('https://evil.example')
    const get = await fetch(`${running.url}/api/account`, { headers: { Origin: 'http://127.0.0.1:6006' } })

    expect(local.status).toBe(204)
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(local.headers.get('access-control-allow-headers')).toContain('x-paywall-dialect')
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect(get.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:6006')
    expect(get.headers.get('access-control-expose-headers')).toContain('PAYMENT-REQUIRED')
    expect(get.headers.get('access-control-expose-headers')).toContain('Paywall-Feature')
  })

  it('should answer 200 concurrent writes for distinct users correctly and lose none', async () => {
    const api = createBillingApi({ now: () => NOW, scenario: 'free' })
    running = await startServer({ api, port: 0 })
    const users = Array.from({ length: 200 }, (_, index) => `user-${index}`)

    const responses = await Promise.all(
      users.map((user, index) =>
        fetch(`${running?.url}/api/checkout`, {
          method: 'POST',
          headers: { 'x-demo-user': user, 'Content-Type': 'application/json', 'X-Requested-With': 'test' },
          body: JSON.stringify({ planId: index % 2 === 0 ? 'pro' : 'business' }),
        }),
      ),
    )
    const accounts = (await Promise.all(responses.map((response) => response.json()))) as {
      user: string
      plan: { id: string }
      state: string
    }[]

    expect(responses.map((response) => response.status)).toEqual(users.map(() => 200))
    expect(accounts.map((account) => account.user)).toEqual(users)
    expect(accounts.map((account) => account.plan.id)).toEqual(
      users.map((_, index) => (index % 2 === 0 ? 'pro' : 'business')),
    )
    expect(accounts.every((account) => account.state === 'active')).toBe(true)
    for (const user of users) {
      const profile = api.store.findProfile({ customerUserId: user })
      expect(profile?.subscriptions).toHaveLength(1)
      expect(profile?.access_levels).toHaveLength(1)
    }
    expect(api.store.profiles.size).toBe(201)
  })

  it('should stop cleanly: close resolves and the port refuses connections', async () => {
    const server = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })
    await fetch(`${server.url}/api/account`)

    await server.close()

    await expect(fetch(`${server.url}/api/account`)).rejects.toThrow()
  })

  it('should refuse to start on a port that is taken', async () => {
    running = await startServer({ api: createBillingApi({ now: () => NOW }), port: 0 })

    await expect(startServer({ port: running.port })).rejects.toThrow(/EADDRINUSE/)
  })
})

describe('given the start command (src/cli.ts)', () => {
  it('should listen on HOST/PORT, use MOCK_BILLING_API_KEY, log requests and exit 0 on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
    const child = spawn(process.execPath, [cli], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', MOCK_BILLING_API_KEY: 'secret_from_env' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.setEncoding('utf8')
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) =>
        reject(new Error(`The CLI exited with ${code} before listening: ${output}`)),
      )
    })

    const authorized = await fetch(`${url}/api/v2/server-side-api/profile/`, {
      headers: { Authorization: 'Api-Key secret_from_env', 'adapty-customer-user-id': 'demo' },
    })
    const defaultKey = await fetch(`${url}/api/v2/server-side-api/profile/`, {
      headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}`, 'adapty-customer-user-id': 'demo' },
    })
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')

    expect(authorized.status).toBe(200)
    expect(defaultKey.status).toBe(401)
    expect(code).toBe(0)
    expect(output).toContain('from MOCK_BILLING_API_KEY')
    expect(output.match(/^GET \/api\/v2\/server-side-api\/profile\/ (200|401) /gm)).toHaveLength(2)
    expect(output).toContain('SIGTERM received, closing')
  })
})

describe('given the start command without MOCK_BILLING_API_KEY', () => {
  it('should accept the documented development key and exit 0 on SIGINT (Ctrl+C)', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
    const { MOCK_BILLING_API_KEY: _, ...env } = process.env
    const child = spawn(process.execPath, [cli], {
      env: { ...env, HOST: '127.0.0.1', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      let output = ''
      child.stdout.setEncoding('utf8')
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          output += chunk
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
          if (match?.[1]) resolve(match[1])
        })
        child.once('exit', (code) =>
          reject(new Error(`The CLI exited with ${code} before listening: ${output}`)),
        )
      })

      const response = await fetch(`${url}/api/v2/server-side-api/profile/`, {
        headers: { Authorization: `Api-Key ${DEFAULT_API_KEY}`, 'adapty-customer-user-id': 'demo' },
      })
      child.kill('SIGINT')
      const [code] = await once(child, 'exit')

      expect(response.status).toBe(200)
      expect(code).toBe(0)
      expect(output).toContain(`provider API key "${DEFAULT_API_KEY}", the development default`)
      expect(output).toContain('SIGINT received, closing')
    } finally {
      child.kill()
    }
  })
})
