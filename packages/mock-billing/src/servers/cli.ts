#!/usr/bin/env node
import { createBillingApi, DEFAULT_API_KEY } from '../billing-api.ts'
import { isLoopbackAddress } from './request-guards.ts'
import { DEFAULT_CORS_ORIGINS, startServer } from './server.ts'

const host = process.env.HOST || '127.0.0.1'
const port = Number(process.env.PORT || 4402)
const apiKey = process.env.MOCK_BILLING_API_KEY || DEFAULT_API_KEY
const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean)
const corsOrigins = list(process.env.MOCK_BILLING_CORS_ORIGINS) ?? DEFAULT_CORS_ORIGINS
const allowedHosts = list(process.env.MOCK_BILLING_ALLOWED_HOSTS) ?? []

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`)
  process.exit(1)
}

/** Where the provider API key comes from; the key itself is named only on a loopback address. */
function keyNote(local: boolean): string {
  if (apiKey !== DEFAULT_API_KEY) return 'provider API key from MOCK_BILLING_API_KEY'
  if (local) return `provider API key "${DEFAULT_API_KEY}", the development default`
  return 'provider API key: the published development default; set MOCK_BILLING_API_KEY'
}

try {
  const local = isLoopbackAddress(host)
  if (!local) {
    console.warn(
      `[mock-billing] warning: HOST=${host} serves this mock beyond this machine. Anyone who can reach it can read every profile, and with the API key change them; it is a development tool, not a server to expose.`,
    )
  }
  const server = await startServer({
    api: createBillingApi({ apiKey }),
    host,
    port,
    corsOrigins,
    allowedHosts,
    log: (line) => console.log(line),
  })
  console.log(`mock-billing listening on ${server.url} (${keyNote(local)})`)
  let closing = false
  const stop = async (signal: string) => {
    if (closing) return
    closing = true
    console.log(`${signal} received, closing`)
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
} catch (error) {
  console.error(
    `mock-billing could not start on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}
