import { describe, expect, it } from 'vitest'
import { seedFixtures } from '../../../fixtures/seed-fixtures'
import { parsePaymentRequired } from './parse-payment-required'
import { defaultReasonMessages } from './reason-messages'

const fixtures = seedFixtures.map((fixture) => [fixture.name, fixture] as const)

describe('given the seed 402 fixtures', () => {
  it('should find them all', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(9)
  })

  it.each(fixtures)('should read %s as its expect says', (_, fixture) => {
    // As an app would, list the origins the server links to: absolute URLs elsewhere are dropped by default.
    const allowedOrigins = JSON.stringify(fixture.body ?? '').match(/https?:\/\/[\w.-]+/g) ?? []
    const paywall = parsePaymentRequired(fixture, { allowedOrigins })
    const want = fixture.expect
    expect(paywall).not.toBeNull()
    if (!paywall) return
    expect(paywall.status).toBe(402)
    if (want.reason) expect(paywall.reason).toBe(want.reason)
    if (want.code) expect(paywall.code).toBe(want.code)
    if (want.requestId) expect(paywall.requestId).toBe(want.requestId)
    if (want.timestamp) expect(paywall.timestamp).toBe(want.timestamp)
    if (want.docUrl) expect(paywall.docUrl).toBe(want.docUrl)
    if (want.actionUrl) expect(paywall.action?.url).toBe(want.actionUrl)
    if (want.actionLabel) expect(paywall.action?.label).toBe(want.actionLabel)
    if (want.supportEmail) expect(paywall.support?.email).toBe(want.supportEmail)
    if (want.plans) expect(paywall.plans?.map((plan) => plan.name)).toEqual(want.plans)
    if (want.usage) expect(paywall.usage).toEqual(want.usage)
    if (want.dialect) expect(paywall.dialect).toBe(want.dialect)
    if (want.noMarkupInText) {
      expect(`${paywall.title} ${paywall.message}`).not.toMatch(/[<>]/)
      expect(paywall.action).toBeUndefined()
    }
  })

  it.each(fixtures)('should give %s a human title and message, never HTTP jargon', (_, fixture) => {
    const paywall = parsePaymentRequired(fixture)
    for (const text of [paywall?.title, paywall?.message]) {
      expect(text).toMatch(/\w+ \w+/)
      expect(text).not.toMatch(/^\W*(402\W*)?payment required\W*$/i)
      expect(text).not.toContain('402')
    }
  })
})

describe('given a status other than 402', () => {
  it.each([200, 400, 401, 403, 404, 409, 429, 500, 502, 503])('should say %i is not a paywall', (status) => {
    expect(
      parsePaymentRequired({ status, body: { code: 'insufficient_credits', message: 'Top up' } }),
    ).toBeNull()
  })
})

describe('given a classify option', () => {
  it('should accept a 403 out_of_credit as a paywall with the reason from its body', () => {
    const paywall = parsePaymentRequired(
      { status: 403, body: { code: 'out_of_credit', message: 'You have run out of credit.' } },
      {
        classify: ({ status, body }) =>
          status === 403 && (body as { code?: string }).code === 'out_of_credit',
      },
    )
    expect(paywall).toMatchObject({ status: 403, reason: 'insufficient_credits', code: 'out_of_credit' })
  })

  it('should accept a 429 insufficient_quota with the reason classify gives', () => {
    const paywall = parsePaymentRequired(
      {
        status: 429,
        body: {
          error: { message: 'You exceeded your current quota.', type: 'insufficient_quota', code: null },
        },
      },
      { classify: ({ status }) => (status === 429 ? 'quota_exceeded' : undefined) },
    )
    expect(paywall).toMatchObject({ status: 429, reason: 'quota_exceeded', code: 'insufficient_quota' })
  })

  it('should let the app declare a 402 not a paywall', () => {
    expect(parsePaymentRequired({ status: 402, body: {} }, { classify: () => false })).toBeNull()
  })

  it('should keep the default when classify returns undefined', () => {
    const classify = () => undefined
    expect(parsePaymentRequired({ status: 402 }, { classify })).not.toBeNull()
    expect(parsePaymentRequired({ status: 403 }, { classify })).toBeNull()
  })

  it('should keep the default when classify throws', () => {
    const classify = () => {
      throw new Error('bug in the app')
    }
    expect(parsePaymentRequired({ status: 402 }, { classify })?.reason).toBe('payment_required')
    expect(parsePaymentRequired({ status: 500 }, { classify })).toBeNull()
  })

  it('should ignore a reason classify made up and read the body instead', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { code: 'TRIAL_EXPIRED' } },
      { classify: () => 'not_a_reason' as never },
    )
    expect(paywall?.reason).toBe('trial_ended')
  })
})

