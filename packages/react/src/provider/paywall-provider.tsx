import {
  type Classify,
  createPaywallStore,
  type DialectAdapter,
  type ParseOptions,
  type PaywallEvent,
  type PaywallReason,
} from '@paywall-kit/core'
import { type QueryClient, QueryClientContext } from '@tanstack/react-query'
import * as React from 'react'
import { type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { devtoolsHubOf } from '../devtools/devtools-hub'
import { localizeOnEntry } from '../i18n/localize-paywall'
import { MessagesContext, mergeMessages, type PaywallMessagesOverride } from '../i18n/messages'
import type { ServerCopy } from '../i18n/server-copy'
import { createUnlockRegistry } from '../internal/unlock-registry'
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect'
import {
  type CrossTabOption,
  type CrossTabSync,
  createCrossTabSync,
  crossTabChannelName,
} from '../query/cross-tab'
import { createPaywallQueryBridge } from '../query/paywall-query-bridge'
import type { ThresholdStorage } from '../usage-meter/threshold-ledger'
import { BillingContext, type BillingOptions } from './billing-context'
import {
  PaywallBridgeContext,
  type PaywallBridgeContextValue,
  usePaywallBridge,
} from './paywall-bridge-context'
import { PaywallContext, type PaywallContextValue } from './paywall-context'
import { warmFormatters } from './warm-formatters'
import { warnRefusedOriginOnEntry } from './warn-refused-origin'

export interface PaywallProviderProps extends BillingOptions {
  /**
   * The app's QueryClient whose QueryCache and MutationCache are watched for 402s. Never replaced
   * or reconfigured: the kit only subscribes.
   * @default the client of the nearest `QueryClientProvider`
   */
  queryClient?: QueryClient
  /**
   * Other origins that action, support and docs links may point to (exact origins, e.g.
   * `https://billing.acme.com`). Relative links and URLs on the page's own origin are always allowed;
   * any other origin must be listed, IDN look-alikes included (`https://xn--pple-43d.com` is not
   * `https://apple.com`). Without it, links to other origins are dropped (a development warning names
   * the entry to add).
   * @default undefined (the page's own origin only)
   */
  allowedOrigins?: string[]
  /** Treat other responses as paywalls, e.g. a 403 `{ code: "out_of_credit" }`. See `Classify` in core. */
  classify?: Classify
  /** Any string of the kit's components, per section; `reasons` sets the copy per paywall reason. */
  messages?: PaywallMessagesOverride
  /**
   * Server codes (compared case-insensitively) mapped to reasons, tried before the built-in ones,
   * e.g. `{ PLAN_LIMIT: 'quota_exceeded' }`. The copy per reason is `messages.reasons`.
   * @default undefined (only the built-in codes)
   */
  reasonCodes?: Record<string, PaywallReason>
  /** Extra 402 body shapes, tried before the built-in dialects. */
  adapters?: DialectAdapter[]
  /**
   * Telemetry: `paywall_shown`, `paywall_dismissed`, `action_clicked`, `paywall_resolved`, … Only
   * observes (nothing the kit does depends on it); errors it throws are swallowed.
   * @default undefined
   */
  onEvent?: (event: PaywallEvent) => void
  /**
   * BCP 47 locale for numbers and dates in every component below, and the UI's language that
   * `serverCopy: 'auto'` compares the server's copy with.
   * @default undefined (the user's locale for numbers and dates; English for `serverCopy`)
   */
  locale?: string
  /**
   * Whether the server's own title, message and action label are shown (when they are human) instead
   * of the kit's copy for the reason (`messages.reasons`), decided per paywall as it arrives:
   * - `'auto'`: only when the server's copy is in the UI's language: the response's `Content-Language`
   *   or a `lang`/`language`/`locale` field of its body has the same primary language as `locale`
   *   (`de-DE` matches `de`). Copy whose language the server does not say counts as English (the
   *   language of the kit's default copy), so it is shown only when `locale` is English or not set.
   * - `true`: always (a server that answers in the user's language without saying so).
   * - `false`: never.
   * Either way the title, message and action label come from one source, so a translated UI never
   * shows an English sentence under a translated title.
   * @default 'auto'
   */
  serverCopy?: ServerCopy
  /**
   * Let a locked feature re-throw its 402 (a `PaymentRequiredError`) from `useFeatureAccess` and
   * `FeatureLock` to the nearest error boundary. The kit never does this unless asked.
   * @default false
   */
  throwOnError?: boolean
  /**
   * Keep the app's open tabs in step, through a `BroadcastChannel` (or `localStorage` events where it is
   * missing): a payment (`resolve()`) or a refetch that unlocks a feature in one tab makes every other
   * tab recheck its paywalled queries quietly, so they unlock too without a reload, and "Not now" in
   * one tab closes the same paywall in the others. Messages carry only a type and query/feature keys,
   * never a paywall body. `true` uses the channel `'paywall-kit'`; a string names the channel (apps
   * sharing an origin); `false` keeps each tab to itself.
   * @default true
   */
  crossTab?: CrossTabOption
  /**
   * Where usage meters remember the thresholds they reached, per meter and period, so a reload never
   * announces one again and a crossing since the last visit is announced once: any `{ get(key),
   * set(key, value) }` of strings (see `ThresholdStorage`); `null` turns the ledger off. A meter's own
   * `thresholdStorage` wins.
   * @default `localStorage` in the browser, none on the server
   */
  thresholdStorage?: ThresholdStorage | null
  children?: ReactNode
}

/**
 * Watches the app's own TanStack Query client for 402s and shares one paywall store with the hooks
 * and components below. A 402 fails fast (one request, whatever the app's retry), locks its
 * feature and opens one modal; other errors keep the app's own behaviour.
 *
 * One provider per QueryClient: when several watch the same client, a provider nested in another
 * on that client leaves it to the outer one, and otherwise the first to mount owns it; the others
 * stay passive (a development warning names them) until the owner unmounts.
 */
export function PaywallProvider({
  queryClient,
  allowedOrigins,
  classify,
  messages,
  reasonCodes,
  adapters,
  onEvent,
  locale,
  serverCopy = 'auto',
  throwOnError = false,
  crossTab = true,
  thresholdStorage,
  billingUrl,
  onAction,
  canManageBilling,
  billingOwner,
  onRequestAccess,
  accessReturnsInstantly,
  children,
}: PaywallProviderProps) {
  const contextClient = useContext(QueryClientContext)
  const client = queryClient ?? contextClient ?? null

  const parentMessages = useContext(MessagesContext)
  const mergedMessages = useMemo(() => mergeMessages(parentMessages, messages), [parentMessages, messages])

  // Core reads an option left `undefined` as not given. No `messages`: a paywall is localised where
  // it enters the store (`localizeOnEntry`), whichever way it was parsed.
  const parseOptions = useMemo<ParseOptions>(
    () => ({ allowedOrigins, classify, reasonCodes, adapters }),
    [allowedOrigins, classify, reasonCodes, adapters],
  )

  // The latest props, for the store's and the bridge's callbacks, which outlive a render. A layout
  // effect, so that the children's effects of the same commit (a meter's threshold event) see them.
  const latest = useRef({ onEvent, parseOptions, reasonMessages: mergedMessages.reasons, locale, serverCopy })
  useIsomorphicLayoutEffect(() => {
    latest.current = { onEvent, parseOptions, reasonMessages: mergedMessages.reasons, locale, serverCopy }
  }, [onEvent, parseOptions, mergedMessages.reasons, locale, serverCopy])

  const crossTabSync = useRef<CrossTabSync | null>(null)
  // `onEvent` only observes: user actions reach the bridge through `usePaywallActions`.
  const [store] = useState(() => {
    const localized = localizeOnEntry(
      warnRefusedOriginOnEntry(
        createPaywallStore({
          onEvent: (event) => {
            // The event log of `@paywall-kit/devtools`; removed from production builds.
            if (process.env.NODE_ENV !== 'production') devtoolsHubOf(localized).record(event)
            // A "Not now" this tab only repeats for another tab is the app's event once, there.
            if (crossTabSync.current && !crossTabSync.current.observe(event)) return
            latest.current.onEvent?.(event)
          },
        }),
        () => latest.current.parseOptions.allowedOrigins,
      ),
      () => latest.current.reasonMessages,
      () => ({ locale: latest.current.locale, serverCopy: latest.current.serverCopy }),
    )
    return localized
  })

  const bridge = useMemo(
    () =>
      client
        ? createPaywallQueryBridge(client, store, () => latest.current.parseOptions, {
            describe: describeProvider,
          })
        : null,
    [client, store],
  )
  // A provider nested in another on the same client leaves the client to the outer one.
  const nestedOnSameClient = usePaywallBridge().client === client && client !== null

  // A layout effect: children's queries start fetching in their passive effects, and the first
  // fetch must already see the fail-fast retry.
  useIsomorphicLayoutEffect(() => {
    if (!bridge) {
      if (process.env.NODE_ENV !== 'production') {
        console.warn(
          '[paywall-kit] `PaywallProvider` found no QueryClient: pass `queryClient` or render it inside ' +
            '`QueryClientProvider`. Only 402s reported by hand reach the paywall until then.',
        )
      }
      return
    }
    if (nestedOnSameClient) {
      if (process.env.NODE_ENV !== 'production') {
        console.warn(
          '[paywall-kit] A `PaywallProvider` is nested in another `PaywallProvider` on the same ' +
            'QueryClient. The outer one keeps the client: its 402s open only the outer provider’s ' +
            'paywall (modal, locks, onEvent), and this one stays passive. Remove the inner provider ' +
            '(pass its `messages` to the components instead), or give it its own `queryClient`.' +
            describeProvider(),
        )
      }
      return
    }
    return bridge.connect()
  }, [bridge, nestedOnSameClient])

  // ICU's start-up happens while the page is idle, not in the render of the first paywall.
  useEffect(() => warmFormatters(locale), [locale])

  const crossTabName = crossTabChannelName(crossTab)
  useEffect(() => {
    if (crossTabName === null) return
    const sync = createCrossTabSync(crossTabName, store, client)
    crossTabSync.current = sync
    const disconnect = sync.connect()
    return () => {
      disconnect()
      if (crossTabSync.current === sync) crossTabSync.current = null
    }
  }, [crossTabName, store, client])

  const [unlockControls] = useState(createUnlockRegistry)
  const context = useMemo<PaywallContextValue>(
    () => ({ store, parseOptions, locale, unlockControls, thresholdStorage }),
    [store, parseOptions, locale, unlockControls, thresholdStorage],
  )
  const bridgeContext = useMemo<PaywallBridgeContextValue>(
    () => ({ client, bridge, throwOnError }),
    [client, bridge, throwOnError],
  )

  // Its own context: inline callbacks (`onAction={() => …}`) re-render only the parts that use them.
  const billing = useMemo<BillingOptions>(
    () => ({ billingUrl, onAction, canManageBilling, billingOwner, onRequestAccess, accessReturnsInstantly }),
    [billingUrl, onAction, canManageBilling, billingOwner, onRequestAccess, accessReturnsInstantly],
  )

  return (
    <PaywallContext.Provider value={context}>
      <PaywallBridgeContext.Provider value={bridgeContext}>
        <MessagesContext.Provider value={mergedMessages}>
          <BillingContext.Provider value={billing}>{children}</BillingContext.Provider>
        </MessagesContext.Provider>
      </PaywallBridgeContext.Provider>
    </PaywallContext.Provider>
  )
}

/**
 * Which component rendered the provider (React 19's owner stack, development only), for the warning
 * when two providers watch one client.
 */
function describeProvider(): string {
  const capture = (React as { captureOwnerStack?: () => string | null }).captureOwnerStack
  const stack = capture?.()
  return stack ? `\nThis provider was rendered by:${stack}` : ''
}
