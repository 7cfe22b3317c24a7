import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { maxRetryAfter } from './internal/build-paywall'
import { isRealIsoDate } from './internal/calendar'
import { isMachineText } from './internal/text'
import { parsePaymentRequired } from './parse-payment-required'
import { paywallRetry } from './paywall-retry'
import { readPaywallError } from './read-paywall-error'
import { defaultReasonMessages } from './reason-messages'
import { reasons } from './reason-table'
import { safeHref } from './safe-href'
import { toPaymentRequired } from './to-payment-required'
import type { PaymentRequired } from './types'

// Thousands of runs each: 1–3 s alone, 6–7 s on two cores shared with the other test projects,
// which Vitest's default 5 s timeout turned into failures.
vi.setConfig({ testTimeout: 30_000 })

const base = 'https://app.example.com/page'
const allowedOrigins = ['https://billing.example.com']

const keys: Record<string, readonly string[]> = {
  top: [
    'status',
    'reason',
    'code',
    'title',
    'message',
    'action',
    'refusedActionOrigin',
    'plans',
    'usage',
    'graceEndsAt',
    'feature',
    'requestId',
    'timestamp',
    'docUrl',
    'support',
    'retryAfter',
    'price',
    'dialect',
  ],
  action: ['url', 'label'],
  plan: ['id', 'name', 'price'],
  usage: ['used', 'limit', 'unit', 'resetsAt'],
  support: ['email', 'url'],
  price: ['amount', 'currency', 'asset', 'network', 'description'],
}

/** Plain objects with only the keys of the public shape, all own, none undefined. */
function expectClean(object: unknown, allowed: readonly string[]) {
  expect(Object.getPrototypeOf(object)).toBe(Object.prototype)
  for (const key of Reflect.ownKeys(object as object)) {
    expect(allowed).toContain(key)
    expect((object as Record<string, unknown>)[key as string]).not.toBeUndefined()
  }
}

