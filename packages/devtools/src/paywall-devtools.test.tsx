import { FeatureLock, GracePeriodBanner, PaywallModal, UsageMeter } from '@paywall-kit/react'
import {
  findFeatureLock,
  findPaywall,
  paymentRequiredError,
  queryPaywall,
  renderWithPaywall,
} from '@paywall-kit/react/testing'
import { useQuery } from '@tanstack/react-query'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../test/axe'
import { PaywallDevtools, PaywallDevtoolsPanel } from './index'

function Reports({ paywalled }: { paywalled: boolean }) {
  const reports = useQuery({
    queryKey: ['reports'],
    queryFn: async () => {
      if (paywalled) throw paymentRequiredError({ reason: 'upgrade_required', requestId: 'req_42' })
      return 'Quarterly report'
    },
    meta: { paywallFeature: 'reports' },
  })
  return (
    <FeatureLock feature="reports">
      <p>{reports.data ?? 'Loading'}</p>
    </FeatureLock>
  )
}

function App({ paywalled = false, onEvent }: { paywalled?: boolean; onEvent?: () => void }) {
  return (
    <>
      <Reports paywalled={paywalled} />
      <FeatureLock feature="exports">
        <button type="button">Export</button>
      </FeatureLock>
      <PaywallModal />
      <PaywallDevtoolsPanel />
      {onEvent && null}
    </>
  )
}

const panel = () => screen.getByRole('region', { name: 'Paywall devtools' })

async function openTab(name: RegExp | string) {
  await userEvent.click(within(panel()).getByRole('tab', { name }))
}

describe('given a query that hit the paywall', () => {
  it('should show the reason, the feature’s lock, the query key, the dialect, request id and raw body', async () => {
    renderWithPaywall(<App paywalled />)
    const dialog = await findPaywall()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    const current = within(panel()).getByRole('region', { name: 'Current paywall' })
    expect(within(current).getByText('upgrade_required')).toBeInTheDocument()
    expect(within(current).getByText('Dismissed ("Not now")')).toBeInTheDocument()
    const locks = within(panel()).getByRole('table', { name: 'Locks' })
    expect(within(locks).getByRole('row', { name: 'reports upgrade_required nested' })).toBeInTheDocument()
    const responses = within(panel()).getByRole('table', { name: '402 responses' })
    const row = within(responses).getByRole('row', { name: /\["reports"\]/ })
    expect(row).toHaveTextContent('query')
    expect(row).toHaveTextContent('req_42')
    await userEvent.click(await within(row).findByText(/Raw body \(HTTP 402\)/))
    expect(within(row).getByText(/"reason":"upgrade_required"/)).toBeVisible()
  })
})

describe('given a developer simulates a 402', () => {
  it('should open the modal and lock the feature, then unlock on Resolve', async () => {
    const onEvent = vi.fn()
    renderWithPaywall(<App />, { providerProps: { onEvent } })
    await openTab('Simulate')
    await userEvent.selectOptions(screen.getByLabelText('Reason'), 'quota_exceeded')
    await userEvent.selectOptions(screen.getByLabelText('Dialect'), 'problem+json')
    await userEvent.click(screen.getByRole('radio', { name: 'Feature' }))
    await userEvent.clear(screen.getByLabelText('Feature name'))
    await userEvent.type(screen.getByLabelText('Feature name'), 'exports')
    await userEvent.click(screen.getByRole('button', { name: 'Simulate 402' }))

    const dialog = await findPaywall()
    expect(dialog).toBeInTheDocument()
    expect(await findFeatureLock('exports', { state: 'locked' })).toBeInTheDocument()
    expect(
      screen.getByText('Simulated a problem+json 402 (quota_exceeded) on feature exports.'),
    ).toBeInTheDocument()
    expect(onEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'paywall_shown', reason: 'quota_exceeded' }),
    )

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(queryPaywall()).toBeNull())
    await userEvent.click(within(panel()).getByRole('button', { name: 'Resolve' }))
    expect(await findFeatureLock('exports', { state: 'unlocked' })).toBeInTheDocument()
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_resolved' }))

    await openTab(/Events/)
    const log = within(panel()).getByRole('list', { name: 'Events' })
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/^\S+ /, '')),
    ).toEqual([
      'paywall_resolved · quota_exceeded · exports · ×1',
      'paywall_dismissed · quota_exceeded · exports',
      'paywall_shown · quota_exceeded · exports · ×1',
    ])
  })

  it('should report on a chosen query key in any dialect, and Reset forgets it without resolving', async () => {
    const onEvent = vi.fn()
    const { store } = renderWithPaywall(<App />, { providerProps: { onEvent } })
    expect(await screen.findByText('Quarterly report')).toBeInTheDocument()
    await openTab('Simulate')
    await userEvent.selectOptions(screen.getByLabelText('Dialect'), 'stripe')
    await userEvent.selectOptions(screen.getByLabelText('Query key'), '["reports"]')
    await userEvent.click(screen.getByRole('button', { name: 'Simulate 402' }))

    await findPaywall()
    expect(await findFeatureLock('reports', { state: 'locked' })).toBeInTheDocument()
    expect(store.getSnapshot().reports).toEqual([
      expect.objectContaining({ key: '["reports"]', source: 'query', feature: 'reports' }),
    ])
    expect(store.getSnapshot().current?.dialect).toBe('stripe')

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(queryPaywall()).toBeNull())
    await userEvent.click(within(panel()).getByRole('button', { name: 'Reset' }))
    expect(await findFeatureLock('reports', { state: 'unlocked' })).toBeInTheDocument()
    expect(store.getSnapshot().reports).toEqual([])
    expect(onEvent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_resolved' }))
  })
})

