import { Meter, UsageMeter, type UsageMeterProps, useUsageMeter } from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { AcmePaywallModal, RunQueryButton, UsagePanel } from './support/acme'
import { inDarkTheme } from './support/dark-theme'
import { loadedOf } from './support/story-context'

const meta = {
  title: 'Components/UsageMeter',
  component: UsageMeter,
  tags: ['autodocs'],
  args: {
    label: 'API calls',
    used: 820,
    limit: 1000,
    unit: 'requests',
    resetsAt: '2026-12-01T00:00:00Z',
    timeZone: 'UTC',
    actionHref: '/billing?upgrade=api_calls',
    onThresholdCross: fn(),
  },
  argTypes: {
    used: { control: { type: 'range', min: 0, max: 1200, step: 10 } },
    limit: { control: 'number' },
    resetsAt: { control: 'text' },
    thresholds: { control: 'object' },
    locale: { control: 'text' },
  },
} satisfies Meta<typeof UsageMeter>

export default meta
type Story = StoryObj<typeof meta>

/** One meter with every prop as a control. Drag `used` to walk through the levels. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: /API calls/ })
    await expect(meter).toHaveAttribute('aria-valuenow', '820')
    await expect(meter).toHaveAttribute('aria-valuemax', '1000')
    await expect(meter).toHaveAttribute('aria-valuetext', '820 of 1,000 requests, 82%')
    await expect(meter).toHaveAttribute('data-state', 'warning')
  },
}

const levels: { level: string; used: number; limit: number | null }[] = [
  { level: 'ok', used: 120, limit: 1000 },
  { level: 'notice', used: 620, limit: 1000 },
  { level: 'warning', used: 850, limit: 1000 },
  { level: 'critical', used: 970, limit: 1000 },
  { level: 'exceeded', used: 1000, limit: 1000 },
  { level: 'exceeded', used: 1240, limit: 1000 },
  { level: 'unlimited', used: 48_210, limit: null },
]

/** Every level side by side: `ok`, `notice`, `warning`, `critical`, `exceeded` (at and over the limit) and unlimited. */
export const AllStates: Story = {
  render: (args) => (
    <div className="acme-gallery">
      {levels.map(({ level, used, limit }) => (
        <figure key={`${level}-${used}`} className="acme-gallery__item">
          <figcaption>
            {level} · {used} / {limit ?? '∞'}
          </figcaption>
          <UsageMeter {...args} label={`API calls (${level})`} used={used} limit={limit} />
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvasElement, canvas }) => {
    const roots = canvasElement.querySelectorAll('.pwk-meter')
    await expect([...roots].map((root) => root.getAttribute('data-state'))).toEqual([
      'ok',
      'notice',
      'warning',
      'critical',
      'exceeded',
      'exceeded',
      'ok',
    ])
    await expect(canvas.getAllByRole('meter')).toHaveLength(6)
    await expect(canvas.getByText('48,210 requests used, no limit')).toBeVisible()
    await expect(roots[6]).toHaveAttribute('data-limit', 'unlimited')
    // The upgrade action appears only near and at the limit.
    await expect(canvas.getAllByRole('link', { name: 'Upgrade' })).toHaveLength(3)
  },
}

/** The same states in the dark theme, so axe checks its contrast too. */
export const AllStatesDark: Story = inDarkTheme(AllStates, 'All States (dark)')

function LiveMeter(props: UsageMeterProps) {
  const [used, setUsed] = useState(props.used)
  return (
    <div className="acme-stack">
      <UsageMeter {...props} used={used} />
      <p className="acme-row">
        <button type="button" className="acme-button" onClick={() => setUsed((value) => (value ?? 0) + 100)}>
          Use 100 requests
        </button>
        <button type="button" className="acme-button" onClick={() => setUsed((value) => value)}>
          Refresh
        </button>
      </p>
    </div>
  )
}

/**
 * Usage climbing past the thresholds: each crossing is announced once (politely) and reported once to
 * `onThresholdCross` and the provider's `onEvent`; re-renders with the same value report nothing.
 */
export const ThresholdCrossing: Story = {
  args: { used: 700 },
  render: (args) => <LiveMeter {...args} />,
  play: async (context) => {
    const { canvas, args } = context
    const { onEvent } = loadedOf(context)
    await expect(args.onThresholdCross).not.toHaveBeenCalled()

    await userEvent.click(canvas.getByRole('button', { name: 'Use 100 requests' }))
    await waitFor(() => expect(args.onThresholdCross).toHaveBeenCalledTimes(1))
    await expect(args.onThresholdCross).toHaveBeenCalledWith(0.8, 'warning')
    await expect(onEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'threshold_crossed', threshold: 0.8, label: 'API calls' }),
    )
    await expect(await canvas.findByText('API calls at 80% of your limit')).toBeInTheDocument()

    // Same value again, and a step that crosses nothing: no new event.
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Use 100 requests' }))
    await expect(args.onThresholdCross).toHaveBeenCalledTimes(1)

    // 1,000 of 1,000: the limit is reached, announced once.
    await userEvent.click(canvas.getByRole('button', { name: 'Use 100 requests' }))
    await waitFor(() => expect(args.onThresholdCross).toHaveBeenCalledTimes(3))
    await expect(args.onThresholdCross).toHaveBeenNthCalledWith(2, 0.95, 'exceeded')
    await expect(args.onThresholdCross).toHaveBeenNthCalledWith(3, 1, 'exceeded')
    const crossed = onEvent.mock.calls.filter(([event]) => event.type === 'threshold_crossed')
    await expect(crossed.map(([event]) => event.threshold)).toEqual([0.8, 0.95, 1])
    await expect(await canvas.findByText('API calls limit reached')).toBeInTheDocument()
  },
}

