import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef, type ReactNode, useEffect } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../../test/axe'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider, type PaywallProviderProps } from '../provider/paywall-provider'
import { FeatureLock } from './feature-lock'
import * as Lock from './feature-lock-parts'

const upgrade = parsePaymentRequired({
  status: 402,
  body: { error: 'upgrade_required', message: 'Reports are part of the Pro plan.', upgrade_url: '/pricing' },
}) as PaymentRequired

/** Reports a 402 for `feature`, as the provider does when that feature's query fails. */
function Lock402({ feature = 'reports' }: { feature?: string }) {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(upgrade, { feature, source: 'query', key: feature })}>
      Refresh {feature}
    </button>
  )
}

/** Reports a 402 for each feature once mounted, as queries failing on page load do: nothing has focus. */
function Load402({ features }: { features: string[] }) {
  const { report } = usePaywall()
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on page load
  useEffect(() => {
    for (const feature of features) report(upgrade, { feature, source: 'query', key: feature })
  }, [])
  return null
}

function Pending({ feature }: { feature: string }) {
  useQuery({ queryKey: [feature], queryFn: () => new Promise(() => {}), meta: { paywallFeature: feature } })
  return null
}

const resolver = { current: async () => {} }
function Resolve() {
  resolver.current = usePaywall().resolve
  return null
}

function renderLock(ui: ReactNode, props: Partial<PaywallProviderProps> = {}) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider {...props}>
        <main>
          <Lock402 />
          <Lock402 feature="exports" />
          {ui}
        </main>
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>,
  )
}

