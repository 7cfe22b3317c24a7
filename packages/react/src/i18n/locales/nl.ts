import type { LocaleMessages } from '../locale-messages'

/** Dutch (je): `import { messages } from '@paywall-kit/react/locales/nl'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'Je gratis proefperiode is afgelopen',
      message: 'Kies een abonnement om verder te gaan.',
      action: 'Abonnement kiezen',
    },
    invoice_unpaid: {
      title: 'Je account is geblokkeerd',
      message: 'Betaal de openstaande factuur om weer toegang te krijgen.',
      action: 'Factuur betalen',
    },
    payment_failed: {
      title: 'Je betaling is mislukt',
      message: 'Werk je betaalmethode bij om toegang te houden.',
      action: 'Betaalmethode bijwerken',
    },
    insufficient_credits: {
      title: 'Je tegoed is op',
      message: 'Vul je tegoed aan om verder te gaan.',
      action: 'Tegoed aanvullen',
    },
    quota_exceeded: {
      title: 'Je hebt de limiet van je abonnement bereikt',
      message: 'Upgrade je abonnement of wacht tot je verbruik weer op nul staat.',
      action: 'Nu upgraden',
    },
    subscription_expired: {
      title: 'Je abonnement is verlopen',
      message: 'Verleng het om verder te gaan waar je gebleven was.',
      action: 'Abonnement verlengen',
    },
    upgrade_required: {
      title: 'Upgrade om deze functie te ontgrendelen',
      message: 'Deze functie hoort bij een uitgebreider abonnement.',
      action: 'Abonnementen bekijken',
    },
    payment_required: {
      title: 'Je facturering vraagt om aandacht',
      message: 'Controleer je factuurgegevens om verder te gaan.',
      action: 'Facturering controleren',
    },
  },
  modal: {
    dismiss: 'Niet nu',
    close: 'Sluiten',
    afterPayment: 'Na de betaling heb je meteen weer toegang.',
    plansHeading: 'Abonnementen',
    usage: ({ used, limit, unit }) => `${used} van ${limit}${unit ? ` ${unit}` : ''} gebruikt`,
    usageResets: (date) => `Wordt op ${date} gereset`,
    price: ({ price, network }) => (network ? `Prijs: ${price} op ${network}` : `Prijs: ${price}`),
    tryAgain: 'Opnieuw proberen',
    // `relative` reads "over 2 uur", "morgen", "over 30 seconden".
    retryIn: ({ relative }) => `Je kunt het ${relative} opnieuw proberen`,
    retryReady: 'Je kunt het nu opnieuw proberen.',
    supportHeading: 'Hulp nodig? Geef deze gegevens door aan support.',
    requestId: 'Verzoek-ID',
    time: 'Tijdstip',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren is mislukt. Selecteer de gegevens om ze te kopiëren.',
    contactSupport: 'Contact opnemen met support',
    learnMore: 'Meer informatie',
    actionPending: 'Betaalpagina wordt geopend…',
    actionFailed: 'De betaling kon niet worden afgerond. Probeer het opnieuw.',
    choosePlan: (plan) => `Doorgaan met ${plan}`,
    planPrice: ({ price, interval }) =>
      interval
        ? `${price} per ${{ day: 'dag', week: 'week', month: 'maand', year: 'jaar' }[interval]}`
        : price,
    currentPlan: 'Huidig abonnement',
    recommendedPlan: 'Aanbevolen',
    askOwner: ({ owner }) =>
      owner
        ? `Vraag ${owner} om de facturering van dit account bij te werken, zodat je verder kunt.`
        : 'Vraag een beheerder van dit account om de facturering bij te werken, zodat je verder kunt.',
    copyLink: 'Link naar facturering kopiëren',
    linkCopied: 'Link gekopieerd',
    requestAccess: 'Toegang aanvragen',
    requestSent: 'Aanvraag verstuurd',
    requestFailed: 'De aanvraag kon niet worden verstuurd. Probeer het opnieuw.',
  },
  lock: {
    locked: 'Deze functie zit niet in je abonnement',
    unlock: 'Ontgrendelen',
    howToGetAccess: 'Zo krijg je toegang',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} van ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} van ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''} gebruikt, geen limiet`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'Verbruik onbekend'
        : `Verbruik onbekend, limiet ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Wordt op ${date} gereset`,
    upgrade: 'Upgraden',
    crossed: ({ label, percent }) => `${label}: ${percent} van je limiet bereikt`,
    exceeded: (label) => `${label}: limiet bereikt`,
  },
  banner: {
    title: 'Je betaling is mislukt',
    // `relative` reads "vandaag", "morgen", "overmorgen", "over 5 dagen".
    daysLeft: ({ relative }) => `Je toegang eindigt ${relative}`,
    message: 'Werk je betaalmethode bij om je abonnement te behouden.',
    expiredTitle: 'Je toegang is beëindigd',
    expiredMessage: 'Werk je betaalmethode bij om weer toegang te krijgen.',
    askOwner: ({ owner }) =>
      owner
        ? `Vraag ${owner} om de betaalmethode bij te werken.`
        : 'Vraag een beheerder van het account om de betaalmethode bij te werken.',
    copyLink: 'Link naar facturering kopiëren',
    linkCopied: 'Link gekopieerd',
    action: 'Betaalmethode bijwerken',
    trialTitle: 'Je proefperiode loopt bijna af',
    trialDaysLeft: ({ relative }) => `De proefperiode eindigt ${relative}`,
    trialMessage: 'Kies een abonnement om je werk en alle functies te behouden.',
    trialAction: 'Kies een abonnement',
    trialEndedTitle: 'Je proefperiode is afgelopen',
    trialEndedMessage: 'Kies een abonnement om verder te gaan waar je was gebleven.',
    cardTitle: 'Je kaart verloopt binnenkort',
    cardDaysLeft: ({ relative }) => `De kaart verloopt ${relative}`,
    cardMessage: 'Voeg een nieuwe kaart toe zodat je volgende betaling lukt.',
    cardAction: 'Kaart bijwerken',
    cardExpiredTitle: 'Je kaart is verlopen',
    cardExpiredMessage: 'Voeg vóór je volgende betaling een nieuwe kaart toe om je abonnement te behouden.',
    endedMessage: 'Verleng je abonnement om weer toegang te krijgen.',
    endedAction: 'Abonnement verlengen',
    dismiss: 'Verbergen',
  },
}
