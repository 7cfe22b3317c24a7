import { PaywallDevtools, PaywallDevtoolsPanel } from '@paywall-kit/devtools'
import { GracePeriodBanner, PaywallModal, UsageMeter } from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test'
import { PremiumReports } from './support/acme'

/** A page of the demo app beside the panel: a paid query, a meter, a grace banner and the modal. */
function Page() {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <GracePeriodBanner
        endsAt="2026-11-28T12:00:00Z"
        now="2026-11-25T12:00:00Z"
        timeZone="UTC"
        locale="en-US"
      />
      <UsageMeter label="API calls" used={420} limit={1000} unit="requests" />
      <PremiumReports />
      <PaywallModal />
    </div>
  )
}

const meta = {
  title: 'Guides/Devtools',
  component: PaywallDevtoolsPanel,
  args: { defaultTab: 'state' },
  argTypes: {
    defaultTab: { control: 'inline-radio', options: ['state', 'simulate', 'overrides', 'events'] },
  },
  parameters: { docs: { story: { inline: false, height: '720px' } } },
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 560px)' }}>
      <Page />
      <PaywallDevtoolsPanel {...args} />
    </div>
  ),
} satisfies Meta<typeof PaywallDevtoolsPanel>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The panel beside a page of the app. Simulate a 402 of any reason and dialect on the reports query:
 * the modal opens and the reports lock; Resolve refetches the query (the mock API answers 200) and
 * unlocks them.
 */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    const panel = canvas.getByRole('region', { name: 'Paywall devtools' })
    const lock = () => canvasElement.querySelector('.pwk-lock[data-feature="reports"]')
    await waitFor(() => expect(within(panel).getByText('No paywall')).toBeVisible())
    await waitFor(() => expect(lock()).toHaveAttribute('data-state', 'unlocked'))

    await userEvent.click(within(panel).getByRole('tab', { name: 'Simulate' }))
    await userEvent.selectOptions(within(panel).getByLabelText('Reason'), 'quota_exceeded')
    await userEvent.selectOptions(within(panel).getByLabelText('Dialect'), 'stripe')
    await userEvent.selectOptions(within(panel).getByLabelText('Query key'), '["reports","default"]')
    await userEvent.click(within(panel).getByRole('button', { name: 'Simulate 402' }))

    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('dialog')
    await waitFor(() => expect(dialog).toBeVisible())
    await waitFor(() => expect(lock()).toHaveAttribute('data-state', 'locked'))

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull())
    await userEvent.click(within(panel).getByRole('button', { name: 'Resolve' }))
    await waitFor(() => expect(lock()).toHaveAttribute('data-state', 'unlocked'))

    await userEvent.click(within(panel).getByRole('tab', { name: /Events/ }))
    const log = within(panel).getByRole('list', { name: 'Events' })
    await expect(within(log).getAllByRole('listitem')[0]).toHaveTextContent('paywall_resolved')
  },
}

/** Scrub the meter past its limit and move the grace clock past the end of the grace period. */
export const UsageAndClock: Story = {
  args: { defaultTab: 'overrides' },
  play: async ({ canvas }) => {
    const panel = canvas.getByRole('region', { name: 'Paywall devtools' })
    const slider = within(panel).getByRole('slider', { name: 'API calls usage' })
    fireEvent.change(slider, { target: { value: '1200' } })
    await waitFor(() =>
      expect(canvas.getByRole('meter', { name: 'API calls' })).toHaveAttribute('data-state', 'exceeded'),
    )

    await userEvent.click(within(panel).getByRole('button', { name: '+1 day' }))
    await userEvent.click(within(panel).getByRole('button', { name: '+1 day' }))
    await userEvent.click(within(panel).getByRole('button', { name: '+1 day' }))
    await expect(await canvas.findByRole('alert', { name: 'Your access has ended' })).toBeVisible()

    await userEvent.click(within(panel).getByRole('button', { name: 'Real time' }))
    await userEvent.click(within(panel).getByRole('button', { name: 'Use the app’s value for API calls' }))
    await waitFor(() =>
      expect(canvas.getByRole('meter', { name: 'API calls' })).toHaveAttribute('data-state', 'ok'),
    )
  },
}

/**
 * `<PaywallDevtools />`, the docked toggle an app renders once inside its provider. The keyboard opens
 * it, arrows move between its tabs, Escape closes it and gives focus back to the toggle.
 */
export const Docked: Story = {
  render: () => (
    <>
      <Page />
      <PaywallDevtools />
    </>
  ),
  play: async ({ canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Paywall devtools' })
    toggle.focus()
    await userEvent.keyboard('{Enter}')
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const panel = canvas.getByRole('region', { name: 'Paywall devtools' })
    within(panel).getByRole('tab', { name: 'State' }).focus()
    await userEvent.keyboard('{ArrowRight}')
    await expect(within(panel).getByRole('tab', { name: 'Simulate' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await userEvent.keyboard('{Escape}')
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(toggle).toHaveFocus()
  },
}