async function lockReports(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Refresh reports' }))
  await user.click(await screen.findByRole('button', { name: 'Not now' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
}

describe('given an unlocked feature', () => {
  it('should render the children as they are, usable, with no overlay', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    renderLock(
      <FeatureLock feature="reports" data-testid="lock">
        <button type="button" onClick={onClick}>
          Export CSV
        </button>
      </FeatureLock>,
    )

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))

    expect(onClick).toHaveBeenCalledTimes(1)
    expect(screen.getByTestId('lock')).toHaveAttribute('data-state', 'unlocked')
    expect(screen.getByTestId('lock').querySelector('[inert]')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument()
    await expectNoAxeViolations()
  })
})

describe('given a feature whose query is still loading', () => {
  it('should be unknown and never look locked', async () => {
    renderLock(
      <>
        <Pending feature="reports" />
        <FeatureLock feature="reports" data-testid="lock">
          <button type="button">Export CSV</button>
        </FeatureLock>
      </>,
    )

    expect(screen.getByTestId('lock')).toHaveAttribute('data-state', 'unknown')
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument()
    expect(screen.getByTestId('lock').querySelector('[inert]')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument()
    await expectNoAxeViolations()
  })
})

describe('given a locked feature', () => {
  it('should keep the children visible but inert, under an overlay with the reason', async () => {
    const user = userEvent.setup()
    renderLock(
      <FeatureLock feature="reports" data-testid="lock">
        <h2>Revenue report</h2>
        <button type="button">Export CSV</button>
      </FeatureLock>,
    )

    await lockReports(user)

    const lock = screen.getByTestId('lock')
    expect(lock).toHaveAttribute('data-state', 'locked')
    expect(lock.querySelector('.pwk-lock__content')).toHaveAttribute('inert')
    expect(within(lock).getByText('Revenue report')).toBeInTheDocument()
    // jsdom does not implement `inert`; the browser test checks focus and clicks for real.
    expect(within(lock).getByRole('button', { name: 'Export CSV' }).closest('[inert]')).not.toBeNull()
    expect(screen.getByRole('group', { name: 'Upgrade to unlock this feature' })).toBeInTheDocument()
    await expectNoAxeViolations()
  })

  it('should leave other features alone', async () => {
    const user = userEvent.setup()
    renderLock(
      <>
        <FeatureLock feature="reports" data-testid="reports" />
        <FeatureLock feature="exports" data-testid="exports" />
      </>,
    )

    await lockReports(user)

    expect(screen.getByTestId('reports')).toHaveAttribute('data-state', 'locked')
    expect(screen.getByTestId('exports')).toHaveAttribute('data-state', 'unlocked')
  })

  it('should keep the children mounted, with their state, when the lock comes and goes', async () => {
    const user = userEvent.setup()
    renderLock(
      <>
        <Resolve />
        <FeatureLock feature="reports">
          <label>
            Filter <input />
          </label>
        </FeatureLock>
      </>,
    )
    await user.type(screen.getByRole('textbox', { name: 'Filter' }), 'q3')
    const input = screen.getByRole('textbox', { name: 'Filter' })

    await lockReports(user)
    await resolver.current()

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Filter' })).toBe(input))
    expect(input).toHaveValue('q3')
  })

  it('should open the modal for this feature from "Unlock", and return focus there', async () => {
    const user = userEvent.setup()
    renderLock(<FeatureLock feature="reports">Reports</FeatureLock>)
    await lockReports(user)

    await user.click(screen.getByRole('button', { name: 'Unlock' }))

    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveAccessibleName('Upgrade to unlock this feature')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toHaveFocus())
  })

  it('should send focus to "Unlock" when the control that caused the 402 became inert', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <FeatureLock feature="reports">
            <Lock402 />
          </FeatureLock>
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )

    await user.click(screen.getByRole('button', { name: 'Refresh reports' }))
    await user.click(await screen.findByRole('button', { name: 'Not now' }))

    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toHaveFocus())
  })

  it('should send focus to the Unlock of the paywall’s feature when the 402 came on page load', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <section aria-label="Reports">
            <FeatureLock feature="reports">Reports</FeatureLock>
          </section>
          <section aria-label="Exports">
            <FeatureLock feature="exports">Exports</FeatureLock>
          </section>
          <Load402 features={['exports', 'reports']} />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await screen.findByRole('dialog')

    await user.keyboard('{Escape}')

    const exports = screen.getByRole('region', { name: 'Exports' })
    await waitFor(() => expect(within(exports).getByRole('button', { name: 'Unlock' })).toHaveFocus())
  })

  it('should leave focus alone when the 402 came on page load and no lock is on the page', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <FeatureLock feature="exports">Exports</FeatureLock>
          <Load402 features={['reports']} />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await screen.findByRole('dialog')

    await user.keyboard('{Escape}')

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(document.body).toHaveFocus()
  })

  it('should show `fallback` instead of the children when given', async () => {
    const user = userEvent.setup()
    renderLock(
      <FeatureLock feature="reports" fallback={<p>Reports are a Pro feature.</p>}>
        <p>Revenue: $1M</p>
      </FeatureLock>,
    )
    expect(screen.getByText('Revenue: $1M')).toBeInTheDocument()

    await lockReports(user)

    expect(screen.getByText('Reports are a Pro feature.')).toBeInTheDocument()
    expect(screen.queryByText('Revenue: $1M')).not.toBeInTheDocument()
  })

  it('should hand the access to a render function, with no wrapper', async () => {
    const user = userEvent.setup()
    const { container } = renderLock(
      <FeatureLock feature="reports">
        {({ state, paywall, open }) => (
          <button type="button" data-state={state} onClick={open}>
            {state === 'locked' ? `Locked: ${paywall?.reason}` : 'Open reports'}
          </button>
        )}
      </FeatureLock>,
    )
    expect(screen.getByRole('button', { name: 'Open reports' })).toHaveAttribute('data-state', 'unlocked')

    await lockReports(user)
    await user.click(screen.getByRole('button', { name: 'Locked: upgrade_required' }))

    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    expect(container.querySelector('.pwk-lock')).toBeNull()
  })

  it('should make the child the lock itself with asChild', async () => {
    const user = userEvent.setup()
    renderLock(
      <FeatureLock feature="reports" asChild className="extra">
        <section aria-label="Reports panel">
          <p>Chart</p>
        </section>
      </FeatureLock>,
    )
    const section = screen.getByRole('region', { name: 'Reports panel' })
    expect(section).toHaveClass('pwk-lock', 'extra')
    expect(section).toHaveAttribute('data-state', 'unlocked')

    await lockReports(user)

    expect(section).toHaveAttribute('data-state', 'locked')
    expect(within(section).getByText('Chart').closest('[inert]')).not.toBeNull()
    expect(within(section).getByRole('button', { name: 'Unlock' })).toBeInTheDocument()
  })

  it('should use the provider’s and the lock’s messages', async () => {
    const user = userEvent.setup()
    renderLock(
      <FeatureLock feature="reports" messages={{ lock: { unlock: 'Freischalten' } }}>
        Reports
      </FeatureLock>,
      { messages: { reasons: { upgrade_required: { title: 'Pro-Funktion' } } } },
    )

    await lockReports(user)

    expect(screen.getByRole('group', { name: 'Pro-Funktion' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Freischalten' })).toBeInTheDocument()
  })
})

describe('given the headless parts', () => {
  it('should forward refs, spread props and expose data-state on each part', async () => {
    const user = userEvent.setup()
    const root = createRef<HTMLDivElement>()
    const unlock = createRef<HTMLButtonElement>()
    renderLock(
      <Lock.Root feature="reports" ref={root} id="reports-lock">
        <Lock.Content data-testid="content">Reports</Lock.Content>
        <Lock.Overlay data-testid="overlay">
          <Lock.Title asChild>
            <h3>Locked</h3>
          </Lock.Title>
          <Lock.Description />
          <Lock.Unlock ref={unlock} className="mine" />
        </Lock.Overlay>
      </Lock.Root>,
    )
    expect(root.current).toHaveAttribute('id', 'reports-lock')
    expect(screen.queryByTestId('overlay')).not.toBeInTheDocument()

    await lockReports(user)

    expect(screen.getByTestId('content')).toHaveAttribute('data-state', 'locked')
    expect(screen.getByRole('group', { name: 'Locked' })).toHaveAttribute('data-state', 'locked')
    expect(screen.getByText('Reports are part of the Pro plan.')).toBeInTheDocument()
    expect(unlock.current).toHaveClass('mine', 'pwk-lock__unlock')
    expect(unlock.current).toHaveAccessibleDescription('Locked')
  })

  it('should throw an actionable error outside Lock.Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Lock.Unlock />)).toThrow('`Lock.Unlock` must be used within `Lock.Root`')
  })
})

