import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError, api, paywallOf, rawApi } from './client'
import type { Account, DemoState, ExportJob, Invoice, Plan, Report, Summary, Usage } from './types'

/** Query keys, in one place so invalidation cannot drift from the queries. */
export const keys = {
  account: ['account'] as const,
  usage: ['usage'] as const,
  reports: ['reports'] as const,
  reportsBasic: ['reports', 'basic'] as const,
  plans: ['plans'] as const,
  invoices: ['invoices'] as const,
  demo: ['demo'] as const,
}

/** Keys of the account's own data, refreshed after a payment. Paywalled queries are left to the kit's `resolve()`. */
const accountKeys = [keys.account, keys.usage, keys.plans, keys.invoices]

/** `GET /api/account`: plan, state, credits, payment method, the API's clock. */
export function useAccount() {
  return useQuery({ queryKey: keys.account, queryFn: () => api<Account>('/api/account') })
}

/** `GET /api/usage`: the meters and daily API calls of the current period. */
export function useUsage() {
  return useQuery({ queryKey: keys.usage, queryFn: () => api<Usage>('/api/usage') })
}

/** `GET /api/reports/basic`: the free report, never paywalled. */
export function useBasicReports() {
  return useQuery({
    queryKey: keys.reportsBasic,
    queryFn: () => api<{ reports: Report[] }>('/api/reports/basic'),
  })
}

/** `GET /api/reports`: premium; a 402 locks the `reports` feature. */
export function useAdvancedReports() {
  return useQuery({
    queryKey: keys.reports,
    queryFn: () => api<{ reports: Report[] }>('/api/reports'),
    meta: { paywallFeature: 'reports' },
    // Fresh for a minute: the one refetch made by the kit's `resolve()` after paying is enough.
    staleTime: 60_000,
  })
}

/** `GET /api/plans`, as the list of plans. */
export function usePlans() {
  return useQuery({
    queryKey: keys.plans,
    queryFn: () => api<{ plans: Plan[] }>('/api/plans'),
    select: (data) => data.plans,
  })
}

/** `GET /api/invoices`, newest first. */
export function useInvoices() {
  return useQuery({
    queryKey: keys.invoices,
    queryFn: () => api<{ invoices: Invoice[] }>('/api/invoices'),
    select: (data) => data.invoices,
  })
}

/** `GET /api/demo`: the scenario, dialect and clock of the mock API. */
export function useDemoState() {
  return useQuery({ queryKey: keys.demo, queryFn: () => api<DemoState>('/api/demo') })
}

/** Refetches the account, usage, plans and invoices (after paying, or after the demo clock moved). */
export function useRefreshAccount() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all(accountKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(
      () => undefined,
    )
}

/** Mutation key of export attempts. */
export const exportsKey = ['exports'] as const

/** `POST /api/exports`: premium; a 402 opens the paywall for `exports`. */
export function useCreateExport() {
  return useMutation({
    mutationKey: exportsKey,
    // Kept for the whole session: the page lists past exports and offers "Try again" from them.
    gcTime: Number.POSITIVE_INFINITY,
    mutationFn: (variables: { format: string }) =>
      api<{ export: ExportJob }>('/api/exports', { method: 'POST', json: variables }).then(
        (data) => data.export,
      ),
    meta: { paywallFeature: 'exports' },
  })
}

/** `POST /api/queries`: spends one API call; at the limit a 402 `quota_exceeded`. */
export function useRunQuery() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['queries'],
    mutationFn: () => api<unknown>('/api/queries', { method: 'POST', json: {} }),
    meta: { paywallFeature: 'api_calls' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.usage }),
  })
}

/** Mutation key of AI summary requests. */
export const summariesKey = ['ai-summaries'] as const

/**
 * Sends `count` API calls (a few at a time), as a busy integration would: the meters climb and, at
 * the plan's limit, the API answers 402 `quota_exceeded`, which stops the run and opens the paywall.
 */
export function useSimulateTraffic() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['traffic'],
    mutationFn: async (count: number) => {
      const parallel = 8
      for (let sent = 0; sent < count; sent += parallel) {
        const batch = Math.min(parallel, count - sent)
        await Promise.all(
          Array.from({ length: batch }, () => api<unknown>('/api/queries', { method: 'POST', json: {} })),
        )
      }
      return count
    },
    meta: { paywallFeature: 'api_calls' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.usage }),
  })
}

/** `POST /api/ai/summaries`: spends one credit; without credits a 402 `insufficient_credits`. */
export function useSummarise() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: summariesKey,
    // Kept for the whole session: the page shows past summaries and offers "Continue" from them.
    gcTime: Number.POSITIVE_INFINITY,
    mutationFn: (variables: { text: string }) =>
      api<Summary>('/api/ai/summaries', { method: 'POST', json: variables }),
    meta: { paywallFeature: 'ai_summaries' },
    onSuccess: (data) =>
      queryClient.setQueryData<Account>(keys.account, (account) =>
        account ? { ...account, credits: data.creditsLeft } : account,
      ),
  })
}

/** `POST /api/checkout`: subscribes to a plan; answers the new account. */
export function useCheckout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: { planId: string }) =>
      api<Account>('/api/checkout', { method: 'POST', json: variables }),
    onSuccess: (account) => queryClient.setQueryData(keys.account, account),
  })
}

/** `POST /api/credits`: adds AI credits; answers the new account. */
export function useBuyCredits() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: { amount: number }) =>
      api<Account>('/api/credits', { method: 'POST', json: variables }),
    onSuccess: (account) => queryClient.setQueryData(keys.account, account),
  })
}

/** `GET /api/demo/fail/:status`: an error answer on purpose (401, 500, …). */
export function useDiagnostics() {
  return useMutation({
    mutationKey: ['diagnostics'],
    mutationFn: (status: number) => api<unknown>(`/api/demo/fail/${status}`),
  })
}

/** A card the (mock) payment provider declined: the form's own error, not a paywall. */
export class CardDeclinedError extends Error {
  override readonly name = 'CardDeclinedError'
}

/** `POST /api/payment-method`: a new card clears a billing issue; a declined card rejects with `CardDeclinedError`. */
export function useUpdatePaymentMethod() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (card: { number: string }): Promise<Account> => {
      // Plain fetch: a 402 here means "card declined", which the form explains in place.
      const response = await rawApi('/api/payment-method', { method: 'POST', json: card })
      // In whatever dialect the refusal comes (402, 429 or a GraphQL 200); the form shows its own words.
      if (await paywallOf(response)) throw new CardDeclinedError('This card was declined. Try another card.')
      if (!response.ok) throw new ApiError(response.status, 'The payment method could not be updated.')
      return (await response.json()) as Account
    },
    onSuccess: (account) => {
      queryClient.setQueryData(keys.account, account)
      return Promise.all(
        [keys.usage, keys.invoices].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      )
    },
  })
}
