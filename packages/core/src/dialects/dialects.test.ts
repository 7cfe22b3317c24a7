import { describe, expect, it } from 'vitest'
import { parsePaymentRequired } from '../parse-payment-required'
import { defaultReasonMessages } from '../reason-messages'

const base = 'https://app.example.com/'
/** The other origins the bodies below link to: absolute URLs elsewhere are kept only when listed. */
const listed = {
  allowedOrigins: [
    'https://billing.example.com',
    'https://docs.example.com',
    'https://example.com',
    'https://stripe.com',
  ],
}
const json = { 'content-type': 'application/json' }

describe('given a flat body', () => {
  it('should read message, upgrade URL, plans, usage, grace end and feature', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        headers: json,
        body: {
          error: 'Payment Required',
          message: 'You have used all 3 reports included in the free plan this month.',
          upgrade_url: '/billing/upgrade?plan=pro',
          plans: [{ id: 'pro', name: 'Pro', price: '$29/month' }, 'Team', { price: 5 }, { name: '' }],
          usage: { used: '3', limit: 3, unit: 'reports', resets_at: '2026-12-01T00:00:00Z' },
          grace_period_expires_at: '2026-11-28T00:00:00Z',
          feature: 'reports',
        },
      },
      { base },
    )
    expect(paywall).toEqual({
      status: 402,
      reason: 'quota_exceeded',
      title: defaultReasonMessages.quota_exceeded.title,
      message: 'You have used all 3 reports included in the free plan this month.',
      action: { url: 'https://app.example.com/billing/upgrade?plan=pro', label: 'Upgrade plan' },
      plans: [{ id: 'pro', name: 'Pro', price: '$29/month' }, { name: 'Team' }],
      usage: { used: 3, limit: 3, unit: 'reports', resetsAt: '2026-12-01T00:00:00Z' },
      graceEndsAt: '2026-11-28T00:00:00Z',
      feature: 'reports',
      dialect: 'flat',
    })
  })

  it('should read usage given at the top level', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { code: 'limit_reached', used: 10, limit: 10 },
    })
    expect(paywall?.usage).toEqual({ used: 10, limit: 10 })
  })

  it('should drop usage that is negative, not a number, or missing its limit', () => {
    for (const usage of [
      { used: -1, limit: 5 },
      { used: 'lots', limit: 5 },
      { used: 1 },
      { used: 1, limit: null },
    ]) {
      expect(parsePaymentRequired({ status: 402, body: { usage } })).not.toHaveProperty('usage')
    }
  })

  it('should convert HTTP dates and epoch seconds to ISO 8601', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { grace_ends_at: 1795824000, timestamp: 'Wed, 25 Nov 2026 10:00:00 GMT' },
    })
    expect(paywall?.graceEndsAt).toBe('2026-11-28T00:00:00.000Z')
    expect(paywall?.timestamp).toBe('2026-11-25T10:00:00.000Z')
  })

  it('should keep ISO 8601 dates as written, a date alone included', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        used: 3,
        limit: 3,
        resets_at: '2026-12-01',
        grace_ends_at: '2026-11-28T00:00:00.123+09:00',
        timestamp: '2026-11-25T10:00:00Z',
      },
    })
    expect(paywall?.usage?.resetsAt).toBe('2026-12-01')
    expect(paywall?.graceEndsAt).toBe('2026-11-28T00:00:00.123+09:00')
    expect(paywall?.timestamp).toBe('2026-11-25T10:00:00Z')
  })

  it('should drop a date with anything after its ISO 8601 form, such as markup in a (comment)', () => {
    const markup = '(<img src onerror=alert(1)>)'
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        used: 3,
        limit: 3,
        resets_at: `2026-12-01${markup}`,
        grace_ends_at: '2026-11-28junk',
        timestamp: '2026-11-25 10:00Z(<b>hi</b>)',
      },
    })
    // Date.parse would read these as dates (the second one in June), markup and all.
    expect(paywall?.usage).toEqual({ used: 3, limit: 3 })
    expect(paywall?.graceEndsAt).toBeUndefined()
    expect(paywall?.timestamp).toBeUndefined()
    expect(JSON.stringify(paywall)).not.toMatch(/<|junk/)
  })

  it('should drop dates that are not dates', () => {
    const paywall = parsePaymentRequired({ status: 402, body: { graceEndsAt: 'next week', timestamp: {} } })
    expect(paywall).not.toHaveProperty('graceEndsAt')
    expect(paywall).not.toHaveProperty('timestamp')
  })
})

