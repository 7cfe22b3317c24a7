import type { PaywallEvent } from '@paywall-kit/core'
import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PaywallProvider } from '../provider/paywall-provider'
import type { ThresholdStorage } from './threshold-ledger'
import { UsageMeter, type UsageMeterProps } from './usage-meter'

// Each `visit` is one page load: the meter mounts, the user reads it, the tab closes. The browser's
// localStorage (jsdom's here; test/setup.ts clears it after each test) outlives the visit.
const december = '2026-12-01T00:00:00Z'
const january = '2027-01-01T00:00:00Z'

function visit(props: Partial<UsageMeterProps> = {}) {
  const onThresholdCross = vi.fn()
  const view = render(
    <UsageMeter
      label="API calls"
      used={0}
      limit={1000}
      resetsAt={december}
      locale="en-US"
      onThresholdCross={onThresholdCross}
      {...props}
    />,
  )
  const announced = screen.getByRole('status').textContent
  return { view, onThresholdCross, announced, close: () => view.unmount() }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-11-10T09:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('given a meter the user has seen in this period', () => {
  it('should announce nothing again when the page is reloaded at the same level', () => {
    const first = visit({ used: 400 })
    first.view.rerender(<UsageMeter label="API calls" used={850} limit={1000} resetsAt={december} />)
    expect(screen.getByRole('status')).toHaveTextContent('API calls at 80% of your limit')
    first.close()

    vi.advanceTimersByTime(60_000)
    const reload = visit({ used: 850 })

    expect(reload.announced).toBe('')
    expect(reload.onThresholdCross).not.toHaveBeenCalled()
  })

  it('should announce a crossing that happened while the page was closed, once', () => {
    visit({ used: 300 }).close()

    vi.setSystemTime(new Date('2026-11-12T09:00:00Z'))
    const next = visit({ used: 850 })
    expect(next.announced).toBe('API calls at 80% of your limit')
    expect(next.onThresholdCross.mock.calls).toEqual([
      [0.5, 'warning'],
      [0.8, 'warning'],
    ])
    next.close()

    const again = visit({ used: 850 })
    expect(again.announced).toBe('')
    expect(again.onThresholdCross).not.toHaveBeenCalled()
  })

  it('should announce only the highest threshold of a jump over several', () => {
    const first = visit({ used: 400 })
    first.view.rerender(<UsageMeter label="API calls" used={1000} limit={1000} resetsAt={december} />)
    expect(screen.getByRole('status').textContent).toBe('API calls limit reached')
    first.close()

    visit({ used: 100 }).close()
    const jump = visit({ used: 990 })
    expect(jump.announced).toBe('API calls at 95% of your limit')
  })

  it('should re-arm a threshold when usage goes back below it', () => {
    visit({ used: 850 }).close()
    visit({ used: 850 }).close()
    // Credits bought, or usage recounted: below 80 % again.
    const lower = visit({ used: 600 })
    expect(lower.announced).toBe('')
    lower.close()

    const back = visit({ used: 820 })
    expect(back.announced).toBe('API calls at 80% of your limit')
    expect(back.onThresholdCross.mock.calls).toEqual([[0.8, 'warning']])
  })

  it('should count a new period from nothing reached', () => {
    visit({ used: 990, resetsAt: december }).close()

    vi.setSystemTime(new Date('2026-12-03T09:00:00Z'))
    const newPeriod = visit({ used: 600, resetsAt: january })

    expect(newPeriod.announced).toBe('API calls at 50% of your limit')
  })

  it('should keep meters apart by meterId, else by label', () => {
    visit({ used: 300, label: 'API calls' }).close()
    visit({ used: 300, label: 'Seats' }).close()

    const seats = visit({ used: 900, label: 'Seats' })
    expect(seats.announced).toBe('Seats at 80% of your limit')
    seats.close()
    // A meter with its own id has no record yet: a first visit, whatever the label says.
    expect(visit({ used: 900, label: 'Sièges', meterId: 'seats' }).announced).toBe('')
  })
})

describe('given a first visit', () => {
  it('should announce nothing for the level the meter opens at', () => {
    const first = visit({ used: 990 })

    expect(first.announced).toBe('')
    expect(first.onThresholdCross).not.toHaveBeenCalled()
  })
})

describe('given a meter that renders before its usage has loaded', () => {
  it('should not count a loading placeholder of 0, so the loaded value is not a crossing', () => {
    const onThresholdCross = vi.fn()
    const view = render(
      <UsageMeter label="API calls" used={0} loading limit={1000} onThresholdCross={onThresholdCross} />,
    )
    expect(screen.getByRole('meter')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByText('Usage unknown, limit 1,000')).toBeInTheDocument()

    view.rerender(
      <UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />,
    )

    expect(onThresholdCross).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
    expect(screen.getByRole('meter')).not.toHaveAttribute('aria-busy')
  })

  it('should not count an undefined usage either', () => {
    const onThresholdCross = vi.fn()
    const view = render(
      <UsageMeter label="API calls" used={undefined} limit={1000} onThresholdCross={onThresholdCross} />,
    )

    view.rerender(
      <UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />,
    )

    expect(onThresholdCross).not.toHaveBeenCalled()
  })

  it('should still announce a crossing since the last visit once the value loads', () => {
    visit({ used: 300 }).close()
    const onThresholdCross = vi.fn()
    const view = render(
      <UsageMeter
        label="API calls"
        used={0}
        loading
        limit={1000}
        resetsAt={december}
        onThresholdCross={onThresholdCross}
      />,
    )
    expect(onThresholdCross).not.toHaveBeenCalled()

    view.rerender(
      <UsageMeter
        label="API calls"
        used={850}
        limit={1000}
        resetsAt={december}
        onThresholdCross={onThresholdCross}
      />,
    )

    expect(onThresholdCross.mock.calls).toEqual([
      [0.5, 'warning'],
      [0.8, 'warning'],
    ])
  })
})

describe('given a thresholdStorage adapter', () => {
  function memoryStorage(): ThresholdStorage & { entries: Map<string, string> } {
    const entries = new Map<string, string>()
    return { entries, get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) }
  }

  it('should keep the ledger in the provider’s adapter instead of localStorage', () => {
    const storage = memoryStorage()
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const meter = (used: number) => (
      <PaywallProvider queryClient={new QueryClient()} thresholdStorage={storage} onEvent={onEvent}>
        <UsageMeter label="API calls" used={used} limit={1000} resetsAt={december} />
      </PaywallProvider>
    )
    render(meter(300)).unmount()
    render(meter(850))

    expect(onEvent.mock.calls.map(([event]) => [event.type, event.threshold])).toEqual([
      ['threshold_crossed', 0.5],
      ['threshold_crossed', 0.8],
    ])
    expect(JSON.parse(storage.entries.get('paywall-kit:thresholds:API calls') ?? 'null')).toEqual({
      period: '2026-12-01',
      reached: 0.8,
    })
    expect(localStorage.length).toBe(0)
  })

  it('should remember nothing between visits with thresholdStorage={null}', () => {
    visit({ used: 300, thresholdStorage: null }).close()

    expect(visit({ used: 850, thresholdStorage: null }).announced).toBe('')
    expect(localStorage.length).toBe(0)
  })

  it('should keep working, without a ledger, when the adapter throws or holds garbage', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const broken: ThresholdStorage = {
      get: () => {
        throw new Error('SecurityError: storage is disabled')
      },
      set: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const first = visit({ used: 300, thresholdStorage: broken })
    first.view.rerender(
      <UsageMeter
        label="API calls"
        used={850}
        limit={1000}
        resetsAt={december}
        locale="en-US"
        thresholdStorage={broken}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('API calls at 80% of your limit')
    expect(warn).toHaveBeenCalledTimes(1)
    first.close()

    localStorage.setItem('paywall-kit:thresholds:API calls', '{"period":1,"reached":"lots"}')
    expect(visit({ used: 900 }).announced).toBe('')
  })
})
