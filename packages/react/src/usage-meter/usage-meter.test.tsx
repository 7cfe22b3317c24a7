import { createPaywallStore, type PaywallEvent } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { type ComponentPropsWithoutRef, createRef, forwardRef, type ReactNode, StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sameOriginLinks } from '../../test/same-origin-links'
import { createUnlockRegistry } from '../internal/unlock-registry'
import { PaywallContext } from '../provider/paywall-context'
import { PaywallProvider } from '../provider/paywall-provider'
import { UsageMeter } from './usage-meter'
import * as Meter from './usage-meter-parts'

afterEach(() => {
  vi.restoreAllMocks()
})

function withStore(children: ReactNode, onEvent: (event: PaywallEvent) => void, allowedOrigins?: string[]) {
  const store = createPaywallStore({ onEvent })
  return (
    <PaywallContext.Provider
      value={{ store, parseOptions: { allowedOrigins }, unlockControls: createUnlockRegistry() }}
    >
      {children}
    </PaywallContext.Provider>
  )
}

/** Stands in for a router's link component, which gets its `href` from the part. */
const RouterLink = forwardRef<HTMLAnchorElement, ComponentPropsWithoutRef<'a'>>(
  function RouterLink(props, ref) {
    return <a ref={ref} data-router-link="" {...props} />
  },
)

/** Counts nodes added to an element, as a screen reader watching a live region would. */
function watchAdditions(element: Element) {
  const added: string[] = []
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) added.push(node.textContent ?? '')
  })
  observer.observe(element, { childList: true, subtree: true, characterData: true })
  return {
    added,
    flush: () => {
      for (const record of observer.takeRecords())
        for (const node of record.addedNodes) added.push(node.textContent ?? '')
      return added
    },
  }
}

// jsdom cannot paint, so axe's contrast rule is left to the real-browser tests.
async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

describe('given a meter at 820 of 1,000 API calls', () => {
  it('should expose a meter named by its visible label with its value, bounds and a human value text', () => {
    render(<UsageMeter label="API calls" used={820} limit={1000} locale="en-US" />)

    const meter = screen.getByRole('meter', { name: 'API calls' })
    expect(meter).toHaveAttribute('aria-valuenow', '820')
    expect(meter).toHaveAttribute('aria-valuemin', '0')
    expect(meter).toHaveAttribute('aria-valuemax', '1000')
    expect(meter).toHaveAttribute('aria-valuetext', '820 of 1,000 API calls, 82%')
    expect(screen.getByText('API calls')).toBeVisible()
    expect(screen.getByText('820 of 1,000')).toBeInTheDocument()
  })

  it('should use the unit in the value texts when one is given', () => {
    render(<UsageMeter label="API calls" used={820} limit={1000} unit="requests" locale="en-US" />)

    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '820 of 1,000 requests, 82%')
    expect(screen.getByText('820 of 1,000 requests')).toBeInTheDocument()
  })

  it('should format numbers for the given locale', () => {
    render(<UsageMeter label="API calls" used={1820} limit={10000} locale="de-DE" />)

    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toMatch(
      /^1\.820 of 10\.000 API calls, 18\s%$/,
    )
  })

  it('should fill the bar to the used fraction', () => {
    const { container } = render(<UsageMeter label="API calls" used={820} limit={1000} />)

    const indicator = container.querySelector('.pwk-meter__indicator') as HTMLElement
    expect(indicator.style.getPropertyValue('--pwk-meter-ratio')).toBe('0.82')
    expect(indicator).toHaveAttribute('data-value', '82')
  })

  it('should take every string from messages', () => {
    render(
      <UsageMeter
        label="Appels API"
        used={820}
        limit={1000}
        locale="fr-FR"
        messages={{ meter: { valueText: ({ used, limit, label }) => `${used} sur ${limit} ${label}` } }}
      />,
    )

    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toMatch(/^820 sur 1\s000 Appels API$/)
  })

  it('should keep the default for a message an override leaves undefined, as a missing translation does', () => {
    const missing: string | undefined = undefined
    render(
      <PaywallProvider messages={{ meter: { valueText: undefined, upgrade: missing } }} locale="en-US">
        <UsageMeter
          label="API calls"
          used={1000}
          limit={1000}
          actionHref="/billing"
          messages={{ meter: { valueText: undefined } }}
        />
      </PaywallProvider>,
    )

    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '1,000 of 1,000 API calls, 100%')
    expect(screen.getByRole('link', { name: 'Upgrade' })).toBeInTheDocument()
  })

  it('should be axe clean', async () => {
    const { container } = render(
      <UsageMeter
        label="API calls"
        used={820}
        limit={1000}
        resetsAt="2026-12-01T12:00:00Z"
        actionHref="/billing"
      />,
    )
    await expectNoAxeViolations(container)
  })
})

