import { FeatureLock, Lock, PaywallModal, reasonCopy } from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ComponentProps } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { AcmePaywallModal, BasicReports, PremiumReports } from './support/acme'
import { inDarkTheme } from './support/dark-theme'
import { AccessState, FeatureState, paywallFor } from './support/paywall-state'
import { countRequests, loadedOf } from './support/story-context'

type LockState = 'locked' | 'unlocked' | 'unknown'
type FeatureLockStoryArgs = ComponentProps<typeof FeatureLock> & {
  /** The feature's access, set up the way the provider would (a 402, a loading query, nothing). */
  state: LockState
}

function SampleChart() {
  return (
    <figure className="acme-panel" style={{ margin: 0 }}>
      <figcaption>Revenue by channel, last 30 days</figcaption>
      <table className="acme-table">
        <caption>Revenue by channel</caption>
        <tbody>
          <tr>
            <th scope="row">Organic</th>
            <td>$12,400</td>
          </tr>
          <tr>
            <th scope="row">Paid search</th>
            <td>$8,150</td>
          </tr>
        </tbody>
      </table>
      <button type="button" className="acme-button">
        Open report
      </button>
    </figure>
  )
}

const subscriptionExpired = paywallFor('subscription_expired')
const expiredTitle = reasonCopy('subscription_expired').title
const trialEnded = paywallFor('trial_ended', { message: 'Your 14-day trial of Pro ended on Nov 20.' })

const meta = {
  title: 'Components/FeatureLock',
  component: FeatureLock,
  tags: ['autodocs'],
  args: { feature: 'reports', state: 'locked' },
  argTypes: {
    state: { control: 'inline-radio', options: ['locked', 'unlocked', 'unknown'] },
    children: { control: false },
    fallback: { control: false },
  },
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  render: ({ state, ...args }) => (
    <FeatureState feature={args.feature} state={state}>
      <FeatureLock {...args}>
        <SampleChart />
      </FeatureLock>
      <PaywallModal />
    </FeatureState>
  ),
} satisfies Meta<FeatureLockStoryArgs>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A feature locked by a 402: still visible but inert under an overlay that says why, with "Unlock",
 * which opens the paywall for this feature. Switch `state` to see it unlocked or unknown.
 */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    const lock = canvasElement.querySelector('.pwk-lock')
    await waitFor(() => expect(lock).toHaveAttribute('data-state', 'locked'))
    const overlay = canvas.getByRole('group', { name: reasonCopy('upgrade_required').title })
    await waitFor(() => expect(overlay).toBeVisible())
    // Inert while locked: its controls are out of reach for the keyboard, the mouse and screen readers.
    await expect(canvas.getByRole('button', { name: 'Open report' }).closest('[inert]')).not.toBeNull()

    await userEvent.click(canvas.getByRole('button', { name: 'Unlock' }))
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
      name: reasonCopy('upgrade_required').title,
    })
    await waitFor(() => expect(dialog).toBeVisible())
  },
}