describe('given asChild with an empty child element', () => {
  it('should fill the title, description and Unlock with their default text', async () => {
    const user = userEvent.setup()
    renderLock(
      <Lock.Root feature="reports">
        <Lock.Content>Reports</Lock.Content>
        <Lock.Overlay>
          <Lock.Title asChild>
            {/* biome-ignore lint/a11y/useHeadingContent: the part fills it with the default title */}
            <h2 />
          </Lock.Title>
          <Lock.Description asChild>
            <div />
          </Lock.Description>
          <Lock.Unlock asChild>
            <button type="button" />
          </Lock.Unlock>
        </Lock.Overlay>
      </Lock.Root>,
    )

    await lockReports(user)

    expect(
      screen.getByRole('heading', { level: 2, name: 'Upgrade to unlock this feature' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Reports are part of the Pro plan.').tagName).toBe('DIV')
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveClass('pwk-lock__unlock')
  })
})

describe('given an onClick on Unlock that calls preventDefault', () => {
  it('should leave the paywall closed, as it does with asChild', async () => {
    const user = userEvent.setup()
    const veto = vi.fn((event: { preventDefault: () => void }) => event.preventDefault())
    renderLock(
      <>
        <Lock.Root feature="reports">
          <Lock.Overlay>
            <Lock.Unlock onClick={veto}>Unlock reports</Lock.Unlock>
          </Lock.Overlay>
        </Lock.Root>
        <Lock.Root feature="exports">
          <Lock.Overlay>
            <Lock.Unlock asChild>
              <button type="button" onClick={veto}>
                Unlock exports
              </button>
            </Lock.Unlock>
          </Lock.Overlay>
        </Lock.Root>
      </>,
    )
    await lockReports(user)
    await user.click(screen.getByRole('button', { name: 'Refresh exports' }))
    await user.click(await screen.findByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Unlock reports' }))
    await user.click(screen.getByRole('button', { name: 'Unlock exports' }))

    expect(veto).toHaveBeenCalledTimes(2)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
