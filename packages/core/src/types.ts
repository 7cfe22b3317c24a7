/** Why the server asked for payment. Every 402 maps to exactly one reason. */
export type PaywallReason =
  /** Paid plan lapsed (renewal failed past grace, cancelled and ended). */
  | 'subscription_expired'
  /** A charge or renewal was declined (Stripe `card_error`, `CARD_DECLINED`, …). */
  | 'payment_failed'
  /** Account suspended for an unpaid invoice. */
  | 'invoice_unpaid'
  | 'trial_ended'
  /** The plan's usage limit was reached (requests/day, seats, …). */
  | 'quota_exceeded'
  /** Prepaid balance too low (credits, balance, top up). */
  | 'insufficient_credits'
  /** The feature needs a higher plan. */
  | 'upgrade_required'
  /** Anything else: generic, still actionable. */
  | 'payment_required'

/** How often a plan is billed. */
export type PaywallPlanInterval = 'day' | 'week' | 'month' | 'year'

/** A plan offered as a way out of the paywall. */
export interface PaywallPlan {
  id?: string
  name: string
  /** Display price as the server wrote it, e.g. `"$10/month"`; shown when there is no `amount`. */
  price?: string
  /** Price per `interval` in whole units of `currency` (`10` for $10.00), formatted with `Intl.NumberFormat`. */
  amount?: number
  /** ISO 4217 code in upper case, e.g. `"USD"`. */
  currency?: string
  /** How often the plan is billed; none for a one-off purchase. */
  interval?: PaywallPlanInterval
  /** Where to buy this plan. The URL has passed `safeHref`. */
  url?: string
  /** The plan the account is on now: shown as such, never offered as the choice. */
  current?: boolean
  /** The plan the server suggests: chosen until the user picks another. */
  recommended?: boolean
}

/** Who can pay for the account, when the viewer cannot: shown as "Ask {name} to …". */
export interface PaywallBillingOwner {
  name?: string
  email?: string
}

/** Metered usage that caused (or comes with) the paywall. */
export interface PaywallUsage {
  used: number
  limit: number
  unit?: string
  /** ISO 8601 time the quota resets. */
  resetsAt?: string
}

/** The one next step offered to the user. The URL has passed `safeHref`. */
export interface PaywallAction {
  url: string
  label: string
}

/**
 * The price a machine-payment challenge asks (x402, L402, MPP), made safe to show: never a raw
 * invoice, macaroon or token address. Show it in words with `formatPrice`.
 */
export interface PaywallPrice {
  /** Amount in whole units as a plain decimal string, so nothing is rounded: `"0.01"`, `"150"`. */
  amount?: string
  /** ISO 4217 code in upper case when the price is in money: `"USD"`. */
  currency?: string
  /** What is paid otherwise: a token symbol (`"USDC"`) or `"sats"` (Lightning). */
  asset?: string
  /** Where it is paid, as people call it: `"Base"`, `"Base Sepolia"`, `"Lightning"`, `"Tempo"`. */
  network?: string
  /** What the payment is for, as the server described it, in plain text. */
  description?: string
}

/** Support contact taken from the body. URLs have passed `safeHref`. */
export interface PaywallSupport {
  email?: string
  url?: string
}

/** A 402 response, understood: what happened, in human words, and what the user can do next. */
export interface PaymentRequired {
  /** HTTP status that produced it (402, or what `classify` accepted). */
  status: number
  reason: PaywallReason
  /** The server's own code, verbatim. */
  code?: string
  /** Short human heading; never "402" / "Payment Required" jargon. */
  title: string
  /** Human sentence: the server's message when it is human, else the default for `reason`. */
  message: string
  /** Only URLs that passed `safeHref`. */
  action?: PaywallAction
  /**
   * The origin of the action link the body asked for, when that link was dropped only because its
   * origin is not in `allowedOrigins` (e.g. `"https://pay.example.com"`; an IDN host in punycode, as it
   * must be listed). Never rendered: it is there for a development warning that names the entry to add.
   * Absent when the action was kept, or dropped as unsafe or not a link (`javascript:`, `//host`, `null`).
   */
  refusedActionOrigin?: string
  plans?: PaywallPlan[]
  usage?: PaywallUsage
  /** ISO 8601 end of the grace period, while access continues. */
  graceEndsAt?: string
  /** Which feature is locked, when known. */
  feature?: string
  requestId?: string
  timestamp?: string
  docUrl?: string
  support?: PaywallSupport
  /** Seconds, from `Retry-After` / `retry_after`; at most 2,147,483 (about 24.8 days, `setTimeout`'s longest delay). */
  retryAfter?: number
  /** The price asked by a machine-payment challenge (x402, L402, MPP), when it says one. */
  price?: PaywallPrice
  /**
   * Whether access returns as soon as the payment goes through, as the body says
   * (`access_returns_instantly` / `instant_access: true`). Only then does the modal promise it.
   */
  accessReturnsInstantly?: boolean
  /** Who can pay for the account (`billing_owner`, `billing_admin`, `account_owner`), when the body names them. */
  billingOwner?: PaywallBillingOwner
  /**
   * The language of the server's copy (title, message, action label) as a canonical BCP 47 tag
   * (`"de"`, `"pt-BR"`): a `lang`, `language` or `locale` field of the body (error object first),
   * else the `Content-Language` header. Absent when the server did not say.
   */
  language?: string
  /** Which body shape was recognised: `'flat' | 'nested' | 'envelope' | 'problem+json' | 'stripe' | 'x402' | 'l402' | 'mpp' | 'graphql' | 'html' | 'text' | 'empty' | …`. */
  dialect: string
}

