import { cleanup, render, screen } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp, userEvent } from 'vitest/browser'
import { GracePeriodBanner } from '../grace-period-banner/grace-period-banner'
import '../styles.css'
import { UsageMeter } from './usage-meter'

const NOW = '2026-11-25T12:00:00Z'

async function emulateMedia(features: { name: string; value: string }[]) {
  await cdp().send('Emulation.setEmulatedMedia', { features })
}

afterEach(async () => {
  cleanup()
  sessionStorage.clear()
  document.documentElement.removeAttribute('data-pwk-theme')
  await emulateMedia([])
})

const indicatorOf = (container: HTMLElement) =>
  container.querySelector('.pwk-meter__indicator') as HTMLElement

async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container)
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

describe('given the stylesheet in light mode', () => {
  it.each([
    [100, 'ok', 'rgb(21, 128, 61)'],
    [500, 'notice', 'rgb(161, 98, 7)'],
    [800, 'warning', 'rgb(194, 65, 12)'],
    [950, 'critical', 'rgb(185, 28, 28)'],
    [1000, 'exceeded', 'rgb(153, 27, 27)'],
  ])('should colour the bar at %i of 1,000 (%s) as %s', (used, _state, color) => {
    const { container } = render(<UsageMeter label="API calls" used={used} limit={1000} />)

    expect(getComputedStyle(indicatorOf(container)).backgroundColor).toBe(color)
  })

  it('should fill the track to the used fraction', () => {
    const { container } = render(<UsageMeter label="API calls" used={820} limit={1000} />)

    const track = screen.getByRole('meter').getBoundingClientRect()
    const fill = indicatorOf(container).getBoundingClientRect()
    expect(track.width).toBeGreaterThan(0)
    expect(Math.abs(fill.width - track.width * 0.82)).toBeLessThan(1)
  })

  it('should cap the fill at the full track when over the limit', () => {
    const { container } = render(<UsageMeter label="API calls" used={5000} limit={1000} />)

    expect(indicatorOf(container).getBoundingClientRect().width).toBeCloseTo(
      screen.getByRole('meter').getBoundingClientRect().width,
      0,
    )
  })

  it('should keep the live region out of sight', () => {
    render(<UsageMeter label="API calls" used={820} limit={1000} />)

    const status = screen.getByRole('status').getBoundingClientRect()
    expect(status.width).toBeLessThanOrEqual(1)
    expect(status.height).toBeLessThanOrEqual(1)
  })

  it('should show a focus ring on the upgrade action when reached by keyboard', async () => {
    render(<UsageMeter label="API calls" used={990} limit={1000} actionHref="/billing" />)

    await userEvent.tab()
    const link = screen.getByRole('link', { name: 'Upgrade' })
    expect(link).toHaveFocus()
    expect(getComputedStyle(link).outlineStyle).toBe('solid')
    expect(getComputedStyle(link).outlineColor).toBe('rgb(67, 56, 202)')
  })

  it.each([100, 500, 800, 950, 1000])(
    'should pass axe, colour contrast included, at %i of 1,000',
    async (used) => {
      const { container } = render(
        <UsageMeter label="API calls" used={used} limit={1000} resetsAt="2026-12-01" actionHref="/billing" />,
      )
      await expectNoAxeViolations(container)
    },
  )
})

