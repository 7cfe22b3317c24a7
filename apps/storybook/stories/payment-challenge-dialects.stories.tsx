import {
  createPaywallFetch,
  FeatureLock,
  PaymentRequiredError,
  PaywallModal,
  type PaywallReason,
  providerBillingErrors,
  toPaymentRequired,
} from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import { RawResponse } from './support/acme'
import { ParsedPaywall } from './support/paywall-state'

type NewDialect = 'l402' | 'mpp' | 'openai' | 'ai-sdk' | 'graphql'

/** What the kit should make of the dialect. */
interface Expected {
  reason: PaywallReason
  /** The price line the modal shows ("Price: …"), for machine-payment challenges; none otherwise. */
  price?: RegExp
  /** The body shape core recognised, when it is not the dialect's own name. @default the dialect */
  parsedAs?: string
}

// As an app calls the mock: OpenAI-style 429 `insufficient_quota` counts as a paywall through core's
// `providerBillingErrors`, and a GraphQL result refused over HTTP 200 is thrown as the paywall it is.
const billingFetch = createPaywallFetch({ classify: providerBillingErrors })

async function reportsOf(dialect: NewDialect): Promise<unknown> {
  const response = await billingFetch(`/api/reports?dialect=${encodeURIComponent(dialect)}`)
  if (!response.ok) throw new Error(`GET /api/reports failed with ${response.status}`)
  const body: unknown = await response.json()
  const paywall = toPaymentRequired(body)
  if (paywall) throw new PaymentRequiredError(paywall, response)
  return body
}

function DialectReports({ dialect }: { dialect: NewDialect }) {
  const headingId = useId()
  const reports = useQuery({
    queryKey: ['reports', dialect],
    queryFn: () => reportsOf(dialect),
    meta: { paywallFeature: 'reports' },
  })
  return (
    <section aria-labelledby={headingId} className="acme-panel">
      <h2 id={headingId}>{`Premium reports (${dialect})`}</h2>
      <FeatureLock feature="reports">
        <p>{reports.isSuccess ? 'Reports loaded.' : 'Premium reports load here.'}</p>
      </FeatureLock>
    </section>
  )
}

/**
 * The 402 dialects of machine payments (L402, the Machine Payments Protocol) and the billing refusals
 * that arrive in disguise (an OpenAI-style 429, an AI-SDK-style provider error, GraphQL over 200), as
 * the mock billing API answers them on an expired subscription: the modal the kit makes of each, what
 * it understood, and the raw response. Machine-payment challenges show their price in words, never
 * the invoice, macaroon or request they carry.
 */
const meta = {
  title: '402 dialects/Payment challenges and providers',
  args: { dialect: 'l402' },
  argTypes: { dialect: { control: 'select', options: ['l402', 'mpp', 'openai', 'ai-sdk', 'graphql'] } },
  parameters: {
    billing: { scenario: 'expired' },
    expected: { reason: 'subscription_expired' } satisfies Expected,
    docs: { story: { inline: false, height: '640px' } },
  },
  render: ({ dialect }) => (
    <div className="acme-row">
      <div className="acme-stack">
        <DialectReports dialect={dialect} />
        <ParsedPaywall />
      </div>
      <RawResponse
        path={`/api/reports?dialect=${encodeURIComponent(dialect)}`}
        label={`The ${dialect} answer as sent`}
      />
      <PaywallModal />
    </div>
  ),
  play: async ({ args, canvas, canvasElement, parameters }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog')
    const { reason, price, parsedAs = args.dialect } = parameters.expected as Expected
    await waitFor(() => expect(canvas.getByTestId('parsed-dialect')).toHaveTextContent(parsedAs))
    // A human title and sentence, never the status or a machine token.
    await expect(dialog).not.toHaveAccessibleName(/402|429|payment required/i)
    await expect(dialog).toHaveAccessibleDescription(/\w+ \w+/)
    await expect(dialog.textContent).not.toMatch(/lnbc|lntb|macaroon=|invoice=|request=|eyJ/i)
    await expect(canvas.getByTestId('parsed-reason')).toHaveTextContent(reason)
    if (price) await expect(dialog).toHaveTextContent(price)
    else await expect(dialog.textContent).not.toMatch(/Price:/)
  },
} satisfies Meta<{ dialect: NewDialect }>

export default meta
type Story = StoryObj<typeof meta>

/** `WWW-Authenticate: L402 macaroon=…, invoice=…`: the invoice's amount in sats on Lightning. */
export const L402: Story = {
  name: 'L402',
  args: { dialect: 'l402' },
  parameters: { expected: { reason: 'subscription_expired', price: /Price: 29,000 sats on Lightning/ } },
}

/** Machine Payments Protocol `WWW-Authenticate: Payment …`: its request's amount as money. */
export const Mpp: Story = {
  name: 'MPP',
  args: { dialect: 'mpp' },
  parameters: { expected: { reason: 'subscription_expired', price: /Price: \$29\.00/ } },
}

/** An OpenAI-style 429 `insufficient_quota`, a paywall through `providerBillingErrors`. */
export const OpenAI: Story = {
  name: 'OpenAI-style 429',
  args: { dialect: 'openai' },
  parameters: { expected: { reason: 'quota_exceeded' } },
}

/** An AI-SDK-style provider error (an `APICallError`'s body): the OpenAI error shape, which core reads as such. */
export const AiSdk: Story = {
  name: 'AI SDK',
  args: { dialect: 'ai-sdk' },
  parameters: { expected: { reason: 'subscription_expired', parsedAs: 'openai' } },
}

/** A GraphQL result refused over HTTP 200 with `extensions.code: "PAYMENT_REQUIRED"`. */
export const GraphQL: Story = { name: 'GraphQL over 200', args: { dialect: 'graphql' } }