/**
 * The usage page of the demo SaaS with its quota used up (`quota_exhausted`). "Run query" hits 402
 * `quota_exceeded`: the modal shows the usage; paying for Business makes API calls unlimited.
 */
export const QuotaExhausted: Story = {
  parameters: {
    billing: { scenario: 'quota_exhausted' },
    docs: { story: { inline: false, height: '560px' } },
  },
  render: () => (
    <div className="acme-stack">
      <UsagePanel />
      <p>
        <RunQueryButton />
      </p>
      <AcmePaywallModal planId="business" payLabel="Upgrade to Business ($99/month)" />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body)
    const apiCalls = await canvas.findByRole('meter', { name: /API calls/ })
    await expect(apiCalls).toHaveAttribute('data-state', 'exceeded')

    await userEvent.click(canvas.getByRole('button', { name: 'Run query' }))
    const dialog = await body.findByRole('dialog')
    await waitFor(() => expect(within(dialog).getByText(/10,000 of 10,000 requests used/)).toBeVisible())

    await userEvent.click(within(dialog).getByRole('button', { name: /Upgrade to Business/ }))
    await waitFor(() => expect(body.queryByRole('dialog')).not.toBeInTheDocument())
    await expect(await canvas.findByText('10,000 requests used, no limit')).toBeVisible()
    await expect(canvas.queryByRole('meter', { name: /API calls/ })).not.toBeInTheDocument()
  },
}

/** The headless parts composed by hand, here as a compact one-line meter. */
export const Parts: Story = {
  render: (args) => (
    <Meter.Root label="Seats" used={4} limit={5} className="acme-row" locale={args.locale}>
      <Meter.Label />
      <Meter.Track>
        <Meter.Indicator />
      </Meter.Track>
      <Meter.ValueText />
    </Meter.Root>
  ),
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: /Seats/ })
    await expect(meter).toHaveAttribute('aria-valuenow', '4')
    await expect(meter).toHaveAttribute('data-state', 'warning')
  },
}

/** An app's own markup on `useUsageMeter`: a figure with a plain bar, no `Meter` parts. */
function StorageFigure({ used }: { used: number }) {
  const meter = useUsageMeter({ label: 'Storage', used, limit: 50, unit: 'GB' })
  return (
    <figure className="acme-panel" data-state={meter.level}>
      <figcaption {...meter.labelProps}>{meter.label}</figcaption>
      {meter.metered && (
        <div {...meter.meterProps} className="acme-bar">
          <div style={{ width: `${meter.ratio * 100}%`, height: 8, background: 'currentColor' }} />
        </div>
      )}
      <p>{meter.valueText}</p>
      <div role="status">{meter.announcement?.text}</div>
    </figure>
  )
}

/** Custom markup with `useUsageMeter`: the same meter semantics and announcements on your own elements. */
export const CustomMarkup: Story = {
  render: function Render() {
    const [used, setUsed] = useState(38)
    return (
      <>
        <StorageFigure used={used} />
        <button type="button" onClick={() => setUsed(46)}>
          Upload a video
        </button>
      </>
    )
  },
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: 'Storage' })
    await expect(meter).toHaveAttribute('aria-valuetext', '38 of 50 GB, 76%')
    await userEvent.click(canvas.getByRole('button', { name: 'Upload a video' }))
    await expect(canvas.getByRole('status')).toHaveTextContent('Storage at 80% of your limit')
  },
}
