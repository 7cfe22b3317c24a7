import { isPaymentRequired, toPaymentRequired } from '@paywall-kit/core'
import { useQuery } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FeatureLock } from '../feature-lock/feature-lock'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import {
  createTestQueryClient,
  findFeatureLock,
  findPaywall,
  paymentRequiredError,
  paymentRequiredErrorFromBody,
  queryPaywall,
  renderWithPaywall,
} from './index'

function Reports({ queryFn }: { queryFn: () => Promise<string> }) {
  const reports = useQuery({ queryKey: ['reports'], queryFn, meta: { paywallFeature: 'reports' } })
  return (
    <FeatureLock feature="reports">
      <p>{reports.data ?? 'Loading reports'}</p>
    </FeatureLock>
  )
}

describe('given paymentRequiredError', () => {
  it('should make an error the kit recognises, with the reason, message and a real unread Response', () => {
    const error = paymentRequiredError({
      reason: 'quota_exceeded',
      message: 'You used all 100 calls.',
      requestId: 'req_1',
    })
    expect(isPaymentRequired(error)).toBe(true)
    expect(error.response).toBeInstanceOf(Response)
    expect(error.response?.status).toBe(402)
    expect(error.response?.bodyUsed).toBe(false)
    expect(toPaymentRequired(error)).toMatchObject({
      reason: 'quota_exceeded',
      message: 'You used all 100 calls.',
      requestId: 'req_1',
    })
  })

  it('should default to the generic reason and keep the feature named in the body', () => {
    expect(paymentRequiredError({ feature: 'exports' }).paywall).toMatchObject({
      reason: 'payment_required',
      feature: 'exports',
    })
  })
})

describe('given paymentRequiredErrorFromBody', () => {
  it('should parse a body of any dialect the kit reads, e.g. Stripe', () => {
    const error = paymentRequiredErrorFromBody({
      error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
    })
    expect(error.paywall).toMatchObject({ reason: 'payment_failed', dialect: 'stripe' })
  })

  it('should refuse a response the kit would not take for a paywall', () => {
    expect(() => paymentRequiredErrorFromBody({ error: 'forbidden' }, { status: 403 })).toThrow(TypeError)
  })
})

describe('given renderWithPaywall', () => {
  it('should render inside a provider whose 402 fails fast, locks the feature and opens the modal', async () => {
    const queryFn = vi.fn(async (): Promise<string> => {
      throw paymentRequiredError({ reason: 'upgrade_required' })
    })
    const { store, queryClient } = renderWithPaywall(
      <>
        <Reports queryFn={queryFn} />
        <PaywallModal />
      </>,
    )
    const dialog = await findPaywall()
    expect(dialog).toHaveAccessibleName(/upgrade/i)
    expect(await findFeatureLock('reports', { state: 'locked' })).toHaveAttribute('data-state', 'locked')
    expect(queryFn).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot().locks.reports?.reason).toBe('upgrade_required')
    expect(queryClient.getQueryState(['reports'])?.status).toBe('error')
  })

  it('should keep retrying other errors like a real app (TanStack’s default retry)', async () => {
    const queryFn = vi.fn(async (): Promise<string> => {
      throw new Error('Server error')
    })
    renderWithPaywall(<Reports queryFn={queryFn} />)
    await waitFor(() => expect(queryFn).toHaveBeenCalledTimes(4))
    expect(queryPaywall()).toBeNull()
  })

  it('should give each render its own QueryClient', () => {
    const first = renderWithPaywall(<p>one</p>)
    const second = renderWithPaywall(<p>two</p>)
    expect(first.queryClient).not.toBe(second.queryClient)
    expect(createTestQueryClient().getDefaultOptions().queries?.retry).toBe(3)
  })

  it('should render the app’s own wrapper inside the provider and pass the provider’s props', async () => {
    const onEvent = vi.fn()
    renderWithPaywall(
      <>
        <Reports queryFn={async () => Promise.reject(paymentRequiredError({ reason: 'trial_ended' }))} />
        <PaywallModal />
      </>,
      {
        providerProps: { onEvent },
        wrapper: ({ children }) => <main aria-label="App">{children}</main>,
      },
    )
    const dialog = await findPaywall()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(queryPaywall()).toBeNull())
    expect(
      within(screen.getByRole('main', { name: 'App' })).getByText(/loading reports/i),
    ).toBeInTheDocument()
    expect(onEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'paywall_dismissed', reason: 'trial_ended' }),
    )
  })
})

describe('given findPaywall', () => {
  it('should reject when no paywall opens within the timeout', async () => {
    renderWithPaywall(<PaywallModal />)
    await expect(findPaywall({ timeout: 50 })).rejects.toThrow()
    expect(queryPaywall()).toBeNull()
  })
})

describe('given findFeatureLock', () => {
  it('should reject when the feature has no lock', async () => {
    renderWithPaywall(<FeatureLock feature="reports">Reports</FeatureLock>)
    await expect(findFeatureLock('exports', { timeout: 50 })).rejects.toThrow(/exports/)
    expect(await findFeatureLock('reports', { state: 'unlocked' })).toHaveTextContent('Reports')
  })
})
