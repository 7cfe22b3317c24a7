import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { createRef, type ReactNode, useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallProvider } from '../provider/paywall-provider'
import { FeatureLock } from './feature-lock'
import * as Lock from './feature-lock-parts'

const upgrade = parsePaymentRequired({
  status: 402,
  body: { error: 'upgrade_required', message: 'Reports are part of the Pro plan.' },
}) as PaymentRequired

function LockReports() {
  const { report } = usePaywall()
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useEffect(() => {
    report(upgrade, { feature: 'reports', source: 'query', key: 'reports' })
  }, [])
  return null
}

function renderLocked(ui: ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <LockReports />
        {ui}
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

describe('given the drop-in FeatureLock, locked', () => {
  it('should name the overlay by the title and show the reason, a hidden padlock and Unlock in one panel', async () => {
    renderLocked(
      <FeatureLock feature="reports">
        <p>Revenue: $12,400</p>
      </FeatureLock>,
    )

    const group = await screen.findByRole('group', { name: upgrade.title })
    const panel = group.querySelector('.pwk-lock__panel') as HTMLElement
    expect(panel).toHaveTextContent(upgrade.message)
    expect(panel).toContainElement(screen.getByRole('button', { name: 'Unlock' }))
    expect(panel.querySelector('.pwk-lock__icon')).toHaveAttribute('aria-hidden', 'true')
  })
})

describe('given Lock.Panel and Lock.Icon', () => {
  it('should spread props, forward refs and carry the lock state', async () => {
    const panelRef = createRef<HTMLDivElement>()
    const iconRef = createRef<HTMLSpanElement>()
    renderLocked(
      <Lock.Root feature="reports">
        <Lock.Overlay>
          <Lock.Panel ref={panelRef} data-testid="panel" className="mine">
            <Lock.Icon ref={iconRef} data-testid="icon" />
            <Lock.Title />
          </Lock.Panel>
        </Lock.Overlay>
      </Lock.Root>,
    )

    const panel = await screen.findByTestId('panel')
    expect(panel).toBe(panelRef.current)
    expect(panel).toHaveClass('pwk-lock__panel', 'mine')
    expect(panel).toHaveAttribute('data-state', 'locked')
    expect(screen.getByTestId('icon')).toBe(iconRef.current)
    expect(iconRef.current?.querySelector('svg')).not.toBeNull()
  })

  it('should render the child element with asChild, and let an icon of your own replace the padlock', async () => {
    renderLocked(
      <Lock.Root feature="reports">
        <Lock.Overlay>
          <Lock.Panel asChild>
            <section data-testid="panel">
              <Lock.Icon>★</Lock.Icon>
              <Lock.Title />
            </section>
          </Lock.Panel>
        </Lock.Overlay>
      </Lock.Root>,
    )

    const panel = await screen.findByTestId('panel')
    expect(panel.tagName).toBe('SECTION')
    expect(panel).toHaveClass('pwk-lock__panel')
    const icon = panel.querySelector('.pwk-lock__icon') as HTMLElement
    expect(icon).toHaveTextContent('★')
    expect(icon.querySelector('svg')).toBeNull()
  })

  it('should throw outside Lock.Root', () => {
    expect(() => render(<Lock.Icon />)).toThrow(/Lock.Root/)
  })
})
