import type { LocaleMessages } from '../locale-messages'

/** Italian (tu): `import { messages } from '@paywall-kit/react/locales/it'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'La tua prova gratuita è terminata',
      message: 'Scegli un piano per continuare.',
      action: 'Scegli un piano',
    },
    invoice_unpaid: {
      title: 'Il tuo account è sospeso',
      message: 'Paga la fattura in sospeso per ripristinare l’accesso.',
      action: 'Paga la fattura',
    },
    payment_failed: {
      title: 'Il pagamento non è andato a buon fine',
      message: 'Aggiorna il metodo di pagamento per non perdere l’accesso.',
      action: 'Aggiorna metodo di pagamento',
    },
    insufficient_credits: {
      title: 'Hai esaurito i crediti',
      message: 'Aggiungi crediti per continuare.',
      action: 'Aggiungi crediti',
    },
    quota_exceeded: {
      title: 'Hai raggiunto il limite del tuo piano',
      message: 'Passa a un piano superiore o attendi che il tuo utilizzo si azzeri.',
      action: 'Esegui l’upgrade',
    },
    subscription_expired: {
      title: 'Il tuo abbonamento è scaduto',
      message: 'Rinnovalo per riprendere da dove avevi lasciato.',
      action: 'Rinnova l’abbonamento',
    },
    upgrade_required: {
      title: 'Passa a un piano superiore per sbloccare questa funzione',
      message: 'Questa funzione è inclusa in un piano superiore.',
      action: 'Vedi i piani',
    },
    payment_required: {
      title: 'La fatturazione richiede la tua attenzione',
      message: 'Controlla i dati di fatturazione per continuare.',
      action: 'Controlla la fatturazione',
    },
  },
  modal: {
    dismiss: 'Non ora',
    close: 'Chiudi',
    afterPayment: 'L’accesso torna subito dopo il pagamento.',
    plansHeading: 'Piani',
    // "Utilizzo: …" rather than "… usati/usate", which would have to agree with the server's unit.
    usage: ({ used, limit, unit }) => `Utilizzo: ${used} su ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `Si azzera il ${date}`,
    price: ({ price, network }) => (network ? `Prezzo: ${price} su ${network}` : `Prezzo: ${price}`),
    tryAgain: 'Riprova',
    // `relative` reads "tra 2 ore", "domani", "tra 30 secondi".
    retryIn: ({ relative }) => `Potrai riprovare ${relative}`,
    retryReady: 'Ora puoi riprovare.',
    supportHeading: 'Serve aiuto? Comunica questi dati all’assistenza.',
    requestId: 'ID richiesta',
    time: 'Ora',
    copy: 'Copia',
    copied: 'Copiato',
    copyFailed: 'Impossibile copiare. Seleziona i dati per copiarli.',
    contactSupport: 'Contatta l’assistenza',
    learnMore: 'Scopri di più',
    actionPending: 'Apertura del pagamento…',
    actionFailed: 'Non è stato possibile completare il pagamento. Riprova.',
    choosePlan: (plan) => `Continua con ${plan}`,
    planPrice: ({ price, interval }) =>
      interval
        ? `${price} ${{ day: 'al giorno', week: 'a settimana', month: 'al mese', year: 'all’anno' }[interval]}`
        : price,
    currentPlan: 'Piano attuale',
    recommendedPlan: 'Consigliato',
    askOwner: ({ owner }) =>
      owner
        ? `Chiedi a ${owner} di aggiornare la fatturazione di questo account per poter continuare.`
        : 'Chiedi a un amministratore di questo account di aggiornare la fatturazione per poter continuare.',
    copyLink: 'Copia il link alla fatturazione',
    linkCopied: 'Link copiato',
    requestAccess: 'Richiedi l’accesso',
    requestSent: 'Richiesta inviata',
    requestFailed: 'Impossibile inviare la richiesta. Riprova.',
  },
  lock: {
    locked: 'Questa funzione non è inclusa nel tuo piano',
    unlock: 'Sblocca',
    howToGetAccess: 'Come ottenere l’accesso',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} su ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} su ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''}, senza limiti`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'Utilizzo sconosciuto'
        : `Utilizzo sconosciuto, limite di ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Si azzera il ${date}`,
    upgrade: 'Esegui l’upgrade',
    crossed: ({ label, percent }) => `${label}: hai usato il ${percent} del tuo limite`,
    exceeded: (label) => `${label}: limite raggiunto`,
  },
  banner: {
    title: 'Il pagamento non è andato a buon fine',
    // `relative` reads "oggi", "domani", "dopodomani", "tra 5 giorni".
    daysLeft: ({ relative }) => `Il tuo accesso termina ${relative}`,
    message: 'Aggiorna il metodo di pagamento per mantenere il tuo piano.',
    expiredTitle: 'Il tuo accesso è terminato',
    expiredMessage: 'Aggiorna il metodo di pagamento per ripristinare l’accesso.',
    askOwner: ({ owner }) =>
      owner
        ? `Chiedi a ${owner} di aggiornare il metodo di pagamento.`
        : 'Chiedi a un amministratore dell’account di aggiornare il metodo di pagamento.',
    copyLink: 'Copia il link alla fatturazione',
    linkCopied: 'Link copiato',
    action: 'Aggiorna metodo di pagamento',
    trialTitle: 'La tua prova sta per scadere',
    trialDaysLeft: ({ relative }) => `La prova termina ${relative}`,
    trialMessage: 'Scegli un piano per conservare il tuo lavoro e tutte le funzionalità.',
    trialAction: 'Scegli un piano',
    trialEndedTitle: 'La tua prova è terminata',
    trialEndedMessage: 'Scegli un piano per riprendere da dove avevi lasciato.',
    cardTitle: 'La tua carta sta per scadere',
    cardDaysLeft: ({ relative }) => `La carta scade ${relative}`,
    cardMessage: 'Aggiungi una nuova carta perché il prossimo pagamento vada a buon fine.',
    cardAction: 'Aggiorna carta',
    cardExpiredTitle: 'La tua carta è scaduta',
    cardExpiredMessage: 'Aggiungi una nuova carta prima del prossimo pagamento per mantenere il tuo piano.',
    endedMessage: 'Rinnova il tuo piano per ripristinare l’accesso.',
    endedAction: 'Rinnova piano',
    dismiss: 'Ignora',
  },
}
