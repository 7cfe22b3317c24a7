import { createPaywallFetch, PaywallModal, reasonCopy } from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery } from '@tanstack/react-query'
import { HttpResponse, http } from 'msw'
import { expect, waitFor, within } from 'storybook/test'
import { type SeedFixture, seedFixture, seedFixtures } from '../../../fixtures/seed-fixtures'
import { RawResponse } from './support/acme'
import { ParsedPaywall } from './support/paywall-state'

const FIXTURE_URL = '/api/fixture'

/**
 * The origins the recorded bodies link to, listed as an app lists its billing and docs origins: links to
 * any other origin are dropped by default.
 */
const allowedOrigins = [
  ...new Set(
    seedFixtures.flatMap((fixture) => JSON.stringify(fixture.body ?? '').match(/https?:\/\/[\w.-]+/g) ?? []),
  ),
]
const fixtureFetch = createPaywallFetch({ allowedOrigins })

function FixtureQuery() {
  const query = useQuery({
    queryKey: ['fixture'],
    queryFn: () => fixtureFetch(FIXTURE_URL).then((response) => response.json()),
    meta: { paywallFeature: 'fixture' },
  })
  return <p>{query.isError ? 'The request answered 402.' : 'Requesting…'}</p>
}

/**
 * One story per seed fixture: the recorded 402 is served as is (status, headers, body), a query hits it,
 * and the modal shows what the kit makes of that body shape. The play function checks the fixture's
 * `expect` block against what a user sees.
 */
const meta = {
  title: 'Seed 402 fixtures',
  args: { fixture: seedFixture('flat-generic') },
  argTypes: { fixture: { control: false } },
  parameters: { docs: { story: { inline: false, height: '640px' } }, paywall: { allowedOrigins } },
  beforeEach({ args, msw }) {
    const { status, headers, body } = args.fixture
    msw.use(
      http.get(
        `*${FIXTURE_URL}`,
        () =>
          // Sent as recorded: the fixture's own content type, the body byte for byte.
          new HttpResponse(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }),
      ),
    )
  },
  render: ({ fixture }) => (
    <div className="acme-row">
      <div className="acme-stack">
        <p>
          Source: <code>{fixture.source}</code>
        </p>
        <FixtureQuery />
        <ParsedPaywall />
      </div>
      <RawResponse path={FIXTURE_URL} label="The recorded 402" />
      <PaywallModal locale="en-US" />
    </div>
  ),
  play: async ({ args, canvas, canvasElement }) => {
    const expected = args.fixture.expect
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog')
    const inDialog = within(dialog)
    await waitFor(() => expect(canvas.getByTestId('parsed-reason')).toBeInTheDocument())
    await expect(dialog).not.toHaveAccessibleName(/402|payment required/i)

    if (expected.reason) {
      await expect(canvas.getByTestId('parsed-reason')).toHaveTextContent(expected.reason)
      await expect(dialog).toHaveAccessibleName(reasonCopy(expected.reason).title)
    }
    if (expected.code) await expect(canvas.getByTestId('parsed-code')).toHaveTextContent(expected.code)
    if (expected.dialect)
      await expect(canvas.getByTestId('parsed-dialect')).toHaveTextContent(expected.dialect)
    if (expected.requestId) await expect(inDialog.getByText(expected.requestId)).toBeInTheDocument()
    if (expected.timestamp) {
      await expect(dialog.querySelector(`time[datetime="${expected.timestamp}"]`)).not.toBeNull()
    }
    if (expected.docUrl) {
      await expect(inDialog.getByRole('link', { name: 'Learn more' })).toHaveAttribute(
        'href',
        expected.docUrl,
      )
    }
    if (expected.actionUrl || expected.actionLabel) {
      const action = dialog.querySelector('.pwk-modal__action')
      if (expected.actionUrl) await expect(action).toHaveAttribute('href', expected.actionUrl)
      if (expected.actionLabel) await expect(action).toHaveAccessibleName(expected.actionLabel)
    }
    if (expected.plans) {
      const plans = inDialog.getByRole('region', { name: 'Plans' })
      for (const plan of expected.plans) await expect(within(plans).getByText(plan)).toBeInTheDocument()
    }
    if (expected.usage) {
      const { used, limit } = expected.usage
      await expect(dialog).toHaveTextContent(`${used} of ${limit}`)
    }
    if (expected.supportEmail) {
      await expect(inDialog.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
        'href',
        `mailto:${expected.supportEmail}`,
      )
    }
    if (expected.noMarkupInText) await expect(dialog.textContent).not.toMatch(/<[a-z!/]/i)
  },
} satisfies Meta<{ fixture: SeedFixture }>

export default meta
type Story = StoryObj<typeof meta>

/** Envelope `{ success: false, error, message, doc_url, request_id, timestamp }`: subscription expired. */
export const EnvelopeSubscriptionExpired: Story = {
  args: { fixture: seedFixture('envelope-subscription-expired') },
}

/** Flat `{ error: "Payment Required", message }`: nothing specific, still a clear generic paywall. */
export const FlatGeneric: Story = { args: { fixture: seedFixture('flat-generic') } }

/** Flat with `renewal_url` and plans: subscription expired. */
export const FlatSubscriptionExpired: Story = { args: { fixture: seedFixture('flat-subscription-expired') } }

/** Flat with `usage` and `upgrade_url`: the free tier's daily limit. */
export const FlatUsageLimit: Story = { args: { fixture: seedFixture('flat-usage-limit') } }

/** A `text/html` premium-content page: its text, never its markup. */
export const HtmlPremiumContent: Story = { args: { fixture: seedFixture('html-premium-content') } }

/** `{ status, code: "ACCOUNT_SUSPENDED_PAYMENT", action, support }`: suspended for an unpaid invoice. */
export const NestedAccountSuspended: Story = { args: { fixture: seedFixture('nested-account-suspended') } }

/** `{ error: { code: "API_CREDITS_EXHAUSTED", resolution }, request_id, timestamp }`: out of credits. */
export const NestedCreditsExhausted: Story = { args: { fixture: seedFixture('nested-credits-exhausted') } }

/** `{ status, code: "PREMIUM_ACCESS_REQUIRED", action, support }`: the feature needs a higher plan. */
export const NestedPremiumRequired: Story = { args: { fixture: seedFixture('nested-premium-required') } }

/** `{ status, code: "SUBSCRIPTION_EXPIRED", action, support }`: subscription expired. */
export const NestedSubscriptionExpired: Story = {
  args: { fixture: seedFixture('nested-subscription-expired') },
}
