import { type Dialect, dialects } from '@paywall-kit/mock-billing'
import { PaywallModal, type PaywallReason, reasonCopy } from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { PremiumReports, RawResponse } from './support/acme'
import { ParsedPaywall } from './support/paywall-state'

/** What the kit should make of the dialect: the reason, and whether a safe action link survives. */
interface Expected {
  reason: PaywallReason
  action: boolean
}

const expiredWithAction: Expected = { reason: 'subscription_expired', action: true }
const expiredNoAction: Expected = { reason: 'subscription_expired', action: false }

/**
 * One story per 402 body shape the mock billing API can answer with (`GET /api/reports?dialect=…` on an
 * expired subscription): the modal the kit makes of it, what it understood, and the raw response.
 */
const meta = {
  title: '402 dialects',
  args: { dialect: 'nested' },
  argTypes: { dialect: { control: 'select', options: dialects } },
  parameters: {
    billing: { scenario: 'expired' },
    expected: expiredWithAction,
    docs: { story: { inline: false, height: '640px' } },
  },
  render: ({ dialect }) => (
    <div className="acme-row">
      <div className="acme-stack">
        <PremiumReports dialect={dialect} />
        <ParsedPaywall />
      </div>
      <RawResponse
        path={`/api/reports?dialect=${encodeURIComponent(dialect)}`}
        label={`The ${dialect} 402 as sent`}
      />
      <PaywallModal />
    </div>
  ),
  play: async ({ args, canvas, canvasElement, parameters }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog')
    await waitFor(() => expect(canvas.getByTestId('parsed-dialect')).toHaveTextContent(args.dialect))
    // Never the raw status as copy: a human title, a human sentence, and one next step.
    await expect(dialog).not.toHaveAccessibleName(/402|payment required/i)
    await expect(dialog).toHaveAccessibleDescription(/\w+ \w+/)
    await expect(dialog.textContent).not.toMatch(/<[a-z!/]/i)
    await expect(canvas.getByTestId('parsed-feature')).toHaveTextContent('reports')
    const { reason, action } = parameters.expected as Expected
    await expect(canvas.getByTestId('parsed-reason')).toHaveTextContent(reason)
    // The request id reaches the support block, whatever the shape (a header for html, text, empty).
    const requestId = canvas.getByTestId('parsed-requestId').textContent ?? ''
    await expect(within(dialog).getByText(requestId)).toBeInTheDocument()
    const link = within(dialog).queryByRole('link', { name: reasonCopy(reason).action })
    if (action)
      await expect(link).toHaveAttribute('href', expect.stringContaining('/billing?upgrade=reports'))
    else await expect(link).not.toBeInTheDocument()
  },
} satisfies Meta<{ dialect: Dialect }>

export default meta
type Story = StoryObj<typeof meta>

/** `{ error, code, message, upgrade_url, plans, request_id, … }` at the top level. */
export const Flat: Story = { args: { dialect: 'flat' } }

/** `{ error: { status, code, message, details, action: { url, text } }, request_id }`. */
export const Nested: Story = { args: { dialect: 'nested' } }

/** `{ success: false, error, message, retry_after, doc_url, request_id, timestamp }`. */
export const Envelope: Story = { args: { dialect: 'envelope' } }

/** RFC 9457 `application/problem+json`: `{ type, title, status, detail, instance }`. */
export const ProblemJson: Story = { name: 'problem+json', args: { dialect: 'problem+json' } }

/** Stripe's error object: `{ error: { type, code, message, doc_url } }`. */
export const Stripe: Story = { args: { dialect: 'stripe' } }

/** x402: `{ x402Version, error, accepts: […] }` and the v2 `PAYMENT-REQUIRED` base64 header. */
export const X402: Story = {
  name: 'x402',
  args: { dialect: 'x402' },
  parameters: { expected: expiredNoAction },
}

/** A `text/html` page: the kit reads its text, never its markup. */
export const Html: Story = {
  name: 'HTML page',
  args: { dialect: 'html' },
  parameters: { expected: expiredNoAction },
}

/** Plain text: its first human paragraph as the message, and its `Label: URL` line as the action. */
export const Text: Story = {
  name: 'Plain text',
  args: { dialect: 'text' },
  play: async (context) => {
    await meta.play(context)
    // The message is the human sentence, never the URL line or the `key=value` diagnostics.
    const dialog = within(context.canvasElement.ownerDocument.body).getByRole('dialog')
    await expect(dialog).not.toHaveAccessibleDescription(/\/billing|request_id=|reason=/)
  },
}

/** No body at all: still a clear generic paywall, with the request id from the `Request-Id` header. */
export const Empty: Story = {
  name: 'Empty body',
  args: { dialect: 'empty' },
  parameters: { expected: { reason: 'payment_required', action: false } satisfies Expected },
}