describe('given the default thresholds (50/80/95/100 %)', () => {
  it.each([
    [0, 'ok'],
    [499, 'ok'],
    [500, 'notice'],
    [799, 'notice'],
    [800, 'warning'],
    [949, 'warning'],
    [950, 'critical'],
    [999, 'critical'],
    [1000, 'exceeded'],
    [1500, 'exceeded'],
  ])('should show %i of 1,000 as %s', (used, state) => {
    const { container } = render(<UsageMeter label="API calls" used={used} limit={1000} />)

    expect(container.firstElementChild).toHaveAttribute('data-state', state)
    expect(screen.getByRole('meter')).toHaveAttribute('data-state', state)
  })

  it.each([
    [0, 'ok'],
    [500, 'notice'],
    [800, 'warning'],
    [950, 'critical'],
    [1200, 'exceeded'],
  ])('should be axe clean at %i of 1,000 (%s)', async (used) => {
    const { container } = render(
      <UsageMeter label="API calls" used={used} limit={1000} resetsAt="2026-12-01" actionHref="/billing" />,
    )
    await expectNoAxeViolations(container)
  })
})

describe('given custom thresholds', () => {
  it('should rise through the levels at those fractions', () => {
    const { container, rerender } = render(
      <UsageMeter label="Seats" used={2} limit={10} thresholds={[0.25, 0.5, 1]} />,
    )
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ok')

    rerender(<UsageMeter label="Seats" used={3} limit={10} thresholds={[0.25, 0.5, 1]} />)
    expect(container.firstElementChild).toHaveAttribute('data-state', 'warning')

    rerender(<UsageMeter label="Seats" used={5} limit={10} thresholds={[0.25, 0.5, 1]} />)
    expect(container.firstElementChild).toHaveAttribute('data-state', 'critical')

    rerender(<UsageMeter label="Seats" used={10} limit={10} thresholds={[0.25, 0.5, 1]} />)
    expect(container.firstElementChild).toHaveAttribute('data-state', 'exceeded')
  })
})

describe('given usage over the limit', () => {
  it('should keep aria-valuenow within the bounds and tell the real amount in the value text', () => {
    render(<UsageMeter label="API calls" used={1500} limit={1000} locale="en-US" />)

    const meter = screen.getByRole('meter')
    expect(meter).toHaveAttribute('aria-valuenow', '1000')
    expect(meter).toHaveAttribute('aria-valuetext', '1,500 of 1,000 API calls, 150%')
  })
})

describe('given invalid numbers', () => {
  // NaN is unknown rather than 0: see usage-meter.hostile-input.test.tsx.
  it.each([['a negative amount', -20]])('should treat %s used as 0 without crashing', (_name, used) => {
    render(<UsageMeter label="API calls" used={used} limit={1000} locale="en-US" />)

    const meter = screen.getByRole('meter')
    expect(meter).toHaveAttribute('aria-valuenow', '0')
    expect(meter).toHaveAttribute('aria-valuetext', '0 of 1,000 API calls, 0%')
  })

  it('should show a limit of 0 as exceeded', () => {
    const { container } = render(<UsageMeter label="API calls" used={0} limit={0} locale="en-US" />)

    expect(container.firstElementChild).toHaveAttribute('data-state', 'exceeded')
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '0 of 0 API calls, 100%')
  })

  it('should treat a NaN or negative limit as unlimited', () => {
    render(
      <>
        <UsageMeter label="API calls" used={5} limit={Number.NaN} />
        <UsageMeter label="Seats" used={5} limit={-1} />
      </>,
    )

    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
  })
})