describe('given the server message', () => {
  it('should keep a human sentence', () => {
    const paywall = parsePaymentRequired({ status: 402, body: { message: 'Your trial has ended.' } })
    expect(paywall?.message).toBe('Your trial has ended.')
  })

  it('should keep the words on either side of a line break apart', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-type': 'text/plain' },
      body: 'Your subscription has ended.\nRenew it to see reports again.',
    })
    expect(paywall?.message).toBe('Your subscription has ended. Renew it to see reports again.')
  })

  it.each([
    'Payment Required',
    '402 Payment Required',
    'Error 402: Payment required',
    'HTTP 402',
    'SUBSCRIPTION_EXPIRED',
    'subscription_expired',
    '   ',
    '<b></b>',
    'Request failed with status code 402',
    '[object Object]',
    "TypeError: Cannot read properties of undefined (reading 'plan')\n    at render (app.js:10:5)",
    'Your plan is over at foo (file.js:1:2)',
    'ERROR: relation "subscriptions" does not exist',
    "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'db.plans' doesn't exist",
    '{"error":{"message":"Your subscription has expired."}}',
  ])('should replace %j with the default copy for the reason', (message) => {
    const paywall = parsePaymentRequired({ status: 402, body: { code: 'SUBSCRIPTION_EXPIRED', message } })
    expect(paywall?.message).toBe(defaultReasonMessages.subscription_expired.message)
    expect(paywall?.title).toBe(defaultReasonMessages.subscription_expired.title)
  })

  it('should cut a long message at a word boundary to at most 280 characters', () => {
    const message = `Your plan has ended. ${'Please renew your plan to continue. '.repeat(200)}`
    const paywall = parsePaymentRequired({ status: 402, body: { message } })
    expect(paywall?.message.length).toBeLessThanOrEqual(280)
    expect(paywall?.message).toMatch(/^Your plan has ended\. Please renew/)
    expect(paywall?.message).toMatch(/\w…$/)
  })

  it('should show markup inside a JSON message as plain text only', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { message: '<b>Your trial</b> has <a href="javascript:alert(1)">ended</a>.<script>x</script>' },
    })
    expect(paywall?.message).not.toMatch(/[<>]/)
    expect(paywall?.message).toContain('Your trial has ended')
  })

  it('should remove control and bidirectional override characters', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { message: 'Your trial\u0000 has \u202eended\u0007.' },
    })
    expect(paywall?.message).toBe('Your trial has ended.')
  })
})

describe('given server copy for a button or a plan', () => {
  it('should keep a human label and plan name, even of one word', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { action: { url: '/billing', label: 'Renew' }, plans: [{ name: 'Pro' }] } },
      { base: 'https://app.example.com/' },
    )
    expect(paywall?.action?.label).toBe('Renew')
    expect(paywall?.plans).toEqual([{ name: 'Pro' }])
  })

  it.each(['402 Payment Required', '402', 'Error', 'Payment Required', '[object Object]', 'UPGRADE_NOW'])(
    'should label the action with the default instead of %j and drop a plan so named',
    (junk) => {
      const paywall = parsePaymentRequired(
        {
          status: 402,
          body: {
            code: 'SUBSCRIPTION_EXPIRED',
            action: { url: '/billing', label: junk },
            plans: [{ name: junk }],
          },
        },
        { base: 'https://app.example.com/' },
      )
      expect(paywall?.action?.label).toBe(defaultReasonMessages.subscription_expired.action)
      expect(paywall?.plans).toBeUndefined()
    },
  )
})

