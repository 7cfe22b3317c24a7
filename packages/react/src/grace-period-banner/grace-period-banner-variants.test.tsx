import { createPaywallStore, type PaywallEvent } from '@paywall-kit/core'
import { render, screen } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { messages as de } from '../i18n/locales/de'
import { createUnlockRegistry } from '../internal/unlock-registry'
import { PaywallContext } from '../provider/paywall-context'
import { PaywallProvider } from '../provider/paywall-provider'
import { GracePeriodBanner } from './grace-period-banner'
import { bannerOf } from './use-grace-banner'

const NOW = '2026-11-25T12:00:00Z'

afterEach(() => {
  sessionStorage.clear()
})

// jsdom cannot paint, so axe's contrast rule is left to the real-browser tests.
async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

describe('given variant="trial-ending"', () => {
  it('should say the trial ends in 3 days, offer to choose a plan, as a status', async () => {
    const { container } = render(
      <GracePeriodBanner
        variant="trial-ending"
        endsAt="2026-11-28T18:00:00Z"
        now={NOW}
        timeZone="UTC"
        actionHref="/plans"
      />,
    )

    const banner = screen.getByRole('status', { name: 'Your trial is ending' })
    expect(banner).toHaveTextContent('Trial ends in 3 days')
    expect(banner).toHaveTextContent('Choose a plan to keep your work and every feature.')
    expect(screen.getByRole('link', { name: 'Choose a plan' })).toHaveAttribute('href', '/plans')
    expect(banner).toHaveAttribute('data-variant', 'trial-ending')
    expect(banner).toHaveAttribute('data-state', 'expiring')
    await expectNoAxeViolations(container)
  })

  it('should say "Trial ends tomorrow" one calendar day before', () => {
    render(
      <GracePeriodBanner variant="trial-ending" endsAt="2026-11-26T09:00:00Z" now={NOW} timeZone="UTC" />,
    )

    expect(screen.getByRole('status')).toHaveTextContent('Trial ends tomorrow')
  })

  it('should become an alert that the trial has ended once it has', () => {
    render(
      <GracePeriodBanner variant="trial-ending" endsAt="2026-11-24T00:00:00Z" now={NOW} timeZone="UTC" />,
    )

    const banner = screen.getByRole('alert', { name: 'Your trial has ended' })
    expect(banner).toHaveTextContent('Choose a plan to pick up where you left off.')
    expect(banner).not.toHaveTextContent('Trial ends')
  })

  it('should stay active, not expiring, with a week left', () => {
    render(
      <GracePeriodBanner variant="trial-ending" endsAt="2026-12-02T12:00:00Z" now={NOW} timeZone="UTC" />,
    )

    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'active')
  })
})

describe('given variant="card-expiring"', () => {
  it('should count down to the card’s expiry and offer to update the card', async () => {
    const onAction = vi.fn()
    const { container } = render(
      <GracePeriodBanner
        variant="card-expiring"
        endsAt="2026-12-01T12:00:00Z"
        now={NOW}
        timeZone="UTC"
        onAction={onAction}
      />,
    )

    const banner = screen.getByRole('status', { name: 'Your card expires soon' })
    expect(banner).toHaveTextContent('Card expires in 6 days')
    expect(banner).toHaveTextContent('Add a new card so your next payment goes through.')
    // A card is replaced at leisure: expiring from 7 days left, not 3.
    expect(banner).toHaveAttribute('data-state', 'expiring')
    screen.getByRole('button', { name: 'Update card' }).click()
    expect(onAction).toHaveBeenCalledTimes(1)
    await expectNoAxeViolations(container)
  })

  it('should be active with 20 days left', () => {
    render(
      <GracePeriodBanner variant="card-expiring" endsAt="2026-12-15T00:00:00Z" now={NOW} timeZone="UTC" />,
    )

    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'active')
  })

  it('should alert that the card has expired once it has', () => {
    render(
      <GracePeriodBanner variant="card-expiring" endsAt="2026-11-01T00:00:00Z" now={NOW} timeZone="UTC" />,
    )

    expect(screen.getByRole('alert', { name: 'Your card has expired' })).toHaveTextContent(
      'Add a new card before your next payment to keep your plan.',
    )
  })

  it('should not take the provider’s grace end for a card’s expiry', () => {
    const store = createPaywallStore()
    store.report({
      status: 402,
      reason: 'payment_failed',
      title: 'Your payment failed',
      message: 'Update your card.',
      dialect: 'flat',
      graceEndsAt: '2026-11-27T00:00:00Z',
    })
    const { container } = render(
      <PaywallContext.Provider value={{ store, parseOptions: {}, unlockControls: createUnlockRegistry() }}>
        <GracePeriodBanner variant="card-expiring" now={NOW} />
      </PaywallContext.Provider>,
    )

    expect(container).toBeEmptyDOMElement()
  })
})

describe('given variant="past-due" (the default)', () => {
  it('should keep today’s copy and action', () => {
    render(<GracePeriodBanner endsAt="2026-11-27T12:00:00Z" now={NOW} timeZone="UTC" onAction={() => {}} />)

    const banner = screen.getByRole('status', { name: 'Your payment failed' })
    expect(banner).toHaveAttribute('data-variant', 'past-due')
    expect(banner).toHaveTextContent('Access ends in 2 days')
    expect(screen.getByRole('button', { name: 'Update payment method' })).toBeInTheDocument()
  })
})