describe('given an unlimited allowance', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('should render text instead of a meter when the limit is %s', (_name, limit) => {
    const { container } = render(
      <UsageMeter label="API calls" used={820} limit={limit} unit="requests" locale="en-US" />,
    )

    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
    expect(screen.getByText('API calls')).toBeInTheDocument()
    expect(screen.getByText('820 requests used, no limit')).toBeInTheDocument()
    expect(container.firstElementChild).toHaveAttribute('data-limit', 'unlimited')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ok')
  })

  it('should never show the upgrade action', () => {
    render(<UsageMeter label="API calls" used={1e9} limit={null} actionHref="/billing" />)

    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it('should be axe clean', async () => {
    const { container } = render(<UsageMeter label="API calls" used={820} limit={null} />)
    await expectNoAxeViolations(container)
  })
})

describe('given a reset date', () => {
  it('should show when the quota resets', () => {
    render(
      <UsageMeter
        label="API calls"
        used={10}
        limit={1000}
        resetsAt="2026-12-01T12:00:00Z"
        locale="en-US"
        timeZone="UTC"
      />,
    )

    expect(screen.getByText('Resets Dec 1')).toBeInTheDocument()
  })

  it('should count the date in the given time zone', () => {
    render(
      <UsageMeter
        label="API calls"
        used={10}
        limit={1000}
        resetsAt="2026-12-01T02:00:00Z"
        locale="en-US"
        timeZone="America/New_York"
      />,
    )

    expect(screen.getByText('Resets Nov 30')).toBeInTheDocument()
  })

  it('should show a reset date without a time as that day in every time zone', () => {
    render(
      <UsageMeter
        label="API calls"
        used={10}
        limit={1000}
        resetsAt="2026-12-01"
        locale="en-US"
        timeZone="America/Los_Angeles"
      />,
    )

    expect(screen.getByText('Resets Dec 1')).toBeInTheDocument()
  })

  it('should show nothing for an invalid date or time zone instead of crashing', () => {
    render(
      <>
        <UsageMeter label="API calls" used={10} limit={1000} resetsAt="not a date" />
        <UsageMeter
          label="Seats"
          used={1}
          limit={10}
          resetsAt="2026-12-01T12:00:00Z"
          timeZone="Mars/Olympus"
        />
      </>,
    )

    expect(screen.getAllByText(/^Resets /)).toHaveLength(1)
  })
})

describe('given an upgrade action', () => {
  it.each([
    [820, 'warning'],
    [600, 'notice'],
    [100, 'ok'],
  ])('should not offer it at %i of 1,000 (%s)', (used) => {
    render(<UsageMeter label="API calls" used={used} limit={1000} actionHref="/billing" />)

    expect(screen.queryByRole('link', { name: 'Upgrade' })).not.toBeInTheDocument()
  })

  it.each([
    [950, 'critical'],
    [1000, 'exceeded'],
  ])('should offer it at %i of 1,000 (%s)', (used) => {
    render(<UsageMeter label="API calls" used={used} limit={1000} actionHref="/billing" />)

    const link = screen.getByRole('link', { name: 'Upgrade' })
    expect(link).toHaveAttribute('href', '/billing')
    expect(link).toHaveAccessibleDescription('API calls')
  })

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
  ])('should never put the unsafe href %j in the page', (href) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { container } = render(<UsageMeter label="API calls" used={1000} limit={1000} actionHref={href} />)

    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(container.innerHTML).not.toContain('alert(1)')
    expect(container.innerHTML).not.toContain('evil.example')
  })

  it("should drop a URL outside the provider's allowed origins", () => {
    render(
      withStore(<>
        <UsageMeter label="API calls" used={1000} limit={1000} actionHref="https://evil.example/pay" />
        <UsageMeter label="Seats" used={10} limit={10} actionHref="https://billing.acme.com/upgrade" />
      </>, () => {}, ['https://billing.acme.com']),
    )

    const links = screen.getAllByRole('link')
    expect(links).toHaveLength(1)
    expect(links[0]).toHaveAttribute('href', 'https://billing.acme.com/upgrade')
  })

  it.each(sameOriginLinks())('should keep the same-origin link %j as written', (href) => {
    render(
      withStore(<UsageMeter label="API calls" used={1000} limit={1000} actionHref={href} />, () => {}, [
        'https://billing.acme.com',
      ]),
    )

    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute('href', href)
  })

  it('should tell the developer once, in development, why it dropped an href', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const meter = (
      <UsageMeter label="API calls" used={1000} limit={1000} actionHref="https://evil.example/up" />
    )
    const { rerender } = render(withStore(meter, () => {}, ['https://billing.acme.com']))
    rerender(withStore(<div>{meter}</div>, () => {}, ['https://billing.acme.com']))

    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/`Meter\.Action` dropped its href "https:\/\/evil\.example\/up".*allowedOrigins/),
    )
  })

  it('should render a button calling onAction when there is no href', async () => {
    const onAction = vi.fn()
    render(<UsageMeter label="API calls" used={990} limit={1000} onAction={onAction} />)

    await userEvent.click(screen.getByRole('button', { name: 'Upgrade' }))
    expect(onAction).toHaveBeenCalledTimes(1)
  })

  it('should keep onAction as a button when the href was unsafe', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      <UsageMeter
        label="API calls"
        used={990}
        limit={1000}
        actionHref="javascript:void(0)"
        onAction={() => {}}
      />,
    )

    expect(screen.getByRole('button', { name: 'Upgrade' })).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})