/** The copy shown for one reason. */
export interface ReasonCopy {
  title: string
  message: string
  /** Label of the primary action button. */
  action: string
}

/** Copy per reason; any subset may be overridden. */
export type ReasonMessages = { [R in PaywallReason]?: Partial<ReasonCopy> }

/** What `parsePaymentRequired` is given: a status, headers and a body that is raw text or parsed JSON. */
export interface PaymentRequiredInput {
  status: number
  headers?: HeadersInit
  body?: unknown
}

/**
 * Decides whether a response is a paywall, overriding the default (only 402 is).
 * Return `true` to treat it as one, a reason to treat it as one with that reason,
 * `false` to declare it not one, or `undefined` to keep the default.
 */
export type Classify = (response: {
  status: number
  headers: Headers
  body: unknown
}) => boolean | PaywallReason | undefined

/**
 * An extra body shape. Return `null` when the body is not yours; otherwise the fields you
 * found (reason, message, … as raw server values) and the dialect name.
 */
export type DialectAdapter = (response: {
  status: number
  headers: Headers
  body: unknown
}) => (Partial<Omit<PaymentRequired, 'dialect'>> & { dialect: string }) | null

/** Options for `parsePaymentRequired`, `readPaymentRequired`, `toPaymentRequired`. */
export interface ParseOptions {
  /** See `Classify`. @default undefined (only a 402 is a paywall) */
  classify?: Classify
  /**
   * Exact origins, besides the app's own (from `base`), that action/support/doc URLs may be on.
   * Absolute URLs on any other origin are dropped, IDN look-alikes included; without a `base` (on a
   * server) every absolute URL must be listed. Relative paths are kept either way.
   * @default undefined (the app's own origin only)
   */
  allowedOrigins?: string[]
  /** Base URL that relative action URLs are resolved against. @default globalThis.location?.href */
  base?: string
  /** Copy per reason, overriding the English defaults. @default defaultReasonMessages */
  messages?: ReasonMessages
  /**
   * Your server's codes (compared case-insensitively) mapped to reasons, tried before the built-in
   * table: `{ SEATS_FULL: 'upgrade_required' }`. Not the copy per reason: that is `messages`.
   * @default {}
   */
  reasonCodes?: Record<string, PaywallReason>
  /** Extra dialect adapters, tried before the built-in ones; their values are validated like any body's. @default [] */
  adapters?: DialectAdapter[]
  /**
   * Whether the server's own title, message and action label are shown when they are human.
   * Set `false` to always use `messages` (e.g. in a translated UI whose server speaks English).
   * @default true
   */
  serverCopy?: boolean
}

/** Where a 402 came from. */
export type PaywallSource = 'query' | 'mutation' | 'manual'

/** One 402 reported to the store. */
export interface PaywallReport {
  /** Unique per report. */
  id: string
  paywall: PaymentRequired
  /** The locked feature: from `meta.paywallFeature`, else the body, else none. */
  feature?: string
  source: PaywallSource
  /** Identifies the request (e.g. TanStack's query hash) so that `resolve` can refetch it once. */
  key?: string
  /** For mutations: replays the failed call when the user presses "Try again". Never called automatically. */
  retry?: () => unknown
}

/** Options for `store.report`. */
export interface ReportOptions {
  /** The feature to lock (e.g. the query's `meta.paywallFeature`). @default the body's feature, else none */
  feature?: string
  /** Where the 402 came from. @default 'manual' */
  source?: PaywallSource
  /**
   * Identifies the request (e.g. TanStack's query hash): a later report with the same key replaces
   * this one, and `resolve` refetches it once. @default undefined (each report stands alone)
   */
  key?: string
  /**
   * For mutations: replays the failed call when the user presses "Try again"; never called
   * automatically. @default undefined
   */
  retry?: () => unknown
  /**
   * Whether the user caused this request (opened the feature, pressed a button).
   * A paywall that was dismissed, or closed because the user followed its action link, reopens only
   * for interactive reports; others lock the feature quietly.
   * @default true
   */
  interactive?: boolean
}

