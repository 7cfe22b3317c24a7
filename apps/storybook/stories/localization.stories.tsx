import { FeatureLock, GracePeriodBanner, PaywallModal, UsageMeter } from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { paywallFor, ReportedPaywall } from './support/paywall-state'

const quotaPaywall = paywallFor('quota_exceeded', {
  feature: 'berichte',
  usage: { used: 10_000, limit: 10_000, unit: 'Anfragen', resetsAt: '2026-12-01T00:00:00Z' },
  plans: [{ id: 'business', name: 'Business', price: '99 €/Monat' }],
})

/**
 * The whole kit in a shipped locale: `import { messages } from '@paywall-kit/react/locales/de'`, then
 * `<PaywallProvider locale="de" messages={messages}>`; numbers and dates come from `Intl` in that locale.
 * The paywall's copy follows its reason, so the server can stay in English. Each story sets the toolbar's
 * Locale, which switches any story to another language (and Direction to right to left).
 */
const meta = {
  title: 'Guides/Localization',
  tags: ['autodocs'],
  parameters: {
    docs: { story: { inline: false, height: '720px' } },
  },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** Banner, meter, lock and modal with the shipped German locale and German formatting. */
export const German: Story = {
  globals: { locale: 'de' },
  render: () => (
    <div className="acme-stack">
      <GracePeriodBanner endsAt="2026-11-28T18:00:00Z" now="2026-11-25T12:00:00Z" timeZone="UTC" />
      <UsageMeter
        label="API-Aufrufe"
        used={820}
        limit={1000}
        unit="Anfragen"
        resetsAt="2026-12-01T00:00:00Z"
        timeZone="UTC"
      />
      <FeatureLock feature="berichte">
        <p className="acme-panel">Umsatz nach Kanal, letzte 30 Tage</p>
      </FeatureLock>
      <ReportedPaywall paywall={quotaPaywall} feature="berichte" />
      <PaywallModal />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
      name: 'Sie haben das Limit Ihres Tarifs erreicht',
    })
    await expect(dialog).toHaveTextContent('10.000 von 10.000 Anfragen verbraucht')
    await expect(within(dialog).getByRole('link', { name: 'Jetzt upgraden' })).toBeInTheDocument()
    await expect(within(dialog).getByRole('button', { name: 'Nicht jetzt' })).toBeInTheDocument()
    await expect(within(dialog).getByRole('button', { name: 'Kopieren' })).toBeInTheDocument()

    // Behind the open modal the page is hidden from assistive technology, hence `hidden: true`.
    const meter = canvas.getByRole('meter', { name: 'API-Aufrufe', hidden: true })
    await expect(meter).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^820 von 1\.000 Anfragen, 82\s%$/),
    )
    await expect(
      canvas.getByRole('status', { name: 'Ihre Zahlung ist fehlgeschlagen', hidden: true }),
    ).toHaveTextContent('Ihr Zugang endet in 3 Tagen')
    await expect(canvas.getByRole('button', { name: 'Freischalten', hidden: true })).toBeInTheDocument()
  },
}

const arabicQuotaPaywall = paywallFor('quota_exceeded', {
  feature: 'reports',
  usage: { used: 10_000, limit: 10_000, unit: 'طلب', resetsAt: '2026-12-01T00:00:00Z' },
})

/** The shipped Arabic locale, right to left (the toolbar's Direction follows the locale). */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  render: () => (
    <div className="acme-stack">
      <GracePeriodBanner endsAt="2026-11-30T18:00:00Z" now="2026-11-25T12:00:00Z" timeZone="UTC" />
      <UsageMeter label="استدعاءات API" used={820} limit={1000} unit="طلب" timeZone="UTC" />
      <FeatureLock feature="reports">
        <p className="acme-panel">الإيرادات حسب القناة، آخر 30 يومًا</p>
      </FeatureLock>
      <ReportedPaywall paywall={arabicQuotaPaywall} feature="reports" />
      <PaywallModal />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', {
      name: 'وصلت إلى الحد الأقصى لخطتك',
    })
    // The modal is portalled outside the story: the direction must reach it through the root element.
    await expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl')
    await expect(canvasElement.closest('[dir]')).toHaveAttribute('dir', 'rtl')
    await expect(within(dialog).getByRole('link', { name: 'ترقية الخطة' })).toBeInTheDocument()
    await expect(within(dialog).getByRole('button', { name: 'ليس الآن' })).toBeInTheDocument()
    await expect(canvas.getByRole('status', { name: 'فشلت عملية الدفع', hidden: true })).toHaveTextContent(
      'ينتهي وصولك بعد 5 أيام',
    )
    await expect(canvas.getByRole('button', { name: 'فتح الميزة', hidden: true })).toBeInTheDocument()
  },
}