describe('given usage that changes over time', () => {
  it('should report nothing for the value it mounts with, even past thresholds', () => {
    const onThresholdCross = vi.fn()
    render(<UsageMeter label="API calls" used={990} limit={1000} onThresholdCross={onThresholdCross} />)

    expect(onThresholdCross).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('should report each threshold crossed upward once, with the level reached', () => {
    const onThresholdCross = vi.fn()
    const { rerender } = render(
      <UsageMeter label="API calls" used={400} limit={1000} onThresholdCross={onThresholdCross} />,
    )

    rerender(<UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />)

    expect(onThresholdCross.mock.calls).toEqual([
      [0.5, 'warning'],
      [0.8, 'warning'],
    ])
  })

  it('should not report again when re-rendered or refetched with the same value', () => {
    const onThresholdCross = vi.fn()
    const { rerender } = render(
      <UsageMeter label="API calls" used={400} limit={1000} onThresholdCross={onThresholdCross} />,
    )
    rerender(<UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />)
    rerender(
      <UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={() => onThresholdCross()} />,
    )
    rerender(
      <UsageMeter
        label="API calls"
        used={850}
        limit={1000}
        thresholds={[0.5, 0.8, 0.95, 1]}
        onThresholdCross={onThresholdCross}
      />,
    )
    rerender(<UsageMeter label="API calls" used={860} limit={1000} onThresholdCross={onThresholdCross} />)

    expect(onThresholdCross).toHaveBeenCalledTimes(2)
  })

  it('should report again after going down and back up', () => {
    const onThresholdCross = vi.fn()
    const { rerender } = render(
      <UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />,
    )
    rerender(<UsageMeter label="API calls" used={100} limit={1000} onThresholdCross={onThresholdCross} />)
    expect(onThresholdCross).not.toHaveBeenCalled()

    rerender(<UsageMeter label="API calls" used={820} limit={1000} onThresholdCross={onThresholdCross} />)
    expect(onThresholdCross.mock.calls).toEqual([
      [0.5, 'warning'],
      [0.8, 'warning'],
    ])
  })

  it('should not report a crossing when the meter remounts with the same value', () => {
    const onThresholdCross = vi.fn()
    const { unmount } = render(
      <UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />,
    )
    unmount()
    render(<UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />)

    expect(onThresholdCross).not.toHaveBeenCalled()
  })

  it('should skip a glitch to NaN instead of counting a crossing from 0', () => {
    const onThresholdCross = vi.fn()
    const { rerender } = render(
      <UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />,
    )
    rerender(
      <UsageMeter label="API calls" used={Number.NaN} limit={1000} onThresholdCross={onThresholdCross} />,
    )
    rerender(<UsageMeter label="API calls" used={850} limit={1000} onThresholdCross={onThresholdCross} />)

    expect(onThresholdCross).not.toHaveBeenCalled()
  })

  it('should announce the highest threshold crossed, once, in a polite live region', () => {
    const { rerender } = render(<UsageMeter label="API calls" used={400} limit={1000} locale="en-US" />)
    const status = screen.getByRole('status')
    const watcher = watchAdditions(status)

    rerender(<UsageMeter label="API calls" used={850} limit={1000} locale="en-US" />)
    rerender(<UsageMeter label="API calls" used={850} limit={1000} locale="en-US" />)

    expect(status).toHaveTextContent('API calls at 80% of your limit')
    expect(watcher.flush()).toEqual(['API calls at 80% of your limit'])
    expect(screen.getByRole('meter')).toBeInTheDocument()
  })

  it('should announce reaching the limit', () => {
    const { rerender } = render(<UsageMeter label="API calls" used={900} limit={1000} />)
    rerender(<UsageMeter label="API calls" used={1000} limit={1000} />)

    expect(screen.getByRole('status')).toHaveTextContent('API calls limit reached')
  })

  it('should announce the same crossing again as a new node after going down and back up', () => {
    const { rerender } = render(<UsageMeter label="API calls" used={400} limit={1000} locale="en-US" />)
    const watcher = watchAdditions(screen.getByRole('status'))

    rerender(<UsageMeter label="API calls" used={600} limit={1000} locale="en-US" />)
    rerender(<UsageMeter label="API calls" used={100} limit={1000} locale="en-US" />)
    rerender(<UsageMeter label="API calls" used={600} limit={1000} locale="en-US" />)

    expect(watcher.flush()).toEqual(['API calls at 50% of your limit', 'API calls at 50% of your limit'])
  })

  it('should emit threshold_crossed through the provider once per crossing', () => {
    const onEvent = vi.fn()
    const { rerender } = render(withStore(<UsageMeter label="API calls" used={400} limit={1000} />, onEvent))

    rerender(withStore(<UsageMeter label="API calls" used={960} limit={1000} />, onEvent))
    rerender(withStore(<UsageMeter label="API calls" used={960} limit={1000} />, onEvent))

    expect(onEvent.mock.calls.map(([event]) => [event.type, event.threshold, event.label])).toEqual([
      ['threshold_crossed', 0.5, 'API calls'],
      ['threshold_crossed', 0.8, 'API calls'],
      ['threshold_crossed', 0.95, 'API calls'],
    ])
  })
})

describe('given StrictMode', () => {
  it('should not double events or announcements on mount or on change', () => {
    const onThresholdCross = vi.fn()
    const onEvent = vi.fn()
    const meter = (used: number) =>
      withStore(
        <StrictMode>
          <UsageMeter
            label="API calls"
            used={used}
            limit={1000}
            onThresholdCross={onThresholdCross}
            locale="en-US"
          />
        </StrictMode>,
        onEvent,
      )
    const { rerender } = render(meter(900))
    expect(onThresholdCross).not.toHaveBeenCalled()
    const watcher = watchAdditions(screen.getByRole('status'))

    rerender(meter(1000))
    rerender(meter(1000))

    expect(onThresholdCross.mock.calls).toEqual([
      [0.95, 'exceeded'],
      [1, 'exceeded'],
    ])
    expect(onEvent).toHaveBeenCalledTimes(2)
    expect(watcher.flush()).toEqual(['API calls limit reached'])
  })
})

function Composed(props: { used: number; limit?: number | null }) {
  return (
    <Meter.Root
      label="Storage"
      used={props.used}
      limit={props.limit === undefined ? 100 : props.limit}
      unit="GB"
    >
      <Meter.Label data-testid="label" />
      <Meter.ValueText data-testid="value" />
      <Meter.Track data-testid="track">
        <Meter.Indicator data-testid="indicator" />
      </Meter.Track>
      <Meter.Resets data-testid="resets" />
      <Meter.Action data-testid="action" href="/upgrade" />
      <Meter.Announcer data-testid="announcer" />
    </Meter.Root>
  )
}

describe('given the headless parts', () => {
  it.each([
    [10, 'ok'],
    [50, 'notice'],
    [80, 'warning'],
    [95, 'critical'],
    [100, 'exceeded'],
  ])('should put data-state %s on every part at %i of 100', (used, state) => {
    render(<Composed used={used} />)

    for (const part of ['label', 'value', 'track', 'indicator']) {
      expect(screen.getByTestId(part)).toHaveAttribute('data-state', state)
    }
    if (state === 'critical' || state === 'exceeded') {
      expect(screen.getByTestId('action')).toHaveAttribute('data-state', state)
    }
  })

  it('should spread unknown props and forward refs on every part', () => {
    const refs = {
      root: createRef<HTMLDivElement>(),
      label: createRef<HTMLSpanElement>(),
      value: createRef<HTMLSpanElement>(),
      track: createRef<HTMLDivElement>(),
      indicator: createRef<HTMLDivElement>(),
      resets: createRef<HTMLSpanElement>(),
      action: createRef<HTMLElement>(),
      announcer: createRef<HTMLDivElement>(),
    }
    render(
      <Meter.Root
        ref={refs.root}
        label="Storage"
        used={99}
        limit={100}
        resetsAt="2026-12-01"
        data-testid="root"
        title="t"
      >
        <Meter.Label ref={refs.label} data-x="label" />
        <Meter.ValueText ref={refs.value} data-x="value" />
        <Meter.Track ref={refs.track} data-x="track" className="custom">
          <Meter.Indicator ref={refs.indicator} data-x="indicator" />
        </Meter.Track>
        <Meter.Resets ref={refs.resets} data-x="resets" />
        <Meter.Action ref={refs.action} href="/upgrade" data-x="action" />
        <Meter.Announcer ref={refs.announcer} data-x="announcer" />
      </Meter.Root>,
    )

    expect(screen.getByTestId('root')).toHaveAttribute('title', 't')
    expect(refs.root.current).toBe(screen.getByTestId('root'))
    for (const name of ['label', 'value', 'track', 'indicator', 'resets', 'action', 'announcer'] as const) {
      const element = document.querySelector(`[data-x="${name}"]`)
      expect(element).not.toBeNull()
      expect(refs[name].current).toBe(element)
    }
    expect(screen.getByRole('meter')).toHaveClass('custom', 'pwk-meter__track')
  })

  it('should render the child element with asChild', () => {
    render(
      <Meter.Root asChild label="Storage" used={99} limit={100}>
        <section aria-label="Storage usage">
          <Meter.Label asChild>
            <h3>Storage</h3>
          </Meter.Label>
          <Meter.Track asChild>
            <progress />
          </Meter.Track>
          <Meter.Action asChild>
            <button type="button">Buy more</button>
          </Meter.Action>
        </section>
      </Meter.Root>,
    )

    const section = screen.getByRole('region', { name: 'Storage usage' })
    expect(section.tagName).toBe('SECTION')
    expect(section).toHaveAttribute('data-state', 'critical')
    expect(screen.getByRole('heading', { name: 'Storage' })).toHaveClass('pwk-meter__label')
    const meter = screen.getByRole('meter', { name: 'Storage' })
    expect(meter.tagName).toBe('PROGRESS')
    expect(screen.getByRole('button', { name: 'Buy more' })).toHaveAttribute('data-state', 'critical')
  })

  it('should give an empty asChild element the default text', () => {
    render(
      <Meter.Root label="Storage" used={99} limit={100} resetsAt="2026-12-01" timeZone="UTC" locale="en-US">
        <Meter.Label asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the part fills it with the label */}
          <h3 />
        </Meter.Label>
        <Meter.ValueText asChild>
          <strong />
        </Meter.ValueText>
        <Meter.Track />
        <Meter.Resets asChild>
          <small />
        </Meter.Resets>
        <Meter.Action asChild href="/upgrade">
          <RouterLink />
        </Meter.Action>
      </Meter.Root>,
    )

    expect(screen.getByRole('heading', { name: 'Storage' })).toBeInTheDocument()
    expect(screen.getByRole('meter', { name: 'Storage' })).toBeInTheDocument()
    expect(screen.getByText('99 of 100').tagName).toBe('STRONG')
    expect(screen.getByText('Resets Dec 1').tagName).toBe('SMALL')
    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute('href', '/upgrade')
  })

  it('should give an asChild action the safe href unless the child has its own', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      <Meter.Root label="Storage" used={99} limit={100}>
        <Meter.Action asChild href="/upgrade">
          <RouterLink>Buy more</RouterLink>
        </Meter.Action>
        <Meter.Action asChild href="/upgrade">
          <a href="/plans">See plans</a>
        </Meter.Action>
        <Meter.Action asChild href="//evil.example/card">
          <RouterLink>Unsafe</RouterLink>
        </Meter.Action>
      </Meter.Root>,
    )

    expect(screen.getByRole('link', { name: 'Buy more' })).toHaveAttribute('href', '/upgrade')
    expect(screen.getByRole('link', { name: 'See plans' })).toHaveAttribute('href', '/plans')
    expect(screen.getByText('Unsafe')).not.toHaveAttribute('href')
  })

  it('should tell which part is used outside Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Meter.Track />)).toThrow('`Meter.Track` must be used within `Meter.Root`')
    vi.mocked(console.error).mockRestore()
  })

  it('should render no track, indicator or action when unlimited', () => {
    render(<Composed used={5000} limit={null} />)

    expect(screen.queryByTestId('track')).not.toBeInTheDocument()
    expect(screen.queryByTestId('indicator')).not.toBeInTheDocument()
    expect(screen.queryByTestId('action')).not.toBeInTheDocument()
    expect(screen.getByTestId('value')).toHaveTextContent('GB used, no limit')
  })

  it('should show the action below the top levels with forceMount', () => {
    render(
      <Meter.Root label="Storage" used={1} limit={100}>
        <Meter.Label />
        <Meter.Action href="/upgrade" forceMount />
      </Meter.Root>,
    )

    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute('data-state', 'ok')
  })

  it.each([10, 50, 80, 95, 100])('should be axe clean at %i of 100', async (used) => {
    const { container } = render(<Composed used={used} />)
    await expectNoAxeViolations(container)
  })
})