describe('given a nested error body', () => {
  it('should read the error object, its resolution and the top-level request id', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        body: {
          error: {
            status: 402,
            code: 'INSUFFICIENT_CREDITS',
            message: 'This export needs 40 credits and you have 12.',
            details: 'Credits renew on the 1st.',
            action: { url: 'https://billing.example.com/topup', text: 'Top up credits' },
          },
          request_id: 'req_42',
        },
      },
      listed,
    )
    expect(paywall).toMatchObject({
      reason: 'insufficient_credits',
      code: 'INSUFFICIENT_CREDITS',
      message: 'This export needs 40 credits and you have 12.',
      action: { url: 'https://billing.example.com/topup', label: 'Top up credits' },
      requestId: 'req_42',
      dialect: 'nested',
    })
  })
})

describe('given a success:false envelope', () => {
  it('should read code, message, retry_after, doc_url, request id and timestamp', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        body: {
          success: false,
          error: 'payment_method_required',
          message: 'Add a payment method to keep using the API.',
          retry_after: 60,
          doc_url: 'https://docs.example.com/errors/payment_method_required',
          request_id: 'req_env',
          timestamp: '2026-05-25T12:34:56Z',
        },
      },
      listed,
    )
    expect(paywall).toMatchObject({
      reason: 'payment_failed',
      code: 'payment_method_required',
      message: 'Add a payment method to keep using the API.',
      retryAfter: 60,
      docUrl: 'https://docs.example.com/errors/payment_method_required',
      requestId: 'req_env',
      timestamp: '2026-05-25T12:34:56Z',
      dialect: 'envelope',
    })
  })
})

describe('given a {status, code, message, action, support} body', () => {
  it('should read the action link and the support contact', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        body: {
          status: 402,
          code: 'TRIAL_EXPIRED',
          message: 'Your 14-day trial is over.',
          action: { type: 'link', url: 'https://example.com/plans', text: 'Pick a plan' },
          support: { email: 'help@example.com', url: 'https://example.com/support' },
        },
      },
      listed,
    )
    expect(paywall).toMatchObject({
      reason: 'trial_ended',
      code: 'TRIAL_EXPIRED',
      action: { url: 'https://example.com/plans', label: 'Pick a plan' },
      support: { email: 'help@example.com', url: 'https://example.com/support' },
      dialect: 'status-code',
    })
  })

  it('should drop a support email that is not an address', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { status: 402, code: 'X', support: { email: 'javascript:alert(1)//@x' } },
    })
    expect(paywall).not.toHaveProperty('support')
  })
})

describe('given RFC 9457 problem+json', () => {
  it('should use title and detail as the copy and an http type as the doc URL', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: 'https://example.com/probs/out-of-credit',
          title: 'You do not have enough credit.',
          status: 402,
          detail: 'Your current balance is 30, but that costs 50.',
          instance: '/account/12345/msgs/abc',
        },
      },
      listed,
    )
    expect(paywall).toMatchObject({
      reason: 'insufficient_credits',
      title: 'You do not have enough credit.',
      message: 'Your current balance is 30, but that costs 50.',
      docUrl: 'https://example.com/probs/out-of-credit',
      dialect: 'problem+json',
    })
  })

  it('should recognise it without the content type and ignore about:blank', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { type: 'about:blank', title: 'Payment Required', detail: 'Your trial has ended.' },
    })
    expect(paywall).toMatchObject({
      reason: 'trial_ended',
      title: defaultReasonMessages.trial_ended.title,
      dialect: 'problem+json',
    })
    expect(paywall).not.toHaveProperty('docUrl')
  })
})

describe('given a Stripe card error', () => {
  it('should read it as a failed payment with its code and doc URL', () => {
    const paywall = parsePaymentRequired(
      {
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'insufficient_funds',
            message: 'Your card has insufficient funds.',
            doc_url: 'https://stripe.com/docs/error-codes/card-declined',
            request_log_url: 'https://dashboard.stripe.com/logs/req_x',
          },
        },
      },
      listed,
    )
    expect(paywall).toMatchObject({
      reason: 'payment_failed',
      code: 'card_declined',
      message: 'Your card has insufficient funds.',
      docUrl: 'https://stripe.com/docs/error-codes/card-declined',
      dialect: 'stripe',
    })
  })
})