/** Every state side by side: locked (with the 402's reason), unlocked, and unknown (still loading). */
export const AllStates: Story = {
  parameters: { docs: { story: { inline: true } } },
  render: () => (
    <div className="acme-gallery">
      {(['locked', 'unlocked', 'unknown'] as const).map((state) => (
        <figure key={state} className="acme-gallery__item">
          <figcaption>{state}</figcaption>
          <FeatureState feature={`reports-${state}`} state={state} paywall={subscriptionExpired}>
            <FeatureLock feature={`reports-${state}`}>
              <SampleChart />
            </FeatureLock>
            <AccessState feature={`reports-${state}`} />
          </FeatureState>
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const locks = [...canvasElement.querySelectorAll('.pwk-lock')]
    await waitFor(() =>
      expect(locks.map((lock) => lock.getAttribute('data-state'))).toEqual(['locked', 'unlocked', 'unknown']),
    )
    await expect(canvas.getByTestId('access-reports-locked')).toHaveTextContent('locked')
    await expect(canvas.getByTestId('access-reports-unknown')).toHaveTextContent('unknown')
    await waitFor(() =>
      expect(canvas.getByRole('group', { name: reasonCopy('subscription_expired').title })).toBeVisible(),
    )
    // Unknown never looks locked: the feature stays usable.
    const usable = canvas
      .getAllByRole('button', { name: 'Open report' })
      .filter((button) => button.closest('[inert]') === null)
    await expect(usable).toHaveLength(2)
  },
}

/** The same states in the dark theme, so axe checks its contrast too. */
export const AllStatesDark: Story = inDarkTheme(AllStates, 'All States (dark)')

/** Checks what makes the lock read as a lock: a panel with an opaque background, inside the lock, over blurred content. */
async function expectLockLook(canvasElement: HTMLElement) {
  const lock = canvasElement.querySelector('.pwk-lock') as HTMLElement
  await waitFor(() => expect(lock).toHaveAttribute('data-state', 'locked'))
  const panel = lock.querySelector('.pwk-lock__panel') as HTMLElement
  await waitFor(() => expect(panel).toBeVisible())
  await expect(panel.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull()
  await expect(getComputedStyle(panel).backgroundColor).not.toMatch(/rgba\(.*, 0(\.\d+)?\)$|transparent/)
  await expect(
    getComputedStyle(lock.querySelector('.pwk-lock__overlay') as HTMLElement).backdropFilter,
  ).toContain('blur')
  const outer = lock.getBoundingClientRect()
  const inner = panel.getBoundingClientRect()
  await expect(inner.left >= outer.left && inner.right <= outer.right + 0.5).toBe(true)
  await expect(inner.top >= outer.top && inner.bottom <= outer.bottom + 0.5).toBe(true)
}

/**
 * The locked look: a padlock, the paywall's title and reason and "Unlock" in a panel with its own
 * background, over the feature blurred behind a scrim (solid where the browser cannot blur).
 */
export const LockLook: Story = {
  args: { state: 'locked' },
  play: async ({ canvasElement }) => {
    await expectLockLook(canvasElement)
  },
}

/** The locked look in the dark theme; axe checks the panel's contrast. */
export const LockLookDark: Story = inDarkTheme(LockLook, 'Lock Look (dark)')

/** The locked look in a 320 px column: the panel stays whole inside the lock, even over a short feature. */
export const LockLookNarrow: Story = {
  args: { state: 'locked' },
  render: ({ state, ...args }) => (
    <div style={{ inlineSize: 320 }}>
      <FeatureState feature={args.feature} state={state}>
        <FeatureLock {...args}>
          <p style={{ margin: 0 }}>Revenue: $12,400</p>
        </FeatureLock>
      </FeatureState>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expectLockLook(canvasElement)
    await expect(
      (canvasElement.querySelector('.pwk-lock') as HTMLElement).getBoundingClientRect().width,
    ).toBeLessThanOrEqual(320)
  },
}

/** `fallback` replaces the feature while locked, instead of the overlay. */
export const WithFallback: Story = {
  render: ({ state, ...args }) => (
    <FeatureState feature={args.feature} state={state}>
      <FeatureLock {...args} fallback={<p className="acme-panel">Reports are part of the Pro plan.</p>}>
        <SampleChart />
      </FeatureLock>
    </FeatureState>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Reports are part of the Pro plan.')).toBeVisible()
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument()
  },
}

/** The headless parts composed by hand: the overlay shows the 402's own message too. */
export const Parts: Story = {
  render: ({ state, feature }) => (
    <FeatureState feature={feature} state={state} paywall={trialEnded}>
      <Lock.Root feature={feature} className="acme-panel">
        <Lock.Content>
          <SampleChart />
        </Lock.Content>
        <Lock.Overlay>
          <Lock.Title />
          <Lock.Description />
          <Lock.Unlock>Choose a plan</Lock.Unlock>
        </Lock.Overlay>
      </Lock.Root>
    </FeatureState>
  ),
  play: async ({ canvas }) => {
    const overlay = await canvas.findByRole('group', { name: reasonCopy('trial_ended').title })
    await expect(overlay).toHaveTextContent('Your 14-day trial of Pro ended on Nov 20.')
    await waitFor(() => expect(within(overlay).getByRole('button', { name: 'Choose a plan' })).toBeVisible())
  },
}

/**
 * The whole journey on the mock billing API (`expired` subscription): loading the premium reports hits
 * 402, the modal opens with focus inside, Escape closes it and focus lands on "Unlock" (the button that
 * was pressed is now inert). "Unlock" reopens it; paying resolves the paywall, which refetches the
 * reports once and unlocks them. The free overview keeps working throughout.
 */
export const PayToUnlock: Story = {
  parameters: { billing: { scenario: 'expired' } },
  render: () => (
    <div className="acme-stack">
      <BasicReports />
      <PremiumReports loadOnClick />
      <AcmePaywallModal />
    </div>
  ),
  play: async (context) => {
    const { canvas, canvasElement } = context
    const body = within(canvasElement.ownerDocument.body)
    const { onEvent } = loadedOf(context)
    await canvas.findByRole('table', { name: 'Overview' })

    const load = canvas.getByRole('button', { name: 'Load premium reports' })
    await userEvent.click(load)
    const dialog = await body.findByRole('dialog', { name: expiredTitle })
    await waitFor(() =>
      expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement),
    )
    await expect(countRequests(context, 'GET /api/reports')).toBe(1)

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(body.queryByRole('dialog')).not.toBeInTheDocument())
    const unlock = canvas.getByRole('button', { name: 'Unlock' })
    await waitFor(() => expect(unlock).toHaveFocus())
    await expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_dismissed' }))
    // Still one request: a dismissed paywall does not retry, and does not come back by itself.
    await expect(countRequests(context, 'GET /api/reports')).toBe(1)
    await expect(canvas.getByRole('table', { name: 'Overview' })).toBeVisible()

    await userEvent.click(unlock)
    const reopened = await body.findByRole('dialog', { name: expiredTitle })
    await userEvent.click(within(reopened).getByRole('button', { name: 'Pay $29 with card on file' }))

    await waitFor(() => expect(body.queryByRole('dialog')).not.toBeInTheDocument())
    await expect(await canvas.findByRole('table', { name: 'Premium reports' })).toBeInTheDocument()
    await expect(canvasElement.querySelector('.pwk-lock')).toHaveAttribute('data-state', 'unlocked')
    await expect(countRequests(context, 'GET /api/reports')).toBe(2)
    await expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'paywall_resolved' }))
  },
}
