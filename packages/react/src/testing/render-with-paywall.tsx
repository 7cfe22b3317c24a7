import type { PaywallStore } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type RenderOptions, type RenderResult, render } from '@testing-library/react'
import type { ComponentType, ReactElement, ReactNode } from 'react'
import { usePaywallContext } from '../provider/paywall-context'
import { PaywallProvider, type PaywallProviderProps } from '../provider/paywall-provider'

/** Options of `renderWithPaywall`: Testing Library's `render` options, plus the provider's. */
export interface RenderWithPaywallOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** The client to render with. @default a new `createTestQueryClient()` for each call */
  queryClient?: QueryClient
  /** Props of the `PaywallProvider` (all but `queryClient` and `children`). @default {} */
  providerProps?: Omit<PaywallProviderProps, 'queryClient' | 'children'>
  /** Your app's own providers (router, theme), rendered inside the paywall provider. @default undefined */
  wrapper?: ComponentType<{ children: ReactNode }>
}

/** What `renderWithPaywall` returns: Testing Library's result, the client and the provider's store. */
export interface RenderWithPaywallResult extends RenderResult {
  /** The QueryClient the UI was rendered with. */
  queryClient: QueryClient
  /** The provider's paywall store: `store.getSnapshot()` has the current paywall, the locks and the reports. */
  store: PaywallStore
}

/**
 * A QueryClient configured like a real app's: TanStack's default `retry` (3), so a test proves that a
 * 402 is not retried while other errors still are, with a short `retryDelay` (10 ms) so those retries do
 * not slow the suite down. `gcTime: Infinity` keeps garbage-collection timers out of your tests.
 */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 3, retryDelay: 10, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retryDelay: 10 },
    },
  })
}

function StoreProbe({ found }: { found: (store: PaywallStore) => void }) {
  found(usePaywallContext('renderWithPaywall').store)
  return null
}

interface TestProvidersProps {
  queryClient: QueryClient
  providerProps: Omit<PaywallProviderProps, 'queryClient' | 'children'>
  inner: ComponentType<{ children: ReactNode }> | undefined
  found: (store: PaywallStore) => void
  children: ReactNode
}

function TestProviders({ queryClient, providerProps, inner: Inner, found, children }: TestProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <PaywallProvider {...providerProps} queryClient={queryClient}>
        <StoreProbe found={found} />
        {Inner ? <Inner>{children}</Inner> : children}
      </PaywallProvider>
    </QueryClientProvider>
  )
}

/**
 * Renders `ui` inside a `QueryClientProvider` and a `PaywallProvider`, with an isolated QueryClient
 * (see `createTestQueryClient`). Render `<PaywallModal />` in `ui` when the test looks at the modal.
 *
 * @example
 * const { store } = renderWithPaywall(<App />, { providerProps: { onEvent } })
 * expect(await findPaywall()).toHaveAccessibleName('Upgrade to unlock this feature')
 */
export function renderWithPaywall(
  ui: ReactElement,
  {
    queryClient = createTestQueryClient(),
    providerProps = {},
    wrapper: Inner,
    ...options
  }: RenderWithPaywallOptions = {},
): RenderWithPaywallResult {
  let store: PaywallStore | undefined
  const found = (provided: PaywallStore) => {
    store = provided
  }
  const result = render(ui, {
    ...options,
    wrapper: ({ children }) => (
      <TestProviders queryClient={queryClient} providerProps={providerProps} inner={Inner} found={found}>
        {children}
      </TestProviders>
    ),
  })
  if (!store) throw new Error('[paywall-kit] renderWithPaywall: the provider did not render.')
  return { ...result, queryClient, store }
}