describe('given a usage meter and a grace banner', () => {
  it('should scrub the meter’s usage and move the grace clock', async () => {
    renderWithPaywall(
      <>
        <UsageMeter label="API calls" used={500} limit={1000} />
        <GracePeriodBanner endsAt="2026-11-28T12:00:00Z" now="2026-11-25T12:00:00Z" timeZone="UTC" />
        <PaywallDevtoolsPanel defaultTab="overrides" />
      </>,
    )
    // A native range input: the browser gives it its keys; jsdom has none, so the value is set directly.
    const slider = screen.getByRole('slider', { name: 'API calls usage' })
    expect(slider).toHaveAttribute('max', '1200')
    fireEvent.change(slider, { target: { value: '1200' } })
    expect(screen.getByRole('meter', { name: 'API calls' })).toHaveAttribute('aria-valuenow', '1000')
    expect(screen.getByRole('meter', { name: 'API calls' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringContaining('1,200'),
    )

    await userEvent.click(screen.getByRole('button', { name: 'Use the app’s value for API calls' }))
    expect(screen.getByRole('meter', { name: 'API calls' })).toHaveAttribute('aria-valuenow', '500')

    expect(screen.getByRole('status', { name: 'Your payment failed' })).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Clock time'), { target: { value: '2026-11-27T12:00' } })
    expect(screen.getByRole('status', { name: 'Your payment failed' }).textContent).toMatch(
      /ends (tomorrow|in 1 day)/i,
    )
    await userEvent.click(screen.getByRole('button', { name: '+1 day' }))
    await userEvent.click(screen.getByRole('button', { name: '+1 day' }))
    expect(await screen.findByRole('alert', { name: 'Your access has ended' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Real time' }))
    expect(screen.getByRole('status', { name: 'Your payment failed' })).toBeInTheDocument()
  })
})

describe('given the docked devtools', () => {
  it('should open from the keyboard, switch tabs with arrows, and close on Escape back to the toggle', async () => {
    renderWithPaywall(<PaywallDevtools />)
    const toggle = screen.getByRole('button', { name: 'Paywall devtools' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.tab()
    expect(toggle).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')

    const stateTab = within(panel()).getByRole('tab', { name: 'State' })
    stateTab.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(within(panel()).getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true')
    expect(within(panel()).getByRole('button', { name: 'Simulate 402' })).toBeInTheDocument()

    await userEvent.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
    expect(screen.queryByRole('region', { name: 'Paywall devtools' })).not.toBeInTheDocument()
  })

  it('should be axe clean on every tab, with a paywall shown', async () => {
    renderWithPaywall(<App paywalled />)
    await findPaywall()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(queryPaywall()).toBeNull())
    for (const tab of ['State', 'Simulate', 'Usage and clock', /Events/]) {
      await openTab(tab)
      await expectNoAxeViolations(panel())
    }
  })
})

describe('given a production build', () => {
  it('should render nothing from the default entry', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
    try {
      const production = await import('./index')
      const { container } = renderWithPaywall(
        <>
          <production.PaywallDevtools initialIsOpen />
          <production.PaywallDevtoolsPanel />
        </>,
      )
      expect(container).toBeEmptyDOMElement()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
