import type { LocaleMessages } from '../locale-messages'

/** French (vous): `import { messages } from '@paywall-kit/react/locales/fr'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'Votre essai gratuit est terminé',
      message: 'Choisissez une offre pour continuer.',
      action: 'Choisir une offre',
    },
    invoice_unpaid: {
      title: 'Votre compte est suspendu',
      message: 'Réglez la facture en attente pour rétablir l’accès.',
      action: 'Payer la facture',
    },
    payment_failed: {
      title: 'Votre paiement n’a pas abouti',
      message: 'Mettez à jour votre moyen de paiement pour conserver l’accès.',
      action: 'Mettre à jour le moyen de paiement',
    },
    insufficient_credits: {
      title: 'Vous n’avez plus de crédits',
      message: 'Ajoutez des crédits pour continuer.',
      action: 'Ajouter des crédits',
    },
    quota_exceeded: {
      title: 'Vous avez atteint la limite de votre offre',
      message: 'Passez à une offre supérieure ou attendez la réinitialisation de votre quota.',
      action: 'Changer d’offre',
    },
    subscription_expired: {
      title: 'Votre abonnement a expiré',
      message: 'Renouvelez-le pour reprendre là où vous en étiez.',
      action: 'Renouveler l’abonnement',
    },
    upgrade_required: {
      title: 'Débloquez cette fonctionnalité avec une offre supérieure',
      message: 'Cette fonctionnalité fait partie d’une offre supérieure.',
      action: 'Voir les offres',
    },
    payment_required: {
      title: 'Votre facturation requiert votre attention',
      message: 'Vérifiez vos informations de facturation pour continuer.',
      action: 'Vérifier la facturation',
    },
  },
  modal: {
    dismiss: 'Plus tard',
    close: 'Fermer',
    afterPayment: 'L’accès est rétabli dès que le paiement est effectué.',
    plansHeading: 'Offres',
    // "Consommation : …" rather than "… utilisé(e)s", which would have to agree with the server's unit.
    usage: ({ used, limit, unit }) => `Consommation\u00a0: ${used} sur ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `Réinitialisation le ${date}`,
    price: ({ price, network }) => (network ? `Prix : ${price} sur ${network}` : `Prix : ${price}`),
    tryAgain: 'Réessayer',
    // `relative` reads "dans 2 heures", "demain", "dans 30 secondes".
    retryIn: ({ relative }) => `Vous pourrez réessayer ${relative}`,
    retryReady: 'Vous pouvez réessayer maintenant.',
    supportHeading: 'Besoin d’aide\u202f? Communiquez ces informations au support.',
    requestId: 'ID de requête',
    time: 'Heure',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'Copie impossible. Sélectionnez les informations pour les copier.',
    contactSupport: 'Contacter le support',
    learnMore: 'En savoir plus',
    actionPending: 'Ouverture du paiement…',
    actionFailed: 'Le paiement n’a pas pu aboutir. Veuillez réessayer.',
    choosePlan: (plan) => `Continuer avec ${plan}`,
    planPrice: ({ price, interval }) =>
      interval
        ? `${price} par ${{ day: 'jour', week: 'semaine', month: 'mois', year: 'an' }[interval]}`
        : price,
    currentPlan: 'Offre actuelle',
    recommendedPlan: 'Recommandée',
    askOwner: ({ owner }) =>
      owner
        ? `Demandez à ${owner} de mettre à jour la facturation de ce compte pour pouvoir continuer.`
        : 'Demandez à un administrateur de ce compte de mettre à jour la facturation pour pouvoir continuer.',
    copyLink: 'Copier le lien de facturation',
    linkCopied: 'Lien copié',
    requestAccess: 'Demander l’accès',
    requestSent: 'Demande envoyée',
    requestFailed: 'La demande n’a pas pu être envoyée. Veuillez réessayer.',
  },
  lock: {
    locked: 'Cette fonctionnalité n’est pas incluse dans votre offre',
    unlock: 'Débloquer',
    howToGetAccess: 'Comment obtenir l’accès',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} sur ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} sur ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''}, sans limite`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'Consommation inconnue'
        : `Consommation inconnue, limite de ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Réinitialisation le ${date}`,
    upgrade: 'Mettre à niveau',
    crossed: ({ label, percent }) => `${label}\u00a0: vous avez atteint ${percent} de votre limite`,
    exceeded: (label) => `${label}\u00a0: limite atteinte`,
  },
  banner: {
    title: 'Votre paiement a échoué',
    // `relative` reads "aujourd’hui", "demain", "après-demain", "dans 5 jours".
    daysLeft: ({ relative }) => `Votre accès prend fin ${relative}`,
    message: 'Mettez à jour votre moyen de paiement pour conserver votre offre.',
    expiredTitle: 'Votre accès a pris fin',
    expiredMessage: 'Mettez à jour votre moyen de paiement pour rétablir l’accès.',
    askOwner: ({ owner }) =>
      owner
        ? `Demandez à ${owner} de mettre à jour le moyen de paiement.`
        : 'Demandez à un administrateur du compte de mettre à jour le moyen de paiement.',
    copyLink: 'Copier le lien de facturation',
    linkCopied: 'Lien copié',
    action: 'Mettre à jour le moyen de paiement',
    trialTitle: 'Votre essai se termine bientôt',
    trialDaysLeft: ({ relative }) => `L’essai prend fin ${relative}`,
    trialMessage: 'Choisissez une offre pour conserver votre travail et toutes les fonctionnalités.',
    trialAction: 'Choisir une offre',
    trialEndedTitle: 'Votre essai est terminé',
    trialEndedMessage: 'Choisissez une offre pour reprendre là où vous vous étiez arrêté.',
    cardTitle: 'Votre carte expire bientôt',
    cardDaysLeft: ({ relative }) => `La carte expire ${relative}`,
    cardMessage: 'Ajoutez une nouvelle carte pour que votre prochain paiement aboutisse.',
    cardAction: 'Mettre à jour la carte',
    cardExpiredTitle: 'Votre carte a expiré',
    cardExpiredMessage:
      'Ajoutez une nouvelle carte avant votre prochain paiement pour conserver votre offre.',
    endedMessage: 'Renouvelez votre offre pour rétablir l’accès.',
    endedAction: 'Renouveler l’offre',
    dismiss: 'Masquer',
  },
}
