import { createClock } from '@paywall-kit/mock-billing'
import { Banner, defaultMessages, GracePeriodBanner, useGraceBanner } from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor } from 'storybook/test'
import { AccountGraceBanner } from './support/acme'
import { inDarkTheme } from './support/dark-theme'
import { loadedOf } from './support/story-context'

/** A fixed "now", so days left and states are the same on every run. */
const NOW = '2026-11-25T12:00:00Z'

/**
 * The `FromAccount` API's time: from local noon on a day far from any daylight saving change, so "3 days"
 * is not "2 days" for a run that crosses midnight, nor 4 for one beside a clock change.
 */
const accountTime = createClock()
accountTime.set(new Date(2027, 5, 14, 12))

const meta = {
  title: 'Components/GracePeriodBanner',
  component: GracePeriodBanner,
  tags: ['autodocs'],
  args: {
    endsAt: '2026-12-05T18:00:00Z',
    now: NOW,
    timeZone: 'UTC',
    actionHref: '/billing?update=payment_method',
    onDismiss: fn(),
  },
  argTypes: {
    endsAt: { control: 'text' },
    now: { control: 'text' },
    expiringDays: { control: { type: 'number', min: 0, max: 14 } },
    locale: { control: 'text' },
  },
} satisfies Meta<typeof GracePeriodBanner>

export default meta
type Story = StoryObj<typeof meta>

/** A failed renewal with ten days of access left: a polite status, the days left and the update action. */
export const Default: Story = {
  play: async (context) => {
    const { canvas } = context
    const banner = canvas.getByRole('status', { name: defaultMessages.banner.title })
    await expect(banner).toHaveAttribute('data-state', 'active')
    await expect(banner).toHaveTextContent('Access ends in 10 days')
    await expect(canvas.getByRole('link', { name: 'Update payment method' })).toHaveAttribute(
      'href',
      '/billing?update=payment_method',
    )
    const shown = loadedOf(context).onEvent.mock.calls.filter(
      ([event]) => event.type === 'grace_banner_shown',
    )
    await expect(shown).toHaveLength(1)
    await expect(shown[0]?.[0]).toMatchObject({ reason: 'payment_failed' })
  },
}

const states = [
  { caption: 'active · 10 days left', endsAt: '2026-12-05T18:00:00Z' },
  { caption: 'expiring · 3 days left', endsAt: '2026-11-28T18:00:00Z' },
  { caption: 'expiring · ends tomorrow', endsAt: '2026-11-26T18:00:00Z' },
  { caption: 'expiring · ends today', endsAt: '2026-11-25T20:00:00Z' },
  { caption: 'expired · access lost', endsAt: '2026-11-24T00:00:00Z' },
]

/** Every state side by side: active, expiring (3 days, tomorrow, today) and expired, which is an alert. */
export const AllStates: Story = {
  render: (args) => (
    <div className="acme-stack">
      {states.map(({ caption, endsAt }) => (
        <figure key={caption} className="acme-gallery__item">
          <figcaption>{caption}</figcaption>
          <GracePeriodBanner {...args} endsAt={endsAt} dismissible={false} />
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const banners = [...canvasElement.querySelectorAll('.pwk-banner')]
    await expect(banners.map((banner) => banner.getAttribute('data-state'))).toEqual([
      'active',
      'expiring',
      'expiring',
      'expiring',
      'expired',
    ])
    await expect(canvas.getAllByRole('status')).toHaveLength(4)
    await expect(canvas.getByRole('alert', { name: defaultMessages.banner.expiredTitle })).toHaveTextContent(
      defaultMessages.banner.expiredMessage,
    )
    await expect(canvas.getByText('Access ends in 3 days')).toBeVisible()
    await expect(canvas.getByText('Access ends tomorrow')).toBeVisible()
    await expect(canvas.getByText('Access ends today')).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument()
  },
}

/** The same states in the dark theme, so axe checks its contrast too. */
export const AllStatesDark: Story = inDarkTheme(AllStates, 'All States (dark)')

/** "Dismiss" hides the warning for this browser session and tells `onDismiss`. */
export const Dismissed: Story = {
  args: { endsAt: '2026-11-27T00:00:00Z' },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(canvas.queryByRole('status')).not.toBeInTheDocument())
    await expect(args.onDismiss).toHaveBeenCalledTimes(1)
  },
}

/** Without `actionHref`, the action is a button calling `onAction` (e.g. to open an in-app payment form). */
export const ActionButton: Story = {
  args: { actionHref: undefined, onAction: fn() },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Update payment method' }))
    await expect(args.onAction).toHaveBeenCalledTimes(1)
  },
}

/**
 * The demo account in its grace period (mock billing API, `grace_period`): the banner reads the grace
 * end and the server's time from `GET /api/account`. Updating the card ends the grace period and the
 * banner goes away.
 */
export const FromAccount: Story = {
  parameters: {
    billing: { scenario: 'grace_period', now: accountTime.now },
    // Its own frame in the docs page: the mock API's worker is shared by every story inside one frame.
    docs: { story: { inline: false, height: '220px' } },
  },
  render: () => <AccountGraceBanner />,
  play: async (context) => {
    const { canvas } = context
    const banner = await canvas.findByRole('status', { name: defaultMessages.banner.title })
    await expect(banner).toHaveAttribute('data-state', 'expiring')
    await expect(banner).toHaveTextContent('Access ends in 3 days')

    await userEvent.click(canvas.getByRole('button', { name: 'Update payment method' }))
    await waitFor(() => expect(canvas.getByTestId('account-state')).toHaveTextContent('active'))
    await expect(canvas.queryByRole('status', { name: defaultMessages.banner.title })).not.toBeInTheDocument()
    const shown = loadedOf(context).onEvent.mock.calls.filter(
      ([event]) => event.type === 'grace_banner_shown',
    )
    await expect(shown).toHaveLength(1)
  },
}