describe('given dark mode', () => {
  it('should follow the operating system', async () => {
    await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }])
    const { container } = render(<UsageMeter label="API calls" used={100} limit={1000} />)

    expect(getComputedStyle(indicatorOf(container)).backgroundColor).toBe('rgb(74, 222, 128)')
  })

  it('should stay light when the page says data-pwk-theme="light"', async () => {
    await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }])
    document.documentElement.setAttribute('data-pwk-theme', 'light')
    const { container } = render(<UsageMeter label="API calls" used={100} limit={1000} />)

    expect(getComputedStyle(indicatorOf(container)).backgroundColor).toBe('rgb(21, 128, 61)')
  })

  it('should apply under a data-pwk-theme="dark" ancestor in a light system', () => {
    const { container } = render(
      <div data-pwk-theme="dark">
        <UsageMeter label="API calls" used={1000} limit={1000} />
      </div>,
    )

    expect(getComputedStyle(indicatorOf(container)).backgroundColor).toBe('rgb(252, 165, 165)')
  })

  it.each([100, 500, 800, 950, 1000])(
    'should pass axe, colour contrast included, at %i of 1,000',
    async (used) => {
      await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }])
      const { container } = render(
        // A host page that follows the OS scheme itself (the kit sets nothing on the page).
        <div style={{ background: 'Canvas', colorScheme: 'light dark', padding: 8 }}>
          <UsageMeter
            label="API calls"
            used={used}
            limit={1000}
            resetsAt="2026-12-01"
            actionHref="/billing"
          />
        </div>,
      )
      await expectNoAxeViolations(container)
    },
  )
})

describe('given prefers-reduced-motion', () => {
  it('should animate the bar by default', () => {
    const { container } = render(<UsageMeter label="API calls" used={820} limit={1000} />)

    const durations = getComputedStyle(indicatorOf(container)).transitionDuration.split(', ')
    expect(durations.every((duration) => duration === '0.15s')).toBe(true)
  })

  it('should turn every transition off when the user asks for reduced motion', async () => {
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }])
    const { container } = render(
      <UsageMeter label="API calls" used={990} limit={1000} actionHref="/billing" />,
    )

    for (const element of [indicatorOf(container), screen.getByRole('link', { name: 'Upgrade' })]) {
      const durations = getComputedStyle(element).transitionDuration.split(', ')
      expect(durations.every((duration) => duration === '0s')).toBe(true)
    }
  })
})

describe('given the grace period banner', () => {
  it.each([
    ['2026-12-05T12:00:00Z', 'active', 'rgb(255, 251, 235)'],
    ['2026-11-26T12:00:00Z', 'expiring', 'rgb(255, 251, 235)'],
    ['2026-11-20T12:00:00Z', 'expired', 'rgb(254, 242, 242)'],
  ])('should style a grace end of %s (%s)', (endsAt, state, background) => {
    render(<GracePeriodBanner endsAt={endsAt} now={NOW} actionHref="/billing" />)

    const banner = screen.getByRole(state === 'expired' ? 'alert' : 'status')
    expect(banner).toHaveAttribute('data-state', state)
    expect(getComputedStyle(banner).backgroundColor).toBe(background)
  })

  it.each([
    ['light', '2026-12-05T12:00:00Z'],
    ['light', '2026-11-20T12:00:00Z'],
    ['dark', '2026-12-05T12:00:00Z'],
    ['dark', '2026-11-20T12:00:00Z'],
  ])(
    'should pass axe, colour contrast included, in %s mode for a grace end of %s',
    async (scheme, endsAt) => {
      await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }])
      const { container } = render(<GracePeriodBanner endsAt={endsAt} now={NOW} actionHref="/billing" />)
      await expectNoAxeViolations(container)
    },
  )

  it('should dismiss from the keyboard', async () => {
    render(<GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now={NOW} actionHref="/billing" />)

    await userEvent.tab()
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})

describe('given counts and units far beyond any real quota', () => {
  const boxWidth = 332

  it.each([
    ['a usage of 1e308', { used: 1e308, limit: 100, unit: 'requests' }],
    ['a limit of Number.MAX_VALUE', { used: 5, limit: Number.MAX_VALUE, unit: 'requests' }],
    ['a unit that is one 200-letter word', { used: 820, limit: 1000, unit: 'r'.repeat(200) }],
  ])(`should keep %s inside a ${boxWidth}px box`, (_, props) => {
    render(
      <div style={{ width: boxWidth }} data-testid="box">
        <UsageMeter label="API calls" locale="en-US" {...props} />
      </div>,
    )

    const box = screen.getByTestId('box')
    const meter = box.firstElementChild as HTMLElement
    expect(meter.scrollWidth).toBeLessThanOrEqual(boxWidth)
    for (const part of meter.querySelectorAll('*')) {
      expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(box.getBoundingClientRect().right + 0.5)
    }
  })
})