function expectWellFormed(
  paywall: PaymentRequired,
  options: { base?: string; allowedOrigins?: string[] } = {},
) {
  expectClean(paywall, keys.top ?? [])
  expect(reasons).toContain(paywall.reason)
  expect(paywall.title.length).toBeGreaterThan(0)
  expect(paywall.title.length).toBeLessThanOrEqual(80)
  expect(paywall.message.length).toBeLessThanOrEqual(280)
  expect(`${paywall.title}${paywall.message}${paywall.action?.label ?? ''}`).not.toMatch(/[<>\p{Cc}]/u)
  for (const text of [
    paywall.title,
    paywall.message,
    paywall.action?.label,
    ...(paywall.plans ?? []).map((plan) => plan.name),
  ]) {
    if (text !== undefined) expect(isMachineText(text)).toBe(false)
  }
  for (const date of [paywall.usage?.resetsAt, paywall.graceEndsAt, paywall.timestamp]) {
    // Kept verbatim when ISO 8601, else converted by toISOString: either way a day that exists.
    if (date !== undefined)
      expect(isRealIsoDate(date) || isRealIsoDate(date.replace(/\.\d+Z$/, 'Z'))).toBe(true)
  }
  if (paywall.action) {
    expectClean(paywall.action, keys.action ?? [])
    expect(safeHref(paywall.action.url, options)).toBe(paywall.action.url)
  }
  // Only a bare origin, named for a dropped action, that listing would have made a link.
  if (paywall.refusedActionOrigin !== undefined) {
    expect(paywall.action).toBeUndefined()
    expect(new URL(paywall.refusedActionOrigin).origin).toBe(paywall.refusedActionOrigin)
    expect(paywall.refusedActionOrigin).toMatch(/^https?:\/\/[^/?#@\s]+$/)
    expect(safeHref(paywall.refusedActionOrigin, options)).toBeUndefined()
    const listed = [...(options.allowedOrigins ?? []), paywall.refusedActionOrigin]
    expect(safeHref(paywall.refusedActionOrigin, { ...options, allowedOrigins: listed })).toBeDefined()
  }
  for (const plan of paywall.plans ?? []) expectClean(plan, keys.plan ?? [])
  if (paywall.usage) {
    expectClean(paywall.usage, keys.usage ?? [])
    expect(paywall.usage.used).toBeGreaterThanOrEqual(0)
    expect(paywall.usage.limit).toBeGreaterThanOrEqual(0)
    expect(paywall.usage.used).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
    expect(paywall.usage.limit).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
  }
  if (paywall.support) expectClean(paywall.support, keys.support ?? [])
  // Every link the UI may render, not only the action, has passed `safeHref` with the same options.
  for (const href of [paywall.docUrl, paywall.support?.url]) {
    if (href !== undefined) expect(safeHref(href, options)).toBe(href)
  }
  if (paywall.retryAfter !== undefined) {
    expect(paywall.retryAfter).toBeGreaterThanOrEqual(0)
    expect(paywall.retryAfter).toBeLessThanOrEqual(maxRetryAfter)
  }
  if (paywall.price) {
    expectClean(paywall.price, keys.price ?? [])
    if (paywall.price.amount !== undefined) expect(paywall.price.amount).toMatch(/^\d+(\.\d+)?$/)
    if (paywall.price.currency !== undefined) expect(paywall.price.currency).toMatch(/^[A-Z]{3}$/)
    expect(`${paywall.price.network ?? ''}${paywall.price.description ?? ''}`).not.toMatch(/[<>\p{Cc}]/u)
  }
}

/** Jargon and machine text that servers and HTTP clients put where a title, message, label or name belongs. */
const junkCopy = [
  '402 Payment Required',
  '402',
  'Error',
  'Payment Required',
  'HTTP/1.1 402 Payment Required',
  'Request failed with status code 402',
  'AxiosError: Request failed with status code 402',
  '[POST] "/api/reports": 402 Payment Required',
  'Failed to fetch',
  '[object Object]',
  'null',
  'undefined',
  "TypeError: Cannot read properties of undefined (reading 'plan')\n    at render (app.js:10:5)",
  'at foo (file.js:1:2)',
  'Error: boom\n    at Object.<anonymous> (/srv/app/index.js:12:9)',
  'charge@https://app.example.com/assets/index-3f2a.js:1:2048',
  'Traceback (most recent call last):\n  File "app.py", line 3, in <module>',
  'java.lang.NullPointerException at com.acme.Billing.charge(Billing.java:42)',
  "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'db.plans' doesn't exist",
  'ERROR: relation "plans" does not exist',
  "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'FROM plans' at line 1",
  'duplicate key value violates unique constraint "subscriptions_pkey"',
  '{"error":{"message":"Your plan has expired."}}',
  '[{"code":402,"message":"Your plan has expired."}]',
  "{'error': 'Your plan has expired.'}",
  'SUBSCRIPTION_EXPIRED',
]

/** Link targets that are no URL or path: what a server writes when a value is missing or wrong. */
const junkLinks = ['null', 'undefined', '#', '?', 'notaurl', 'billing', '<b>hi</b>', 'NaN', '[object Object]']

/** Days no calendar has, in the forms servers write dates. */
const impossibleDates = [
  '2026-02-30',
  '2026-02-29',
  '2025-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-12-00',
  '2026-12-01T25:00:00Z',
  '2026-12-01T10:60:00Z',
  '2026-12-01T10:00:00+25:00',
  'Mon, 30 Feb 2026 00:00:00 GMT',
  'February 30, 2026',
  '31 Apr 2026',
]

/** Counts no quota has: too large to be exact, not finite, or not numbers at all. */
const impossibleCounts = [
  1e308,
  Number.MAX_VALUE,
  2 ** 53,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  -1,
  '1e308',
  '9'.repeat(400),
]

/** The same junk as a server may wrap it: padded, in markup, in entities. */
const wrapped = (junk: fc.Arbitrary<string>) =>
  fc
    .tuple(junk, fc.constantFrom('%s', ' %s ', '<p>%s</p>', '<b>%s</b>\n'))
    .map(([text, shape]) => shape.replace('%s', text))

/** Strings that look like what servers and attackers send, plus anything at all. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/',
    'https://user:pw@billing.example.com/',
    'https://billing.example.com/renew',
    '/billing',
    '__proto__',
    'constructor',
    '<img src=x onerror=alert(1)>',
    '402 Payment Required',
    'SUBSCRIPTION_EXPIRED',
    'Your subscription has expired.',
    '2026-11-28T00:00:00Z',
    ...junkCopy,
    ...junkLinks,
    ...impossibleDates,
  ),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
)

const fieldName = fc.constantFrom(
  'error',
  'message',
  'code',
  'title',
  'detail',
  'action',
  'resolution',
  'url',
  'upgrade_url',
  'renewal_url',
  'plans',
  'usage',
  'used',
  'limit',
  'support',
  'request_id',
  'timestamp',
  'retry_after',
  'grace_ends_at',
  'doc_url',
  'type',
  'success',
  'status',
  'errors',
  'x402Version',
  '__proto__',
  'constructor',
  'prototype',
)

const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.dictionary(fc.oneof(fieldName, fc.string()), tie('value'), { maxKeys: 8 }),
})).value

const headers = fc.dictionary(
  fc.constantFrom(
    'content-type',
    'retry-after',
    'request-id',
    'x-request-id',
    'payment-required',
    'www-authenticate',
    'x-other',
  ),
  fc.oneof(
    hostileString,
    fc.constantFrom('application/json', 'text/html', 'application/problem+json', 'text/plain'),
    fc.base64String(),
  ),
)

const status = fc.oneof(fc.constant(402), fc.integer({ min: 100, max: 599 }))

describe('given arbitrary input', () => {
  it('should never throw, and give a well-formed paywall for every 402', () => {
    fc.assert(
      fc.property(status, headers, fc.oneof(hostileJson, hostileString), (status, headers, body) => {
        const options = { base, allowedOrigins }
        const paywall = parsePaymentRequired({ status, headers, body }, options)
        if (status !== 402) {
          expect(paywall).toBeNull()
          return
        }
        expect(paywall).not.toBeNull()
        if (paywall) expectWellFormed(paywall, options)
      }),
      { numRuns: 2000 },
    )
  })

  it('should never throw for JSON text, whatever the content type', () => {
    fc.assert(
      fc.property(fc.json(), headers, (body, headers) => {
        const paywall = parsePaymentRequired({ status: 402, headers, body })
        if (paywall) expectWellFormed(paywall)
      }),
      { numRuns: 1000 },
    )
  })

  it('should never throw for arbitrary errors given to toPaymentRequired', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true }), (error) => {
        const paywall = toPaymentRequired(error)
        if (paywall) expectWellFormed(paywall)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('given the hostile corpus where copy, links, dates and counts belong', () => {
  const expired = defaultReasonMessages.subscription_expired

  it('should fall back to the default title, message and action label, and drop junk plan names', () => {
    fc.assert(
      fc.property(
        wrapped(fc.constantFrom(...junkCopy)),
        wrapped(fc.constantFrom(...junkCopy)),
        fc.constantFrom(...junkCopy),
        fc.constantFrom(...junkCopy),
        fc.boolean(),
        (title, message, label, plan, nested) => {
          const fields = {
            code: 'SUBSCRIPTION_EXPIRED',
            title,
            message,
            action: { url: '/billing', label },
            plans: [{ id: 'pro', name: plan }],
          }
          const paywall = parsePaymentRequired(
            { status: 402, body: nested ? { error: fields } : fields },
            { base },
          )
          expect(paywall?.title).toBe(expired.title)
          expect(paywall?.message).toBe(expired.message)
          expect(paywall?.action).toEqual({ url: 'https://app.example.com/billing', label: expired.action })
          expect(paywall?.plans).toBeUndefined()
          if (paywall) expectWellFormed(paywall, { base })
        },
      ),
      { numRuns: 500 },
    )
  })

  it('should drop link targets that are no URL or path, with a base or without one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...junkLinks), fc.boolean(), fc.boolean(), (url, nested, withBase) => {
        const options = { base: withBase ? base : '' }
        const paywall = parsePaymentRequired({ status: 402, body: linkedBody(url, nested) }, options)
        expect(paywall?.action).toBeUndefined()
        expect(paywall?.docUrl).toBeUndefined()
        expect(paywall?.support?.url).toBeUndefined()
        if (paywall) expectWellFormed(paywall, options)
      }),
    )
  })

  it('should drop impossible dates rather than roll them over into the next month', () => {
    fc.assert(
      fc.property(fc.constantFrom(...impossibleDates), (day) => {
        const paywall = parsePaymentRequired({
          status: 402,
          body: {
            code: 'QUOTA_EXCEEDED',
            usage: { used: 100, limit: 100, resets_at: day },
            grace_ends_at: day,
            timestamp: day,
          },
        })
        expect(paywall?.usage).toEqual({ used: 100, limit: 100 })
        expect(paywall?.graceEndsAt).toBeUndefined()
        expect(paywall?.timestamp).toBeUndefined()
      }),
    )
  })

  it('should drop usage whose counts are not finite or beyond any real quota', () => {
    fc.assert(
      fc.property(fc.constantFrom(...impossibleCounts), fc.boolean(), (value, asUsed) => {
        const usage = asUsed ? { used: value, limit: 100 } : { used: 10, limit: value }
        const paywall = parsePaymentRequired({ status: 402, body: { code: 'QUOTA_EXCEEDED', usage } })
        expect(paywall?.usage).toBeUndefined()
        if (paywall) expectWellFormed(paywall)
      }),
    )
  })

  it('should cap retryAfter, from the body or the header, in seconds or as a date', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(1e308, Number.MAX_VALUE, Number.POSITIVE_INFINITY, '9'.repeat(400)),
          fc.double({ min: maxRetryAfter, noNaN: true }),
        ),
        (retryAfter) => {
          expect(parsePaymentRequired({ status: 402, body: { retry_after: retryAfter } })?.retryAfter).toBe(
            maxRetryAfter,
          )
        },
      ),
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('9'.repeat(400), 'Fri, 31 Dec 9999 23:59:59 GMT'),
          fc.bigInt({ min: BigInt(maxRetryAfter) }).map(String),
        ),
        (header) => {
          const paywall = parsePaymentRequired({ status: 402, headers: { 'retry-after': header } })
          expect(paywall?.retryAfter).toBe(maxRetryAfter)
        },
      ),
    )
  })
})

describe('given a body that tries prototype pollution', () => {
  it('should copy nothing but known fields and pollute nothing', () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        const text = `{"__proto__":{"polluted":1,"title":"pwned"},"constructor":{"prototype":{"polluted":1}},"action":{"__proto__":{"url":"https://evil.example"}},"x":${JSON.stringify(value) ?? 'null'}}`
        const paywall = parsePaymentRequired({ status: 402, body: text })
        expect(paywall).not.toBeNull()
        if (paywall) expectWellFormed(paywall)
        expect(paywall?.action).toBeUndefined()
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        expect(Object.prototype).not.toHaveProperty('polluted')
      }),
      { numRuns: 300 },
    )
  })
})

/** Pieces that make relative references tricky: dot segments, slashes, backslashes, encoded dots, colons. */
const urlPiece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '.',
    '..',
    '%2e',
    '%2E%2e',
    '/',
    '//',
    '\\',
    '/\\',
    ':',
    'javascript:',
    '@',
    '?',
    '#',
    'evil.example',
  ),
)
const relativeUrl = fc
  .tuple(
    fc.constantFrom('', '/', '#', '?', './', '../', '.\\', '/./', '/a/../'),
    fc.array(urlPiece, { maxLength: 6 }),
  )
  .map(([start, pieces]) => start + pieces.join(''))