/** The headless parts composed by hand: an `h2` title and the days left beside it. */
export const Parts: Story = {
  render: (args) => (
    <Banner.Root endsAt={args.endsAt} now={args.now} timeZone="UTC" className="acme-panel">
      <Banner.Title asChild>
        <h2>Card declined</h2>
      </Banner.Title>
      <Banner.DaysLeft />
      <Banner.Description />
      <Banner.Action href="/billing" />
      <Banner.Dismiss>Hide for now</Banner.Dismiss>
    </Banner.Root>
  ),
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('status', { name: 'Card declined' })
    await expect(banner).toHaveAttribute('data-state', 'active')
    await expect(canvas.getByRole('button', { name: 'Hide for now' })).toBeVisible()
  },
}

/** An app's own markup on `useGraceBanner`: an `aside` with an `h2`, no `Banner` parts. */
function CardWarning({ endsAt, now }: { endsAt: string; now: string }) {
  const banner = useGraceBanner({ endsAt, now, timeZone: 'UTC' })
  if (!banner) return null
  return (
    <aside key={banner.phase} {...banner.bannerProps} data-state={banner.state} className="acme-panel">
      <h2 {...banner.titleProps}>{banner.title}</h2>
      <p>
        {banner.daysLeftText} · {banner.description}
      </p>
      <button type="button" onClick={banner.dismiss}>
        {banner.messages.dismiss}
      </button>
    </aside>
  )
}

/** Custom markup with `useGraceBanner`: the banner's role, name, countdown and dismissal on your own elements. */
export const CustomMarkup: Story = {
  render: (args) => <CardWarning endsAt="2026-11-28T12:00:00Z" now={String(args.now)} />,
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('status', { name: defaultMessages.banner.title })
    await expect(banner).toHaveAttribute('data-state', 'expiring')
    await expect(banner).toHaveTextContent('Access ends in 3 days')
    await userEvent.click(canvas.getByRole('button', { name: defaultMessages.banner.dismiss }))
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument()
  },
}

/** A free trial that will not convert by itself, three days before it ends: its own copy and "Choose a plan". */
export const TrialEnding: Story = {
  args: { variant: 'trial-ending', endsAt: '2026-11-28T18:00:00Z', actionHref: '/billing/plans' },
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('status', { name: 'Your trial is ending' })
    await expect(banner).toHaveAttribute('data-variant', 'trial-ending')
    await expect(banner).toHaveTextContent('Trial ends in 3 days')
    await expect(canvas.getByRole('link', { name: 'Choose a plan' })).toHaveAttribute(
      'href',
      '/billing/plans',
    )
  },
}

/** The card on file expires in six days: "Update card", expiring from seven days left. */
export const CardExpiring: Story = {
  args: { variant: 'card-expiring', endsAt: '2026-12-01T12:00:00Z', actionHref: '/billing/card' },
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('status', { name: 'Your card expires soon' })
    await expect(banner).toHaveAttribute('data-state', 'expiring')
    await expect(banner).toHaveTextContent('Card expires in 6 days')
    await expect(canvas.getByRole('link', { name: 'Update card' })).toBeInTheDocument()
  },
}

/** A failed renewal (`past-due`, the default variant) with two days of grace left. */
export const PastDue: Story = {
  args: { variant: 'past-due', endsAt: '2026-11-27T18:00:00Z' },
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('status', { name: defaultMessages.banner.title })
    await expect(banner).toHaveTextContent('Access ends in 2 days')
    await expect(canvas.getByRole('link', { name: 'Update payment method' })).toBeInTheDocument()
  },
}

/** Access already lost: an alert with "Renew plan", with or without a date. */
export const AccessEnded: Story = {
  args: { variant: 'access-ended', endsAt: undefined, actionHref: '/billing/renew' },
  play: async ({ canvas }) => {
    const banner = canvas.getByRole('alert', { name: 'Your access has ended' })
    await expect(banner).toHaveTextContent('Renew your plan to restore access.')
    await expect(canvas.getByRole('link', { name: 'Renew plan' })).toHaveAttribute('href', '/billing/renew')
  },
}

const variants = [
  { variant: 'trial-ending', endsAt: '2026-11-28T18:00:00Z' },
  { variant: 'card-expiring', endsAt: '2026-12-01T12:00:00Z' },
  { variant: 'past-due', endsAt: '2026-11-27T18:00:00Z' },
  { variant: 'access-ended', endsAt: undefined },
] as const

/** Every variant side by side, for design review. */
export const AllVariants: Story = {
  render: (args) => (
    <div className="acme-gallery">
      {variants.map(({ variant, endsAt }) => (
        <figure key={variant} className="acme-gallery__item">
          <figcaption>{variant}</figcaption>
          <GracePeriodBanner {...args} variant={variant} endsAt={endsAt} dismissible={false} />
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const shown = [...canvasElement.querySelectorAll('.pwk-banner')].map((banner) => [
      banner.getAttribute('data-variant'),
      banner.getAttribute('role'),
    ])
    await expect(shown).toEqual([
      ['trial-ending', 'status'],
      ['card-expiring', 'status'],
      ['past-due', 'status'],
      ['access-ended', 'alert'],
    ])
  },
}

/** Every variant in the dark theme, so axe checks each one's contrast. */
export const AllVariantsDark: Story = inDarkTheme(AllVariants, 'All Variants (dark)')
