// Runs the mock billing HTTP server in its own process, so the load generator does not share its event loop.
import { startServer } from '@paywall-kit/mock-billing/server'

const server = await startServer({ host: '127.0.0.1', port: 0, log: () => {} })
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`)

const stop = () => {
  void server.close().then(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
// The bench holds this pipe open: if it dies without killing us, the pipe closes and we stop too.
process.stdin.on('close', stop)
process.stdin.resume()
