import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import axe from 'axe-core'
import { type ReactNode, useEffect } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallProvider } from '../provider/paywall-provider'
import '../styles.css'
import { FeatureLock } from './feature-lock'

const upgrade = parsePaymentRequired({
  status: 402,
  body: { error: 'upgrade_required', message: 'Reports are part of the Pro plan.' },
}) as PaymentRequired

async function emulateMedia(features: { name: string; value: string }[]) {
  await cdp().send('Emulation.setEmulatedMedia', { features })
}

afterEach(async () => {
  cleanup()
  await emulateMedia([])
})

/** Locks `reports` on mount, as a query failing with a 402 on page load does. */
function LockReports() {
  const { report } = usePaywall()
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useEffect(() => {
    report(upgrade, { feature: 'reports', source: 'query', key: 'reports' })
  }, [])
  return null
}

function Report({ rows = 8 }: { rows?: number }) {
  return (
    <table>
      <tbody>
        {Array.from({ length: rows }, (_, index) => `Channel ${index + 1}`).map((channel) => (
          <tr key={channel} data-testid="row">
            <th scope="row">{channel}</th>
            <td>$12,400</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function renderLocked(content: ReactNode, width?: number) {
  const result = render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <LockReports />
        {/* A host page that follows the OS scheme itself (the kit sets nothing on the page). */}
        <div
          style={{ inlineSize: width, background: 'Canvas', color: 'CanvasText', colorScheme: 'light dark' }}
        >
          <FeatureLock feature="reports">{content}</FeatureLock>
        </div>
      </PaywallProvider>
    </QueryClientProvider>,
  )
  return result
}

const panelOf = () => screen.getByRole('group', { name: upgrade.title }).firstElementChild as HTMLElement
const lockOf = () => document.querySelector('.pwk-lock') as HTMLElement

async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container)
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

const alphaOf = (color: string) => {
  const match = /rgba?\(([^)]+)\)/.exec(color)
  const parts = match?.[1]?.split(/[,\s/]+/).filter(Boolean) ?? []
  return parts.length === 4 ? Number(parts[3]) : 1
}

describe('given a locked feature in a wide layout', () => {
  it('should show the padlock, title, reason and Unlock in one panel', async () => {
    renderLocked(<Report />)

    const group = await screen.findByRole('group', { name: upgrade.title })
    expect(group.textContent).toContain(upgrade.message)
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeVisible()
    const icon = group.querySelector('svg') as SVGElement
    expect(icon.getBoundingClientRect().width).toBeGreaterThan(0)
    expect(icon.closest('[aria-hidden="true"]')).not.toBeNull()
  })

  it('should blur the feature behind a scrim and give the panel an opaque background', async () => {
    renderLocked(<Report />)
    await screen.findByRole('group', { name: upgrade.title })

    const overlay = getComputedStyle(screen.getByRole('group', { name: upgrade.title }))
    expect(overlay.backdropFilter).toContain('blur(6px)')
    expect(alphaOf(getComputedStyle(panelOf()).backgroundColor)).toBe(1)
  })

  it('should cover every row it overlaps, so no row text shows through the panel', async () => {
    renderLocked(<Report rows={10} />)
    await screen.findByRole('group', { name: upgrade.title })

    const panel = panelOf().getBoundingClientRect()
    const overlapped = screen.getAllByTestId('row').filter((row) => {
      const box = row.getBoundingClientRect()
      return box.bottom > panel.top && box.top < panel.bottom
    })
    expect(overlapped.length).toBeGreaterThan(0)
    for (const row of overlapped) {
      const box = row.getBoundingClientRect()
      const y = Math.min(Math.max(box.top + box.height / 2, panel.top + 1), panel.bottom - 1)
      const x = panel.left + panel.width / 2
      // What is painted on top where the row's text would be: the panel, never the row.
      expect(panelOf().contains(document.elementFromPoint(x, y))).toBe(true)
    }
  })

  it('should keep the feature inert', async () => {
    renderLocked(<Report />)
    await screen.findByRole('group', { name: upgrade.title })

    expect(screen.getAllByTestId('row')[0]?.closest('[inert]')).not.toBeNull()
  })

  it('should pass axe in light mode', async () => {
    const { container } = renderLocked(<Report />)
    await screen.findByRole('group', { name: upgrade.title })

    await expectNoAxeViolations(container)
  })
})

describe('given a locked feature at 320 px', () => {
  it.each([
    ['a one-line feature', <p key="short">Revenue: $12,400</p>],
    ['a table', <Report key="table" rows={3} />],
  ])('should keep the whole panel inside the lock for %s', async (_name, content) => {
    renderLocked(content, 320)
    await screen.findByRole('group', { name: upgrade.title })

    const lock = lockOf().getBoundingClientRect()
    const panel = panelOf().getBoundingClientRect()
    expect(lock.width).toBeLessThanOrEqual(320)
    expect(panel.left).toBeGreaterThanOrEqual(lock.left)
    expect(panel.right).toBeLessThanOrEqual(lock.right)
    expect(panel.top).toBeGreaterThanOrEqual(lock.top)
    expect(panel.bottom).toBeLessThanOrEqual(lock.bottom)
    expect(screen.getByRole('button', { name: 'Unlock' }).getBoundingClientRect().right).toBeLessThanOrEqual(
      panel.right,
    )
  })
})

describe('given dark mode', () => {
  it('should give the panel the dark background and pass axe, colour contrast included', async () => {
    await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }])
    const { container } = renderLocked(<Report />)
    await screen.findByRole('group', { name: upgrade.title })

    expect(getComputedStyle(panelOf()).backgroundColor).toBe('rgb(17, 24, 39)')
    await expectNoAxeViolations(container)
  })
})

describe('given forced colours', () => {
  it('should keep a visible border round the panel and a solid scrim', async () => {
    await emulateMedia([{ name: 'forced-colors', value: 'active' }])
    renderLocked(<Report />)
    await screen.findByRole('group', { name: upgrade.title })

    const panel = getComputedStyle(panelOf())
    expect(panel.borderTopStyle).toBe('solid')
    expect(Number.parseFloat(panel.borderTopWidth)).toBeGreaterThanOrEqual(1)
    expect(panel.borderTopColor).not.toBe(panel.backgroundColor)
    const overlay = getComputedStyle(screen.getByRole('group', { name: upgrade.title }))
    expect(alphaOf(overlay.backgroundColor)).toBe(1)
  })
})