describe('given variant="access-ended"', () => {
  it('should alert that access has ended, with a renew action, without needing a date', async () => {
    const { container } = render(<GracePeriodBanner variant="access-ended" now={NOW} actionHref="/billing" />)

    const banner = screen.getByRole('alert', { name: 'Your access has ended' })
    expect(banner).toHaveTextContent('Renew your plan to restore access.')
    expect(banner).toHaveAttribute('data-state', 'expired')
    expect(screen.getByRole('link', { name: 'Renew plan' })).toHaveAttribute('href', '/billing')
    await expectNoAxeViolations(container)
  })

  it('should be an alert even for an end date still ahead', () => {
    render(<GracePeriodBanner variant="access-ended" endsAt="2026-12-25T00:00:00Z" now={NOW} />)

    expect(screen.getByRole('alert', { name: 'Your access has ended' })).toBeInTheDocument()
  })
})

describe('given an Adapty access level', () => {
  it('should show a trial ending for a free trial that will not renew', () => {
    render(
      <GracePeriodBanner
        accessLevel={{
          is_active: true,
          active_introductory_offer_type: 'free_trial',
          will_renew: false,
          expires_at: '2026-11-27T12:00:00Z',
        }}
        now={NOW}
        timeZone="UTC"
      />,
    )

    expect(screen.getByRole('status', { name: 'Your trial is ending' })).toHaveTextContent(
      'Trial ends in 2 days',
    )
  })

  it('should show nothing for a trial that converts by itself', () => {
    const { container } = render(
      <GracePeriodBanner
        accessLevel={{
          is_active: true,
          active_introductory_offer_type: 'free_trial',
          will_renew: true,
          expires_at: '2026-11-27T12:00:00Z',
        }}
        now={NOW}
      />,
    )

    expect(container).toBeEmptyDOMElement()
  })

  it('should show past due for a billing issue, even during a trial', () => {
    render(
      <GracePeriodBanner
        accessLevel={{
          is_active: true,
          active_introductory_offer_type: 'free_trial',
          will_renew: false,
          billing_issue_detected_at: '2026-11-24T12:00:00Z',
          expires_at: '2026-11-27T12:00:00Z',
        }}
        now={NOW}
        timeZone="UTC"
      />,
    )

    expect(screen.getByRole('status', { name: 'Your payment failed' })).toHaveTextContent(
      'Access ends in 6 days',
    )
  })

  it('should alert that access has ended for an inactive level', () => {
    render(
      <GracePeriodBanner
        accessLevel={{ is_active: false, expires_at: '2026-11-20T00:00:00Z', will_renew: false }}
        now={NOW}
        actionHref="/billing"
      />,
    )

    expect(screen.getByRole('alert', { name: 'Your access has ended' })).toHaveTextContent('Renew plan')
  })

  it('should show nothing for a healthy subscription', () => {
    const { container } = render(
      <GracePeriodBanner
        accessLevel={{ is_active: true, will_renew: true, expires_at: '2026-12-25T00:00:00Z' }}
        now={NOW}
      />,
    )

    expect(container).toBeEmptyDOMElement()
  })

  it('should let an explicit variant win over the derived one', () => {
    render(
      <GracePeriodBanner
        variant="card-expiring"
        endsAt="2026-11-30T00:00:00Z"
        accessLevel={{ is_active: true, will_renew: true, expires_at: '2026-12-25T00:00:00Z' }}
        now={NOW}
        timeZone="UTC"
      />,
    )

    expect(screen.getByRole('status', { name: 'Your card expires soon' })).toBeInTheDocument()
  })
})

describe('given bannerOf', () => {
  it.each([
    [null, null],
    [{ is_active: true, will_renew: true }, null],
    [{ billing_issue_detected_at: '2026-11-24T00:00:00Z' }, 'past-due'],
    [{ is_active: false }, 'access-ended'],
    [
      { active_introductory_offer_type: 'free_trial', will_renew: false, expires_at: '2026-11-30T00:00:00Z' },
      'trial-ending',
    ],
    [{ active_introductory_offer_type: 'free_trial', will_renew: false, expires_at: 'soon' }, null],
  ])('should read %j as %s', (level, variant) => {
    expect(bannerOf(level)?.variant ?? null).toBe(variant)
  })
})

describe('given telemetry', () => {
  it('should report a trial banner as trial_ended while the trial lasts', () => {
    const onEvent = vi.fn<(event: PaywallEvent) => void>()
    render(
      <PaywallProvider onEvent={onEvent}>
        <GracePeriodBanner variant="trial-ending" endsAt="2026-11-28T00:00:00Z" now={NOW} />
      </PaywallProvider>,
    )

    expect(onEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'grace_banner_shown', reason: 'trial_ended' }),
    )
  })
})

describe('given the German locale', () => {
  it('should show each variant’s own German copy', () => {
    render(
      <PaywallProvider locale="de" messages={de}>
        <GracePeriodBanner variant="trial-ending" endsAt="2026-11-28T18:00:00Z" now={NOW} timeZone="UTC" />
        <GracePeriodBanner
          variant="card-expiring"
          endsAt="2026-11-26T18:00:00Z"
          now={NOW}
          timeZone="UTC"
          onAction={() => {}}
        />
      </PaywallProvider>,
    )

    expect(screen.getByRole('status', { name: 'Ihr Testzeitraum endet bald' })).toHaveTextContent(
      'Der Testzeitraum endet in 3 Tagen',
    )
    expect(screen.getByRole('status', { name: 'Ihre Karte läuft bald ab' })).toHaveTextContent(
      'Die Karte läuft morgen ab',
    )
    expect(screen.getByRole('button', { name: 'Karte aktualisieren' })).toBeInTheDocument()
  })
})
