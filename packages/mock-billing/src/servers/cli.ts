#!/usr/bin/env node
import { createBillingApi, DEFAULT_API_KEY } from '../billing-api.ts'
import { startServer } from './server.ts'

const host = process.env.HOST || '127.0.0.1'
const port = Number(process.env.PORT || 4402)
const apiKey = process.env.MOCK_BILLING_API_KEY || DEFAULT_API_KEY

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`)
  process.exit(1)
}

try {
  const server = await startServer({
    api: createBillingApi({ apiKey }),
    host,
    port,
    log: (line) => console.log(line),
  })
  console.log(
    `mock-billing listening on ${server.url} (provider API key ${apiKey === DEFAULT_API_KEY ? `"${DEFAULT_API_KEY}", the development default` : 'from MOCK_BILLING_API_KEY'})`,
  )
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