/** The paywall store's state. Immutable: a new object whenever anything changes. */
export interface PaywallState {
  /** The paywall shown: the most specific of the reports merged into it; `null` when none. */
  current: PaymentRequired | null
  /** Whether the modal should be open. */
  isOpen: boolean
  /** How many reports were merged into `current` since it opened. */
  count: number
  /** Locked features and the paywall that locked each. Frozen; a new object only when locks change. */
  locks: Readonly<Record<string, PaymentRequired>>
  /** Reports not yet resolved (one per `key`; the latest wins). */
  reports: readonly PaywallReport[]
  /** Whether the user dismissed the current paywall ("Not now"). */
  dismissed: boolean
  /** The feature of the report `current` came from (`ReportOptions.feature`, else the body's), when known. */
  feature?: string
}

/** Telemetry event types. */
export type PaywallEventType =
  | 'paywall_shown'
  | 'paywall_dismissed'
  | 'action_clicked'
  | 'paywall_resolved'
  | 'threshold_crossed'
  | 'grace_banner_shown'

/** A telemetry event: a business event, never an error. */
export interface PaywallEvent {
  type: PaywallEventType
  /** Epoch milliseconds. */
  at: number
  reason?: PaywallReason
  feature?: string
  code?: string
  requestId?: string
  /** For `paywall_shown`: reports merged; for `paywall_resolved`: queries refetched. */
  count?: number
  /** For `threshold_crossed`: the threshold (0–1) crossed upward. */
  threshold?: number
  /** For `threshold_crossed`: what the meter measures. */
  label?: string
  paywall?: PaymentRequired
}

/** Usage meter level, from the thresholds crossed. */
export type UsageLevel = 'ok' | 'notice' | 'warning' | 'critical' | 'exceeded'

/** Grace period state: `active` (days to spare), `expiring` (ends soon), `expired` (access lost). */
export type GraceState = 'active' | 'expiring' | 'expired'

/** Framework-agnostic paywall state: dedupes reports, keeps locks per feature, emits telemetry. */
export interface PaywallStore {
  /** The current state (same object until something changes), for `useSyncExternalStore`. */
  getSnapshot(): PaywallState
  /** Called after every change. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /**
   * Subscribe to one slice: `listener` runs only when `selector`'s result changes by `isEqual`
   * (default `Object.is`). Returns the unsubscribe function.
   */
  select<T>(
    selector: (state: PaywallState) => T,
    listener: (slice: T) => void,
    isEqual?: (a: T, b: T) => boolean,
  ): () => void
  /** Report a 402. Reports arriving together become one open paywall. */
  report(paywall: PaymentRequired, options?: ReportOptions): PaywallReport
  /** Open the paywall again on user action, for a locked feature or the current paywall. */
  open(feature?: string): void
  /** "Not now": close the modal; locks stay; it does not reopen by itself. */
  dismiss(): void
  /**
   * The user followed the action link (e.g. "Renew"): emits `action_clicked` and closes the modal,
   * so it does not cover the page that takes the payment. This is not a dismissal: no
   * `paywall_dismissed`, `dismissed` stays as it was. Locks stay, and until the paywall opens again,
   * reports with `interactive: false` only lock their feature (no pop-up while the user pays);
   * a user action (`open()`, an interactive report) shows it again.
   */
  followAction(): void
  /**
   * Close the modal without the meaning of "Not now", e.g. for "Try again": no event, and `dismissed`
   * and the locks stay as they were.
   */
  close(): void
  /** Payment done: clear locks and the paywall; returns the reports so the adapter refetches each once. */
  resolve(): readonly PaywallReport[]
  /** Forget reports of one key (e.g. a query that later succeeded); unlocks features no longer locked. */
  clear(key: string): void
  /** Emit a telemetry event through the store's `onEvent` (used by components: thresholds, banners). */
  emit(event: Omit<PaywallEvent, 'at'> & { at?: number }): void
}

/** Options for `createPaywallStore`. */
export interface PaywallStoreOptions {
  /**
   * Telemetry callback. Exceptions it throws are swallowed (telemetry never breaks the app).
   * @default undefined (no telemetry)
   */
  onEvent?: (event: PaywallEvent) => void
  /** Clock, for tests. @default Date.now */
  now?: () => number
}