/** Every place a body can put a link: an action, a doc URL, a support page, in the error object or at the top. */
const linkedBody = (url: string, nested: boolean) => {
  const links = { action: { url, label: 'Renew' }, doc_url: url, support: { email: 'help@example.com', url } }
  return nested
    ? { error: { code: 'SUBSCRIPTION_EXPIRED', ...links } }
    : { code: 'SUBSCRIPTION_EXPIRED', ...links }
}

describe('given hostile URLs in every link field of a body', () => {
  it('should only return links that pass safeHref with the same options', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileString, relativeUrl),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (url, nested, withBase, withAllowed) => {
          const options = {
            base: withBase ? base : undefined,
            allowedOrigins: withAllowed ? allowedOrigins : undefined,
          }
          const paywall = parsePaymentRequired({ status: 402, body: linkedBody(url, nested) }, options)
          expect(paywall).not.toBeNull()
          if (paywall) expectWellFormed(paywall, options)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('given any string as a URL', () => {
  it('should only ever return http(s) URLs without credentials on an allowed origin or the base origin', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString,
          fc.webUrl(),
          fc.string().map((path) => `/${path}`),
          fc.string().map((s) => `//${s}`),
          relativeUrl,
        ),
        fc.boolean(),
        fc.boolean(),
        (url, withBase, withAllowed) => {
          const href = safeHref(url, {
            base: withBase ? base : undefined,
            allowedOrigins: withAllowed ? allowedOrigins : undefined,
          })
          if (href === undefined) return
          expect(href).not.toMatch(/[\s\p{Cc}]/u)
          const parsed = new URL(href, 'https://no-base.invalid')
          expect(['http:', 'https:']).toContain(parsed.protocol)
          expect(parsed.username + parsed.password).toBe('')
          if (!withBase && !/^[a-z][a-z\d+.-]*:/i.test(url.trim())) {
            // Kept relative: from any page it must stay on that page's origin.
            expect(href).not.toMatch(/^([a-z][a-z\d+.-]*:|[/\\]{2}|\\)/i)
            for (const page of [
              'https://app.example.com/a/b/c',
              'http://localhost:3000/',
              'https://x.example/?q#f',
            ]) {
              const resolved = new URL(href, page)
              expect(resolved.origin).toBe(new URL(page).origin)
              expect(resolved.username + resolved.password).toBe('')
            }
          }
          if (withAllowed) {
            expect([...allowedOrigins, new URL(base).origin, 'https://no-base.invalid']).toContain(
              parsed.origin,
            )
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})

/** `WWW-Authenticate` values built from the pieces of L402, MPP and other challenges, broken at random. */
const challengeHeader = fc
  .array(
    fc.oneof(
      fc.constantFrom('L402', 'LSAT', 'Payment', 'Bearer', 'Basic', ',', ' ', '=', '"', '\\', '\t'),
      fc.constantFrom('macaroon=', 'invoice=', 'request=', 'method=', 'description=', 'id=', 'realm='),
      fc.constantFrom(
        'lnbc2500u1pvjluezpp5qqqsyq',
        'lntb1',
        'lnbc99999999999999999999999m1',
        'eyJhbW91bnQiOiIxMDAwIn0',
      ),
      fc.base64String(),
      fc.string(),
      fc.json().map((json) => btoa(unescape(encodeURIComponent(json)))),
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''))

describe('given arbitrary WWW-Authenticate challenges', () => {
  it('should never throw, and give a well-formed paywall with no raw invoice or macaroon', () => {
    fc.assert(
      fc.property(challengeHeader, fc.oneof(hostileJson, hostileString), (challenge, body) => {
        const paywall = parsePaymentRequired({
          status: 402,
          headers: { 'www-authenticate': challenge },
          body,
        })
        expect(paywall).not.toBeNull()
        if (paywall) expectWellFormed(paywall)
        expect(JSON.stringify(paywall?.price ?? {})).not.toMatch(/lnbc|lntb|eyJ/)
      }),
      { numRuns: 2000 },
    )
  })

  it('should stay fast on huge and hostile headers and bodies', () => {
    const huge = [
      `L402 macaroon="${'A'.repeat(1_000_000)}", invoice="lnbc${'q'.repeat(1_000_000)}"`,
      `Payment request="${'e30'.repeat(400_000)}"`,
      `${'Payment a="\\'.repeat(100_000)}`,
      `${',='.repeat(500_000)}`,
      'L402 '.repeat(200_000),
    ]
    for (const challenge of huge) {
      const started = performance.now()
      const paywall = parsePaymentRequired({
        status: 402,
        headers: { 'www-authenticate': challenge, 'payment-required': 'e30'.repeat(300_000) },
        body: { errors: Array(100_000).fill({ message: 'x', extensions: { code: 'PAYMENT_REQUIRED' } }) },
      })
      expect(performance.now() - started).toBeLessThan(500)
      expect(paywall).toMatchObject({ status: 402 })
    }
  })
})

/** An error-like object whose chosen properties are getters that throw, and whose links may loop back. */
const hostileError = fc
  .record({
    shape: fc.anything({ maxDepth: 2 }),
    throwing: fc.subarray([
      'response',
      'data',
      'status',
      'statusCode',
      'cause',
      'lastError',
      'meta',
      'errors',
      'graphQLErrors',
      'responseBody',
      'responseHeaders',
      'bodyText',
      'headers',
      'body',
      'message',
    ]),
    status: fc.constantFrom(402, 200, 207, 403, 500, undefined),
    loop: fc.constantFrom('cause', 'lastError', 'response', 'data', 'meta', 'none'),
  })
  .map(({ shape, throwing, status, loop }) => {
    const error: Record<string, unknown> = {
      status,
      data: { httpStatus: status, code: 'PAYMENT_REQUIRED' },
      errors: [{ message: 'Pay', extensions: { code: 'PAYMENT_REQUIRED' } }],
      response: { status, data: shape, headers: shape },
      shape,
    }
    if (loop !== 'none') error[loop] = error
    for (const key of throwing) {
      Object.defineProperty(error, key, {
        enumerable: true,
        get() {
          throw new Error(`getter ${key}`)
        },
      })
    }
    return error
  })

describe('given error objects with throwing getters or cycles', () => {
  it('should never throw from toPaymentRequired or paywallRetry, nor reject from readPaywallError', async () => {
    await fc.assert(
      fc.asyncProperty(hostileError, async (error) => {
        const paywall = toPaymentRequired(error)
        if (paywall) expectWellFormed(paywall)
        expect(typeof paywallRetry(0, error)).toBe('boolean')
        const read = await readPaywallError(error)
        if (read) expectWellFormed(read)
      }),
      { numRuns: 500 },
    )
  })

  it('should never throw for a Response whose body is huge or broken, read or not', async () => {
    const broken = new Response(
      new ReadableStream({
        pull(controller) {
          controller.error(new Error('connection reset'))
        },
      }),
      { status: 402, headers: { 'x-request-id': 'req_broken' } },
    )
    const huge = new Response('x'.repeat(5_000_000), { status: 402 })
    for (const response of [broken, huge]) {
      const error = { name: 'HTTPError', response }
      expect(toPaymentRequired(error)).toMatchObject({ status: 402, reason: 'payment_required' })
      expect(await readPaywallError(error)).toMatchObject({ status: 402, reason: 'payment_required' })
    }
  })
})
