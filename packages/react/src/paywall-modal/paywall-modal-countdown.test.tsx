import { type PaymentRequired, PaymentRequiredError, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../../test/axe'
import { messages as de } from '../i18n/locales/de'
import { PaywallProvider } from '../provider/paywall-provider'
import { PaywallModal } from './paywall-modal'
import * as Modal from './paywall-modal-parts'
import { countdownStep } from './use-retry-countdown'

const NOW = new Date('2026-11-26T12:00:00Z')

function quota(body: Record<string, unknown>, headers: Record<string, string> = {}): PaymentRequired {
  return parsePaymentRequired({
    status: 402,
    headers,
    body: { error: 'quota_exceeded', message: 'You used all 100 requests for today.', ...body },
  }) as PaymentRequired
}

afterEach(() => {
  vi.useRealTimers()
})

/** The polite live region: what a screen reader hears as the countdown changes. */
const liveRegion = (dialog: HTMLElement) => dialog.querySelector('[aria-live="polite"]') as HTMLElement
/** What a sighted user reads. */
const visibleText = (dialog: HTMLElement) =>
  (dialog.querySelector('.pwk-modal__countdown > [aria-hidden="true"]') as HTMLElement).textContent

function renderModal(paywall: PaymentRequired, locale?: string) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider locale={locale} messages={locale === 'de' ? de : undefined}>
        <Modal.Root open paywall={paywall}>
          <Modal.Portal>
            <Modal.Content aria-describedby={undefined}>
              <Modal.Title />
              <Modal.Countdown />
            </Modal.Content>
          </Modal.Portal>
        </Modal.Root>
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))

describe('given a paywall with Retry-After: 7200', () => {
  it('should say "Try again in 2 hours" and announce it politely', () => {
    vi.useFakeTimers({ now: NOW })
    renderModal(quota({}, { 'retry-after': '7200' }))

    const dialog = screen.getByRole('dialog')
    expect(visibleText(dialog)).toBe('Try again in 2 hours')
    expect(liveRegion(dialog)).toHaveTextContent('Try again in 2 hours')
    expect(liveRegion(dialog)).toHaveAttribute('aria-atomic', 'true')
  })

  it('should announce only when the unit changes, while the visible text follows every step', () => {
    vi.useFakeTimers({ now: NOW })
    renderModal(quota({ retry_after: 7200 }))
    const dialog = screen.getByRole('dialog')
    const heard: string[] = []
    const seen: string[] = []
    const record = () => {
      const live = liveRegion(dialog).textContent ?? ''
      if (heard.at(-1) !== live) heard.push(live)
      const text = visibleText(dialog) ?? ''
      if (seen.at(-1) !== text) seen.push(text)
    }
    record()

    // Two hours, checked every second as a screen reader would hear every change.
    for (let second = 0; second < 7200; second += 1) {
      advance(1000)
      record()
    }

    expect(heard).toEqual([
      'Try again in 2 hours',
      'Try again in 90 minutes',
      'Try again in 50 seconds',
      'You can try again now.',
    ])
    expect(seen).toContain('Try again in 89 minutes')
    expect(seen).toContain('Try again in 1 minute')
    expect(seen.slice(-6)).toEqual([
      'Try again in 50 seconds',
      'Try again in 40 seconds',
      'Try again in 30 seconds',
      'Try again in 20 seconds',
      'Try again in 10 seconds',
      'You can try again now.',
    ])
  })

  it('should speak the provider’s language', () => {
    vi.useFakeTimers({ now: NOW })
    renderModal(quota({ retry_after: 3 * 86_400 }), 'de')

    expect(visibleText(screen.getByRole('dialog'))).toBe('Sie können es in 3 Tagen erneut versuchen')
  })

  it('should pass axe', async () => {
    renderModal(quota({ retry_after: 120 }))

    await expectNoAxeViolations(screen.getByRole('dialog'))
  })
})

describe('given a quota paywall whose usage resets in three days', () => {
  it('should count down to the reset time', () => {
    vi.useFakeTimers({ now: NOW })
    renderModal(quota({ usage: { used: 100, limit: 100, resets_at: '2026-11-29T12:00:00Z' } }))

    expect(visibleText(screen.getByRole('dialog'))).toBe('Try again in 3 days')
  })
})

describe('given a paywall that says nothing about when to come back', () => {
  it('should render no countdown', () => {
    vi.useFakeTimers({ now: NOW })
    renderModal(quota({}))

    expect(screen.getByRole('dialog').querySelector('.pwk-modal__countdown')).toBeNull()
  })

  it('should render no countdown for a reset time in the past', () => {
    vi.useFakeTimers({ now: NOW })
    renderModal(quota({ usage: { used: 100, limit: 100, resets_at: '2026-11-20T12:00:00Z' } }))

    expect(visibleText(screen.getByRole('dialog'))).toBe('You can try again now.')
  })
})

/** Usage behind the paywall: refused with Retry-After: 60 the first time, served after. */
function Usage({ fetches }: { fetches: { count: number } }) {
  const query = useQuery({
    queryKey: ['usage'],
    queryFn: async () => {
      fetches.count += 1
      if (fetches.count === 1) throw new PaymentRequiredError(quota({ retry_after: 60 }))
      return 'Usage: 3 of 100'
    },
    meta: { paywallFeature: 'usage' },
  })
  return <p>{query.data ?? 'Loading usage'}</p>
}

describe('given a query refused with Retry-After: 60', () => {
  it('should keep Try again disabled until the time is up, then refetch the query and close', async () => {
    // Advancing with real time too, so Testing Library's polling (`findBy…`) still runs.
    vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true })
    const fetches = { count: 0 }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <Usage fetches={fetches} />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    const dialog = await screen.findByRole('dialog')
    const tryAgain = within(dialog).getByRole('button', { name: 'Try again' })
    expect(tryAgain).toBeDisabled()
    expect(visibleText(dialog)).toBe('Try again in 1 minute')

    fireEvent.click(tryAgain)
    expect(fetches.count).toBe(1)

    // A second at a time: each step's re-render arms the timer to the next.
    for (let second = 0; second < 60; second += 1) advance(1000)
    expect(tryAgain).toBeEnabled()
    expect(liveRegion(dialog)).toHaveTextContent('You can try again now.')

    fireEvent.click(tryAgain)
    expect(await screen.findByText('Usage: 3 of 100')).toBeInTheDocument()
    expect(fetches.count).toBe(2)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('given countdownStep', () => {
  it.each([
    [3 * 86_400_000, 'in 3 days', 'day', 3],
    [36 * 3_600_000 + 1, 'just over 36 h', 'day', 2],
    [36 * 3_600_000, '36 h', 'hour', 36],
    [90 * 60_000 + 1, 'just over 90 min', 'hour', 2],
    [90 * 60_000, '90 min', 'minute', 90],
    [50_001, 'just over 50 s', 'minute', 1],
    [50_000, '50 s', 'second', 50],
    [1, '1 ms', 'second', 10],
  ])('should round %i ms (%s) up to %s %i', (remaining, _label, unit, value) => {
    expect(countdownStep(remaining)?.step).toEqual({ unit, value })
  })

  it('should end at zero and for bad input', () => {
    expect(countdownStep(0)).toBeNull()
    expect(countdownStep(Number.NaN)).toBeNull()
  })

  it('should change wording exactly when the next boundary is crossed', () => {
    const first = countdownStep(2 * 3_600_000)
    expect(first?.changesIn).toBe(30 * 60_000)
    expect(countdownStep(90 * 60_000)?.changesIn).toBe(60_000)
  })
})