describe('given an OpenAI-style error', () => {
  it('should read its message and take the type as the code when code is null', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        error: {
          message: 'You exceeded your current quota, please check your plan and billing details.',
          type: 'insufficient_quota',
          param: null,
          code: null,
        },
      },
    })
    expect(paywall).toMatchObject({
      reason: 'quota_exceeded',
      code: 'insufficient_quota',
      message: 'You exceeded your current quota, please check your plan and billing details.',
      dialect: 'openai',
    })
  })
})

describe('given a JSON:API {errors: […]} body', () => {
  it('should read the first error', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: { errors: [{ status: '402', code: 'plan_upgrade_required', title: 'Upgrade to Business' }] },
    })
    expect(paywall).toMatchObject({
      reason: 'upgrade_required',
      code: 'plan_upgrade_required',
      title: 'Upgrade to Business',
      dialect: 'errors',
    })
  })
})

describe('given x402', () => {
  it('should read a v1 body', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: {
        x402Version: 1,
        error: 'X-PAYMENT header is required',
        accepts: [{ scheme: 'exact', network: 'base-sepolia', maxAmountRequired: '10000', payTo: '0xabc' }],
      },
    })
    expect(paywall).toMatchObject({
      reason: 'payment_required',
      title: defaultReasonMessages.payment_required.title,
      message: defaultReasonMessages.payment_required.message,
      dialect: 'x402',
    })
  })

  it('should read a v2 PAYMENT-REQUIRED header in base64 JSON', () => {
    const header = btoa(
      JSON.stringify({
        x402Version: 2,
        error: 'insufficient_funds',
        resource: { url: 'https://api.example.com/premium', description: 'Premium data' },
        accepts: [{ scheme: 'exact', network: 'eip155:8453', amount: '10000' }],
      }),
    )
    const paywall = parsePaymentRequired({ status: 402, headers: { 'PAYMENT-REQUIRED': header }, body: '' })
    expect(paywall).toMatchObject({ code: 'insufficient_funds', reason: 'payment_failed', dialect: 'x402' })
  })

  it('should still be a paywall when the header is not base64 JSON', () => {
    const paywall = parsePaymentRequired({ status: 402, headers: { 'payment-required': '%%%not base64' } })
    expect(paywall).toMatchObject({ reason: 'payment_required', dialect: 'x402' })
  })
})

