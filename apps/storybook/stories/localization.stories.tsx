import {
  FeatureLock,
  GracePeriodBanner,
  type PaywallMessagesOverride,
  PaywallModal,
  UsageMeter,
} from '@paywall-kit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { paywallFor, ReportedPaywall } from './support/paywall-state'

/** Every string of the kit in German, passed once to `PaywallProvider`. */
const german: PaywallMessagesOverride = {
  reasons: {
    subscription_expired: {
      title: 'Ihr Abonnement ist abgelaufen',
      message: 'Verlängern Sie Ihren Tarif, um dort weiterzumachen, wo Sie aufgehört haben.',
      action: 'Abonnement verlängern',
    },
    payment_failed: {
      title: 'Ihre Zahlung ist fehlgeschlagen',
      message: 'Aktualisieren Sie Ihre Zahlungsmethode, um Ihren Zugang zu behalten.',
      action: 'Zahlungsmethode aktualisieren',
    },
    invoice_unpaid: {
      title: 'Ihr Konto ist gesperrt',
      message: 'Eine Rechnung ist noch offen. Begleichen Sie sie, um den Zugang wiederherzustellen.',
      action: 'Rechnung bezahlen',
    },
    trial_ended: {
      title: 'Ihr Testzeitraum ist beendet',
      message: 'Wählen Sie einen Tarif, um alles Eingerichtete weiter zu nutzen.',
      action: 'Tarif wählen',
    },
    quota_exceeded: {
      title: 'Sie haben das Limit Ihres Tarifs erreicht',
      message: 'Wechseln Sie in einen größeren Tarif oder warten Sie, bis Ihr Kontingent zurückgesetzt wird.',
      action: 'Tarif upgraden',
    },
    insufficient_credits: {
      title: 'Ihr Guthaben ist aufgebraucht',
      message: 'Laden Sie Guthaben auf, um fortzufahren.',
      action: 'Guthaben aufladen',
    },
    upgrade_required: {
      title: 'Upgraden, um diese Funktion freizuschalten',
      message: 'Diese Funktion gehört zu einem höheren Tarif.',
      action: 'Tarife ansehen',
    },
    payment_required: {
      title: 'Ihre Abrechnung braucht Aufmerksamkeit',
      message: 'Prüfen Sie Tarif und Zahlungsdaten, um fortzufahren.',
      action: 'Abrechnung prüfen',
    },
  },
  modal: {
    dismiss: 'Nicht jetzt',
    close: 'Schließen',
    afterPayment: 'Der Zugang ist sofort nach der Zahlung wieder da.',
    plansHeading: 'Tarife',
    usage: ({ used, limit, unit }) => `${used} von ${limit}${unit ? ` ${unit}` : ''} verbraucht`,
    usageResets: (date) => `Zurückgesetzt am ${date}`,
    tryAgain: 'Erneut versuchen',
    supportHeading: 'Brauchen Sie Hilfe? Geben Sie dem Support diese Angaben.',
    requestId: 'Anfrage-ID',
    time: 'Zeit',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren fehlgeschlagen. Markieren Sie die Angaben, um sie zu kopieren.',
    contactSupport: 'Support kontaktieren',
    learnMore: 'Mehr erfahren',
  },
  lock: {
    locked: 'Diese Funktion ist in Ihrem Tarif nicht enthalten',
    unlock: 'Freischalten',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} von ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} von ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''} verbraucht, ohne Limit`,
    resets: (date) => `Zurückgesetzt am ${date}`,
    upgrade: 'Upgraden',
    crossed: ({ label, percent }) => `${label} bei ${percent} Ihres Limits`,
    exceeded: (label) => `${label}: Limit erreicht`,
  },
  banner: {
    title: 'Ihre Zahlung ist fehlgeschlagen',
    daysLeft: ({ relative }) => `Zugang endet ${relative}`,
    message: 'Aktualisieren Sie Ihre Zahlungsmethode, um Ihren Tarif zu behalten.',
    expiredTitle: 'Ihr Zugang ist beendet',
    expiredMessage: 'Aktualisieren Sie Ihre Zahlungsmethode, um den Zugang wiederherzustellen.',
    action: 'Zahlungsmethode aktualisieren',
    dismiss: 'Ausblenden',
  },
}

const quotaPaywall = paywallFor('quota_exceeded', {
  feature: 'berichte',
  usage: { used: 10_000, limit: 10_000, unit: 'Anfragen', resetsAt: '2026-12-01T00:00:00Z' },
  plans: [{ id: 'business', name: 'Business', price: '99 €/Monat' }],
})

/**
 * The whole kit in German: strings from the provider's `messages`, numbers and dates from `Intl` with
 * `locale="de-DE"`. The paywall's copy follows its reason, so the server can stay in English.
 */
const meta = {
  title: 'Guides/Localization',
  tags: ['autodocs'],
  parameters: {
    paywall: { messages: german, locale: 'de-DE' },
    docs: { story: { inline: false, height: '720px' } },
  },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** Banner, meter, lock and modal with German messages and `de-DE` formatting. */
export const German: Story = {
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
    await expect(within(dialog).getByRole('link', { name: 'Tarif upgraden' })).toBeInTheDocument()
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
    ).toHaveTextContent('Zugang endet in 3 Tagen')
    await expect(canvas.getByRole('button', { name: 'Freischalten', hidden: true })).toBeInTheDocument()
  },
}