describe('given a PaywallProvider', () => {
  it("should use the provider's locale, allowed origins and onEvent", () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    const queryClient = new QueryClient()
    const app = (used: number) => (
      <QueryClientProvider client={queryClient}>
        <PaywallProvider locale="de-DE" allowedOrigins={['https://billing.acme.com']} onEvent={onEvent}>
          <UsageMeter
            label="API calls"
            used={used}
            limit={10000}
            actionHref="https://billing.acme.com/plans"
          />
          <UsageMeter label="Seats" used={10} limit={10} actionHref="https://evil.example/plans" />
        </PaywallProvider>
      </QueryClientProvider>
    )
    const { rerender } = render(app(1820))
    expect(screen.getByRole('meter', { name: 'API calls' }).getAttribute('aria-valuetext')).toMatch(
      /^1\.820 of 10\.000 API calls, 18\s%$/,
    )

    rerender(app(9600))
    rerender(app(9600))

    expect(onEvent.mock.calls.map(([event]) => [event.type, event.threshold])).toEqual([
      ['threshold_crossed', 0.5],
      ['threshold_crossed', 0.8],
      ['threshold_crossed', 0.95],
    ])
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Upgrade' })).toHaveAttribute(
      'href',
      'https://billing.acme.com/plans',
    )
  })

  it('should report a crossing to the onEvent given in the same render', () => {
    const before = vi.fn<(event: PaywallEvent) => void>()
    const after = vi.fn<(event: PaywallEvent) => void>()
    const app = (used: number, onEvent: (event: PaywallEvent) => void) => (
      <PaywallProvider onEvent={onEvent}>
        <UsageMeter label="API calls" used={used} limit={1000} />
      </PaywallProvider>
    )
    const { rerender } = render(app(100, before))

    rerender(app(600, after))

    expect(before).not.toHaveBeenCalled()
    expect(after.mock.calls.map(([event]) => [event.type, event.threshold])).toEqual([
      ['threshold_crossed', 0.5],
    ])
  })
})
