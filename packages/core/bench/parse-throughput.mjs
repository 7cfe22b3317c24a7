// `pnpm --filter @paywall-kit/core bench`: parse throughput per dialect, on the bundled, minified
// package (tsdown into a temporary directory), so it times the code an app would ship. `--json`
// prints JSON instead. Sizes are measured by the repository's one size tool: `pnpm size` (bench/size.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'tsdown'

const source = join(dirname(fileURLToPath(import.meta.url)), '../src/index.ts')

async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'paywall-kit-parse-throughput-'))
  await build({
    entry: { core: source },
    outDir: dir,
    config: false,
    dts: false,
    minify: true,
    sourcemap: false,
    platform: 'neutral',
    logLevel: 'silent',
  })
  return dir
}

const json = { 'content-type': 'application/json' }
const samples = {
  flat: {
    status: 402,
    headers: json,
    body: JSON.stringify({
      error: 'Payment Required',
      message: 'You have reached the limit of 100 requests per day on the free tier',
      usage: { limit: 100, used: 100, reset: '2023-06-16T00:00:00Z' },
      upgrade_url: 'https://maps.example.com/pricing',
      plans: [
        { name: 'Basic', price: '$9.99/month' },
        { name: 'Pro', price: '$29.99/month' },
      ],
    }),
  },
  nested: {
    status: 402,
    headers: json,
    body: JSON.stringify({
      error: {
        status: 402,
        code: 'API_CREDITS_EXHAUSTED',
        message: 'Your API credit balance is too low to fulfill this request.',
        resolution: { type: 'link', text: 'Add more credits', url: 'https://example.com/topup' },
      },
      timestamp: '2023-10-27T10:30:00Z',
      request_id: 'abc-123-def-456',
    }),
  },
  envelope: {
    status: 402,
    headers: json,
    body: JSON.stringify({
      success: false,
      error: 'subscription_expired',
      message: 'Your subscription has expired. Please renew to continue.',
      retry_after: null,
      doc_url: 'https://docs.example.com/errors/subscription_expired',
      request_id: 'req_01HXYZ',
      timestamp: '2026-05-25T12:34:56Z',
    }),
  },
  'status-code': {
    status: 402,
    headers: json,
    body: JSON.stringify({
      status: 402,
      code: 'PREMIUM_ACCESS_REQUIRED',
      message: 'Access to this content requires a premium subscription.',
      action: { type: 'link', url: 'https://example.com/upgrade', text: 'Upgrade to Premium' },
      support: { email: 'support@example.com' },
    }),
  },
  'problem+json': {
    status: 402,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      status: 402,
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
    }),
  },
  stripe: {
    status: 402,
    headers: json,
    body: JSON.stringify({
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      },
    }),
  },
  openai: {
    status: 402,
    headers: json,
    body: JSON.stringify({
      error: {
        message: 'You exceeded your current quota.',
        type: 'insufficient_quota',
        param: null,
        code: null,
      },
    }),
  },
  'x402 v1': {
    status: 402,
    headers: json,
    body: JSON.stringify({
      x402Version: 1,
      error: 'X-PAYMENT header is required',
      accepts: [{ scheme: 'exact', network: 'base-sepolia', maxAmountRequired: '10000', payTo: '0xabc' }],
    }),
  },
  'x402 v2 header': {
    status: 402,
    headers: {
      'payment-required': btoa(
        JSON.stringify({
          x402Version: 2,
          error: 'insufficient_funds',
          accepts: [{ scheme: 'exact', amount: '1' }],
        }),
      ),
    },
    body: '',
  },
  html: {
    status: 402,
    headers: { 'content-type': 'text/html' },
    body: `<!DOCTYPE html><html><head><title>Payment Required</title></head><body><h1>Premium Content</h1>
      <p>This article is available exclusively to our premium subscribers.</p>${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(50)}
      <a href="/subscribe">Subscribe Now</a></body></html>`,
  },
  text: {
    status: 402,
    headers: { 'content-type': 'text/plain' },
    body: 'Your free trial has ended. Pick a plan.',
  },
  empty: { status: 402, headers: {}, body: '' },
  'too large (64 KiB+)': { status: 402, headers: json, body: `{"padding":"${'x'.repeat(70_000)}"}` },
  'not a paywall (401)': { status: 401, headers: json, body: '{"message":"Sign in"}' },
}

function throughput(parse, input) {
  const run = (count) => {
    const start = performance.now()
    for (let i = 0; i < count; i++) parse(input)
    return performance.now() - start
  }
  let count = 100
  while (run(count) < 50) count *= 2
  const rounds = []
  for (let round = 0; round < 5; round++) rounds.push((count / run(count)) * 1000)
  rounds.sort((a, b) => a - b)
  return Math.round(rounds[2])
}

const dir = await bundle()
try {
  const { parsePaymentRequired } = await import(pathToFileURL(join(dir, 'core.js')).href)
  const speed = Object.entries(samples).map(([dialect, input]) => ({
    dialect,
    found: parsePaymentRequired(input)?.dialect ?? null,
    opsPerSecond: throughput(parsePaymentRequired, input),
  }))
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ throughput: speed }, null, 2))
  } else {
    console.log('\n@paywall-kit/core: parse throughput (bundled, minified)\n')
    console.table(
      Object.fromEntries(
        speed.map(({ dialect, found, opsPerSecond }) => [
          dialect,
          { 'recognised as': found ?? 'null', 'ops/s': opsPerSecond.toLocaleString('en-US') },
        ]),
      ),
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