describe('given impossible dates and counts', () => {
  it('should drop a day its month does not have instead of rolling it over (2026-02-30 is not March 2)', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        usage: { used: 5, limit: 5, resets_at: '2026-02-30' },
        grace_ends_at: 'Mon, 30 Feb 2026 10:00:00 GMT',
      },
    })
    expect(paywall?.usage).toEqual({ used: 5, limit: 5 })
    expect(paywall?.graceEndsAt).toBeUndefined()
  })

  it('should keep the 29th of February in a leap year', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        usage: { used: 5, limit: 5, resets_at: '2028-02-29' },
        grace_ends_at: 'Tue, 29 Feb 2028 10:00:00 GMT',
      },
    })
    expect(paywall?.usage?.resetsAt).toBe('2028-02-29')
    expect(paywall?.graceEndsAt).toBe('2028-02-29T10:00:00.000Z')
  })

  it('should drop usage of 1e308, beyond any exact count', () => {
    expect(
      parsePaymentRequired({ status: 402, body: { usage: { used: 1e308, limit: 100 } } }),
    ).not.toHaveProperty('usage')
  })
})

describe('given response headers', () => {
  it('should surface Retry-After in seconds', () => {
    expect(parsePaymentRequired({ status: 402, headers: { 'Retry-After': '120' } })?.retryAfter).toBe(120)
  })

  it('should turn a Retry-After date into seconds from now, never negative', () => {
    const later = new Date(Date.now() + 3_600_000).toUTCString()
    const retryAfter =
      parsePaymentRequired({ status: 402, headers: { 'retry-after': later } })?.retryAfter ?? 0
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    const past = parsePaymentRequired({
      status: 402,
      headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' },
    })
    expect(past?.retryAfter).toBe(0)
  })

  it('should prefer the body retry_after over the header', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'retry-after': '5' },
      body: { retry_after: 30 },
    })
    expect(paywall?.retryAfter).toBe(30)
  })

  it('should ignore a Retry-After that is neither seconds nor a date', () => {
    expect(parsePaymentRequired({ status: 402, headers: { 'retry-after': 'soon' } })).not.toHaveProperty(
      'retryAfter',
    )
  })

  it('should use Request-Id or X-Request-Id when the body has no id', () => {
    expect(parsePaymentRequired({ status: 402, headers: { 'Request-Id': 'req_1' } })?.requestId).toBe('req_1')
    expect(parsePaymentRequired({ status: 402, headers: [['X-Request-Id', 'req_2']] })?.requestId).toBe(
      'req_2',
    )
  })

  it('should prefer the body request id over the header', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: new Headers({ 'x-request-id': 'from-header' }),
      body: { request_id: 'from-body' },
    })
    expect(paywall?.requestId).toBe('from-body')
  })

  it('should read the locked feature from a Paywall-Feature header whatever the body', () => {
    for (const [body, dialect] of [
      [undefined, 'empty'],
      ['Your trial has ended.', 'text'],
      ['<html><h1>Upgrade to Pro</h1></html>', 'html'],
      [{ x402Version: 1, error: 'insufficient_funds', accepts: [] }, 'x402'],
      [{ error: { code: 'PLAN_REQUIRED' } }, 'nested'],
    ]) {
      const paywall = parsePaymentRequired({ status: 402, headers: { 'Paywall-Feature': 'reports' }, body })
      expect(paywall).toMatchObject({ feature: 'reports', dialect })
    }
  })

  it('should prefer the body feature over the Paywall-Feature header', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'paywall-feature': 'from-header' },
      body: { feature: 'from-body' },
    })
    expect(paywall?.feature).toBe('from-body')
  })

  it('should show a Paywall-Feature header with markup as plain text, cut to 100 characters', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'paywall-feature': `<b>reports</b> ${'x'.repeat(200)}` },
    })
    expect(paywall?.feature).toBe('reports…')
  })

  it('should survive headers that the Headers constructor rejects', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'bad header': 'x', 'x-request-id': 'req_3', 'set-cookie': ['a', 'b'] } as never,
    })
    expect(paywall?.requestId).toBe('req_3')
  })
})

