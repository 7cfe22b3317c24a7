import type { LocaleMessages } from '../locale-messages'

/** German (Sie): `import { messages } from '@paywall-kit/react/locales/de'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'Ihr Testzeitraum ist abgelaufen',
      message: 'Wählen Sie einen Tarif, um weiterzumachen.',
      action: 'Tarif wählen',
    },
    invoice_unpaid: {
      title: 'Ihr Konto ist gesperrt',
      message: 'Begleichen Sie die offene Rechnung, um den Zugang wiederherzustellen.',
      action: 'Rechnung bezahlen',
    },
    payment_failed: {
      title: 'Ihre Zahlung ist fehlgeschlagen',
      message: 'Aktualisieren Sie Ihre Zahlungsmethode, um den Zugang zu behalten.',
      action: 'Zahlungsmethode aktualisieren',
    },
    insufficient_credits: {
      title: 'Ihr Guthaben ist aufgebraucht',
      message: 'Laden Sie Guthaben auf, um fortzufahren.',
      action: 'Guthaben aufladen',
    },
    quota_exceeded: {
      title: 'Sie haben das Limit Ihres Tarifs erreicht',
      message: 'Upgraden Sie oder warten Sie, bis Ihr Kontingent zurückgesetzt wird.',
      action: 'Jetzt upgraden',
    },
    subscription_expired: {
      title: 'Ihr Abonnement ist abgelaufen',
      message: 'Verlängern Sie es, um dort weiterzumachen, wo Sie aufgehört haben.',
      action: 'Abonnement verlängern',
    },
    upgrade_required: {
      title: 'Diese Funktion erfordert ein Upgrade',
      message: 'Diese Funktion ist in einem höheren Tarif enthalten.',
      action: 'Tarife ansehen',
    },
    payment_required: {
      title: 'Handlungsbedarf bei Ihrer Abrechnung',
      message: 'Prüfen Sie Ihre Zahlungsdaten, um fortzufahren.',
      action: 'Abrechnung prüfen',
    },
  },
  modal: {
    dismiss: 'Nicht jetzt',
    close: 'Schließen',
    afterPayment: 'Nach der Zahlung haben Sie sofort wieder Zugriff.',
    plansHeading: 'Tarife',
    usage: ({ used, limit, unit }) => `${used} von ${limit}${unit ? ` ${unit}` : ''} verbraucht`,
    usageResets: (date) => `Wird am ${date} zurückgesetzt`,
    price: ({ price, network }) => (network ? `Preis: ${price} auf ${network}` : `Preis: ${price}`),
    tryAgain: 'Erneut versuchen',
    // `relative` reads "in 2 Stunden", "morgen", "in 30 Sekunden".
    retryIn: ({ relative }) => `Sie können es ${relative} erneut versuchen`,
    retryReady: 'Sie können es jetzt erneut versuchen.',
    supportHeading: 'Brauchen Sie Hilfe? Nennen Sie dem Support diese Angaben.',
    requestId: 'Anfrage-ID',
    time: 'Zeitpunkt',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie die Angaben, um sie zu kopieren.',
    contactSupport: 'Support kontaktieren',
    learnMore: 'Mehr erfahren',
    actionPending: 'Zahlungsseite wird geöffnet…',
    actionFailed: 'Die Zahlung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.',
    choosePlan: (plan) => `Weiter mit ${plan}`,
    planPrice: ({ price, interval }) =>
      interval
        ? `${price} pro ${{ day: 'Tag', week: 'Woche', month: 'Monat', year: 'Jahr' }[interval]}`
        : price,
    currentPlan: 'Aktueller Tarif',
    recommendedPlan: 'Empfohlen',
    askOwner: ({ owner }) =>
      owner
        ? `Bitten Sie ${owner}, die Abrechnung für dieses Konto zu aktualisieren, damit Sie weitermachen können.`
        : 'Bitten Sie eine Person mit Administratorrechten, die Abrechnung für dieses Konto zu aktualisieren, damit Sie weitermachen können.',
    copyLink: 'Link zur Abrechnung kopieren',
    linkCopied: 'Link kopiert',
    requestAccess: 'Zugriff anfragen',
    requestSent: 'Anfrage gesendet',
    requestFailed: 'Die Anfrage konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
  },
  lock: {
    locked: 'Diese Funktion ist in Ihrem Tarif nicht enthalten',
    unlock: 'Freischalten',
    howToGetAccess: 'So erhalten Sie Zugriff',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} von ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} von ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''} verbraucht, ohne Limit`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'Verbrauch unbekannt'
        : `Verbrauch unbekannt, Limit ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Wird am ${date} zurückgesetzt`,
    upgrade: 'Jetzt upgraden',
    crossed: ({ label, percent }) => `${label}: ${percent} Ihres Limits erreicht`,
    exceeded: (label) => `${label}: Limit erreicht`,
  },
  banner: {
    title: 'Ihre Zahlung ist fehlgeschlagen',
    // `relative` reads "heute", "morgen", "übermorgen", "in 5 Tagen".
    daysLeft: ({ relative }) => `Ihr Zugang endet ${relative}`,
    message: 'Aktualisieren Sie Ihre Zahlungsmethode, um Ihren Tarif zu behalten.',
    expiredTitle: 'Ihr Zugang ist abgelaufen',
    expiredMessage: 'Aktualisieren Sie Ihre Zahlungsmethode, um den Zugang wiederherzustellen.',
    askOwner: ({ owner }) =>
      owner
        ? `Bitten Sie ${owner}, die Zahlungsmethode zu aktualisieren.`
        : 'Bitten Sie eine Person mit Administratorrechten, die Zahlungsmethode zu aktualisieren.',
    copyLink: 'Link zur Abrechnung kopieren',
    linkCopied: 'Link kopiert',
    action: 'Zahlungsmethode aktualisieren',
    trialTitle: 'Ihr Testzeitraum endet bald',
    trialDaysLeft: ({ relative }) => `Der Testzeitraum endet ${relative}`,
    trialMessage: 'Wählen Sie einen Tarif, um Ihre Arbeit und alle Funktionen zu behalten.',
    trialAction: 'Tarif wählen',
    trialEndedTitle: 'Ihr Testzeitraum ist abgelaufen',
    trialEndedMessage: 'Wählen Sie einen Tarif, um dort weiterzumachen, wo Sie aufgehört haben.',
    cardTitle: 'Ihre Karte läuft bald ab',
    cardDaysLeft: ({ relative }) => `Die Karte läuft ${relative} ab`,
    cardMessage: 'Hinterlegen Sie eine neue Karte, damit Ihre nächste Zahlung klappt.',
    cardAction: 'Karte aktualisieren',
    cardExpiredTitle: 'Ihre Karte ist abgelaufen',
    cardExpiredMessage:
      'Hinterlegen Sie vor Ihrer nächsten Zahlung eine neue Karte, um Ihren Tarif zu behalten.',
    endedMessage: 'Verlängern Sie Ihren Tarif, um den Zugang wiederherzustellen.',
    endedAction: 'Tarif verlängern',
    dismiss: 'Ausblenden',
  },
}
