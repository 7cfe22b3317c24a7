import {
  type ParseOptions,
  type PaymentRequired,
  PaymentRequiredError,
  type PaywallPlan,
  type PaywallReason,
  parsePaymentRequired,
} from '@paywall-kit/core'

/** What `paymentRequiredError` puts in the 402 body. */
export interface PaymentRequiredErrorOptions {
  /** Why payment is needed. @default 'payment_required' */
  reason?: PaywallReason
  /** The server's human message. @default the reason's English copy */
  message?: string
  /** The server's own code. @default the reason in upper case */
  code?: string
  /** The feature the 402 locks (a query's `meta.paywallFeature` wins over it). @default undefined */
  feature?: string
  /** The next step's URL and label. @default undefined (no action link) */
  action?: { url: string; label?: string }
  /** Plans offered. @default undefined */
  plans?: PaywallPlan[]
  /** Metered usage. @default undefined */
  usage?: { used: number; limit: number; unit?: string; resetsAt?: string }
  /** ISO 8601 end of a grace period. @default undefined */
  graceEndsAt?: string
  /** Sent as the body's `request_id` and the `Request-Id` header. @default undefined */
  requestId?: string
}

/** Options of `paymentRequiredErrorFromBody`. */
export interface PaymentRequiredErrorFromBodyOptions {
  /** @default 402 */
  status?: number
  /** Response headers, e.g. `WWW-Authenticate` for L402 or `PAYMENT-REQUIRED` for x402. @default {} */
  headers?: HeadersInit
  /**
   * The parse options your `PaywallProvider` uses (`classify`, `reasonCodes`,
   * `adapters`, `allowedOrigins`), when the body needs them to be a paywall. @default {}
   */
  parseOptions?: ParseOptions
}

/**
 * A `PaymentRequiredError` as `paywallFetch` rejects with, from a body of your own (any dialect the kit
 * reads: an object is sent as JSON, a string as it is). Its `response` is a real, unread `Response`,
 * so the provider reads it exactly like one from the network. Throws a `TypeError` when the kit would
 * not take this response for a paywall (e.g. a 403 without `classify`).
 *
 * @example
 * queryFn: () => { throw paymentRequiredErrorFromBody({ error: { code: 'PLAN_LIMIT' } }) }
 */
export function paymentRequiredErrorFromBody(
  body: unknown,
  { status = 402, headers, parseOptions = {} }: PaymentRequiredErrorFromBodyOptions = {},
): PaymentRequiredError {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
  const responseHeaders = new Headers(headers)
  if (typeof body === 'object' && body !== null && !responseHeaders.has('content-type')) {
    responseHeaders.set('content-type', 'application/json')
  }
  const parsedBody = typeof body === 'string' || body === undefined ? text : body
  const paywall: PaymentRequired | null = parsePaymentRequired(
    { status, headers: responseHeaders, body: parsedBody },
    parseOptions,
  )
  if (!paywall) {
    throw new TypeError(
      `[paywall-kit] paymentRequiredErrorFromBody: a ${status} with this body is no paywall for the kit. ` +
        'Use status 402, or pass the `classify` your provider uses in `parseOptions`.',
    )
  }
  // A null body for the statuses that cannot have one; the body text for every other.
  const response = new Response(text === '' ? null : text, { status, headers: responseHeaders })
  return new PaymentRequiredError(paywall, response)
}

/**
 * A `PaymentRequiredError` for a 402 of the given reason, as `paywallFetch` rejects with: a real
 * `Response` with a JSON body (`{ error: { code, reason, message, … }, request_id }`), parsed by the
 * kit. Throw it from a query function, or hand it to `report()`.
 *
 * @example
 * useQuery({ queryKey: ['reports'], queryFn: () => { throw paymentRequiredError({ reason: 'upgrade_required' }) } })
 */
export function paymentRequiredError(options: PaymentRequiredErrorOptions = {}): PaymentRequiredError {
  const {
    reason = 'payment_required',
    message,
    code,
    feature,
    action,
    plans,
    usage,
    graceEndsAt,
    requestId,
  } = options
  const body = {
    error: {
      code: code ?? reason.toUpperCase(),
      reason,
      ...(message === undefined ? {} : { message }),
      ...(feature === undefined ? {} : { feature }),
      ...(action === undefined ? {} : { action: { type: 'link', url: action.url, text: action.label } }),
      ...(plans === undefined ? {} : { plans }),
      ...(usage === undefined ? {} : { usage }),
      ...(graceEndsAt === undefined ? {} : { grace_period_ends_at: graceEndsAt }),
    },
    ...(requestId === undefined ? {} : { request_id: requestId }),
  }
  return paymentRequiredErrorFromBody(body, {
    headers: requestId === undefined ? undefined : { 'Request-Id': requestId },
  })
}