describe('given bodies in unexpected encodings', () => {
  it('should parse JSON sent as text/plain', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-type': 'text/plain' },
      body: '{"code":"card_declined","message":"Your card was declined."}',
    })
    expect(paywall).toMatchObject({ reason: 'payment_failed', code: 'card_declined', dialect: 'flat' })
  })

  it('should read non-JSON sent as application/json as text', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-type': 'application/json' },
      body: 'Your free trial has ended. Pick a plan to continue.',
    })
    expect(paywall).toMatchObject({ reason: 'trial_ended', dialect: 'text' })
    expect(paywall?.message).toBe('Your free trial has ended. Pick a plan to continue.')
  })

  it('should read truncated JSON as text without throwing', () => {
    const paywall = parsePaymentRequired({ status: 402, body: '{"error": {"code": "SUBSCRIPTION_EXP' })
    expect(paywall?.dialect).toBe('text')
  })

  it('should read bytes', () => {
    const body = new TextEncoder().encode('{"code":"insufficient_credits"}')
    expect(parsePaymentRequired({ status: 402, body })?.reason).toBe('insufficient_credits')
    expect(parsePaymentRequired({ status: 402, body: body.buffer })?.code).toBe('insufficient_credits')
  })

  it('should not parse a body over 64 KiB but still give a usable generic paywall', () => {
    const body = JSON.stringify({ code: 'card_declined', padding: 'x'.repeat(70_000) })
    const paywall = parsePaymentRequired({ status: 402, headers: { 'x-request-id': 'req_big' }, body })
    expect(paywall).toMatchObject({
      reason: 'payment_required',
      dialect: 'too-large',
      requestId: 'req_big',
      title: defaultReasonMessages.payment_required.title,
    })
    expect(paywall).not.toHaveProperty('code')
  })
})

describe('given app options', () => {
  it('should map the app’s own codes to reasons before the defaults, case-insensitively', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { code: 'SEATS_FULL' } },
      { reasonCodes: { seats_full: 'upgrade_required' } },
    )
    expect(paywall?.reason).toBe('upgrade_required')
  })

  it('should not read the code map under its old name `reasons` (the copy per reason is `messages`)', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { code: 'SEATS_FULL' } },
      // @ts-expect-error `reasons` is now `reasonCodes`
      { reasons: { seats_full: 'upgrade_required' } },
    )
    // The built-in table reads "seats full" as a quota.
    expect(paywall?.reason).toBe('quota_exceeded')
  })

  it('should use the app’s copy where the server gave none', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { code: 'card_declined' } },
      { messages: { payment_failed: { title: 'Paiement refusé' } } },
    )
    expect(paywall?.title).toBe('Paiement refusé')
    expect(paywall?.message).toBe(defaultReasonMessages.payment_failed.message)
  })

  it('should always use the app’s copy with serverCopy: false', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        body: {
          code: 'card_declined',
          message: 'Your card was declined.',
          action: { url: '/b', text: 'Fix it now' },
        },
      },
      {
        serverCopy: false,
        base: 'https://app.example/',
        messages: { payment_failed: { message: 'Votre carte a été refusée.', action: 'Mettre à jour' } },
      },
    )
    expect(paywall?.message).toBe('Votre carte a été refusée.')
    expect(paywall?.action).toEqual({ url: 'https://app.example/b', label: 'Mettre à jour' })
  })

  it('should try the app’s adapters first and validate what they return', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { kind: 'acme', why: 'seats' } },
      {
        adapters: [
          ({ body }) =>
            (body as { kind?: string }).kind === 'acme'
              ? {
                  dialect: 'acme',
                  reason: 'quota_exceeded',
                  message: 'All 5 seats are taken.',
                  action: { url: 'javascript:alert(1)', label: 'Buy seats' },
                  usage: { used: 5, limit: 5, unit: 'seats' },
                }
              : null,
        ],
      },
    )
    expect(paywall).toMatchObject({
      dialect: 'acme',
      reason: 'quota_exceeded',
      message: 'All 5 seats are taken.',
      usage: { used: 5, limit: 5, unit: 'seats' },
    })
    expect(paywall).not.toHaveProperty('action')
  })

  it('should fall back to the built-in dialects when an adapter throws', () => {
    const paywall = parsePaymentRequired(
      { status: 402, body: { code: 'TRIAL_ENDED' } },
      {
        adapters: [
          () => {
            throw new Error('adapter bug')
          },
        ],
      },
    )
    expect(paywall).toMatchObject({ reason: 'trial_ended', dialect: 'flat' })
  })
})

describe('given broken input', () => {
  it.each([undefined, null, 'x', 42])('should not throw for input %j', (input) => {
    expect(parsePaymentRequired(input as never)).toBeNull()
  })

  it('should read a 402 even when options is null', () => {
    expect(parsePaymentRequired({ status: 402 }, null as never)?.reason).toBe('payment_required')
  })

  it('should not throw when the body is a hostile proxy', () => {
    const body = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom')
        },
        get() {
          throw new Error('boom')
        },
      },
    )
    expect(parsePaymentRequired({ status: 402, body })).toMatchObject({
      status: 402,
      reason: 'payment_required',
    })
  })
})