describe('given an HTML page', () => {
  it('should use the first human heading as plain text and ignore links and scripts', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!doctype html><html><head><title>402 Payment Required</title><script>alert(1)</script></head>
        <body><h1 class="x"><img src=x onerror=alert(1)>Your trial has <em>ended</em> &amp; more</h1>
        <a href="javascript:alert(1)">Pay</a><p>Body copy is never shown.</p></body></html>`,
    })
    expect(paywall).toMatchObject({
      reason: 'trial_ended',
      title: 'Your trial has ended & more',
      message: defaultReasonMessages.trial_ended.message,
      dialect: 'html',
    })
    expect(paywall).not.toHaveProperty('action')
  })

  it('should recognise HTML sent as text/plain', () => {
    const paywall = parsePaymentRequired({ status: 402, body: '  <h1>Upgrade to Pro</h1>' })
    expect(paywall).toMatchObject({ dialect: 'html', title: 'Upgrade to Pro', reason: 'upgrade_required' })
  })

  it('should fall back to the default copy for a page with no headings', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-type': 'text/html' },
      body: '<html><body><p>Pay us</p>',
    })
    expect(paywall).toMatchObject({ dialect: 'html', title: defaultReasonMessages.payment_required.title })
  })

  it('should stay fast on an unclosed or hostile page', () => {
    const body = `<h1 ${'a'.repeat(300)}${'<h1>'.repeat(5000)}<title>${'<'.repeat(30_000)}`
    const paywall = parsePaymentRequired({ status: 402, headers: { 'content-type': 'text/html' }, body })
    expect(paywall?.dialect).toBe('html')
  })
})

describe('given plain text', () => {
  it('should use a human sentence as the message', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: 'Your account is past due. Please pay invoice #42.',
    })
    expect(paywall).toMatchObject({
      reason: 'invoice_unpaid',
      message: 'Your account is past due. Please pay invoice #42.',
      dialect: 'text',
    })
  })

  it('should replace "Payment Required" with the default copy', () => {
    const paywall = parsePaymentRequired({ status: 402, body: '402 Payment Required' })
    expect(paywall).toMatchObject({
      dialect: 'text',
      message: defaultReasonMessages.payment_required.message,
    })
  })

  // The shape of the mock billing API's text/plain 402, and of many plain-text APIs.
  const renewBody = [
    'Your subscription has expired. Renew it to see your reports again.',
    'Renew subscription: https://billing.example.com/renew?plan=pro',
    'reason=subscription_expired request_id=req_9 time=2026-05-25T12:34:56Z',
    '',
  ].join('\n')

  it('should show the first paragraph as the message, never the key=value line or the URL', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-type': 'text/plain' },
      body: renewBody,
    })
    expect(paywall).toMatchObject({
      reason: 'subscription_expired',
      message: 'Your subscription has expired. Renew it to see your reports again.',
      dialect: 'text',
    })
    expect(paywall?.message).not.toMatch(/=|https?:/)
  })

  it('should offer a labelled URL line as the action', () => {
    const paywall = parsePaymentRequired({ status: 402, body: renewBody }, listed)
    expect(paywall?.action).toEqual({
      url: 'https://billing.example.com/renew?plan=pro',
      label: 'Renew subscription',
    })
  })

  it('should offer a labelled root-relative path, with Windows line breaks too', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: 'Your free trial has ended.\r\nPick a plan: /billing?upgrade=reports\r\n',
    })
    expect(paywall).toMatchObject({
      reason: 'trial_ended',
      message: 'Your free trial has ended.',
      action: { url: '/billing?upgrade=reports', label: 'Pick a plan' },
    })
  })

  it('should check the action like any other: allowed origins, no script URLs', () => {
    const allowedOrigins = ['https://billing.acme.com']
    expect(parsePaymentRequired({ status: 402, body: renewBody }, { allowedOrigins })?.action).toBeUndefined()
    const script = parsePaymentRequired({
      status: 402,
      body: 'Your plan has ended.\nRenew: javascript:alert(1)',
    })
    expect(script?.action).toBeUndefined()
    const sneaky = parsePaymentRequired({
      status: 402,
      body: 'Your plan has ended.\nRenew: //evil.example/pay',
    })
    expect(sneaky?.action).toBeUndefined()
  })

  it('should use the default label when the server copy is turned off', () => {
    const paywall = parsePaymentRequired({ status: 402, body: renewBody }, { ...listed, serverCopy: false })
    expect(paywall?.action).toEqual({
      url: 'https://billing.example.com/renew?plan=pro',
      label: defaultReasonMessages.subscription_expired.action,
    })
  })

  it('should not take a URL inside a sentence as the action, nor show that sentence', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: 'Your trial has ended.\n\nPick a plan at https://acme.example/plans to continue.',
    })
    expect(paywall?.message).toBe('Your trial has ended.')
    expect(paywall?.action).toBeUndefined()
  })

  it('should skip a jargon heading for the first human paragraph', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: '402 Payment Required\n\nYour credit balance is too low.\nTop up to keep generating reports.',
    })
    expect(paywall).toMatchObject({
      reason: 'insufficient_credits',
      message: 'Your credit balance is too low. Top up to keep generating reports.',
    })
  })

  it('should cut a long paragraph after the last whole sentence that fits', () => {
    const sentence = 'Your workspace has used every report it may run this month on the free plan.'
    const paywall = parsePaymentRequired({ status: 402, body: Array(6).fill(sentence).join(' ') })
    expect(paywall?.message).toBe(Array(3).fill(sentence).join(' '))
  })

  it('should not show a paragraph whose first sentence is already too long', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      body: `Your quota is exceeded because ${'the workspace ran many reports and '.repeat(10)}so on`,
    })
    expect(paywall?.message).toBe(defaultReasonMessages.quota_exceeded.message)
  })

  it('should not show a long text dump, only learn the reason from it', () => {
    const body = `Error: quota exceeded\n${'    at handler (server.js:1:1)\n'.repeat(40)}`
    const paywall = parsePaymentRequired({ status: 402, body })
    expect(paywall).toMatchObject({
      reason: 'quota_exceeded',
      message: defaultReasonMessages.quota_exceeded.message,
    })
  })
})

describe('given no body', () => {
  it.each([undefined, null, '', '  \n'])('should give a generic paywall for %j', (body) => {
    expect(parsePaymentRequired({ status: 402, body })).toEqual({
      status: 402,
      reason: 'payment_required',
      title: defaultReasonMessages.payment_required.title,
      message: defaultReasonMessages.payment_required.message,
      dialect: 'empty',
    })
  })

  it.each([[[1, 2]], [42], [true], ['"a JSON string"']])(
    'should give a generic paywall for JSON %j',
    (body) => {
      expect(parsePaymentRequired({ status: 402, body })?.reason).toBe('payment_required')
    },
  )
})
