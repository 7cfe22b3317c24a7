import type { LocaleMessages } from '../locale-messages'

/** Spanish (tú): `import { messages } from '@paywall-kit/react/locales/es'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'Tu prueba gratuita ha terminado',
      message: 'Elige un plan para continuar.',
      action: 'Elegir un plan',
    },
    invoice_unpaid: {
      title: 'Tu cuenta está en pausa',
      message: 'Paga la factura pendiente para recuperar el acceso.',
      action: 'Pagar factura',
    },
    payment_failed: {
      title: 'No se pudo procesar tu pago',
      message: 'Actualiza tu método de pago para no perder el acceso.',
      action: 'Actualizar método de pago',
    },
    insufficient_credits: {
      title: 'Te has quedado sin créditos',
      message: 'Añade créditos para continuar.',
      action: 'Añadir créditos',
    },
    quota_exceeded: {
      title: 'Has alcanzado el límite de tu plan',
      message: 'Mejora tu plan o espera a que se restablezca tu uso.',
      action: 'Mejorar plan',
    },
    subscription_expired: {
      title: 'Tu suscripción ha finalizado',
      message: 'Renuévala para seguir donde lo dejaste.',
      action: 'Renovar suscripción',
    },
    upgrade_required: {
      title: 'Mejora tu plan para desbloquear esta función',
      message: 'Esta función está incluida en un plan superior.',
      action: 'Ver planes',
    },
    payment_required: {
      title: 'Tu facturación requiere atención',
      message: 'Revisa tus datos de facturación para continuar.',
      action: 'Revisar facturación',
    },
  },
  modal: {
    dismiss: 'Ahora no',
    close: 'Cerrar',
    afterPayment: 'Recuperarás el acceso en cuanto se complete el pago.',
    plansHeading: 'Planes',
    // "Uso: …" rather than "… usados/usadas", which would have to agree with the server's unit.
    usage: ({ used, limit, unit }) => `Uso: ${used} de ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `Se restablece el ${date}`,
    price: ({ price, network }) => (network ? `Precio: ${price} en ${network}` : `Precio: ${price}`),
    tryAgain: 'Reintentar',
    // `relative` reads "dentro de 2 horas", "mañana", "dentro de 30 segundos".
    retryIn: ({ relative }) => `Podrás volver a intentarlo ${relative}`,
    retryReady: 'Ya puedes volver a intentarlo.',
    supportHeading: '¿Necesitas ayuda? Facilita estos datos al equipo de soporte.',
    requestId: 'ID de la solicitud',
    time: 'Hora',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'No se pudo copiar. Selecciona los datos para copiarlos.',
    contactSupport: 'Contactar con soporte',
    learnMore: 'Más información',
    actionPending: 'Abriendo el pago…',
    actionFailed: 'No se pudo completar el pago. Inténtalo de nuevo.',
    choosePlan: (plan) => `Continuar con ${plan}`,
    planPrice: ({ price, interval }) =>
      interval
        ? `${price} ${{ day: 'al día', week: 'a la semana', month: 'al mes', year: 'al año' }[interval]}`
        : price,
    currentPlan: 'Plan actual',
    recommendedPlan: 'Recomendado',
    askOwner: ({ owner }) =>
      owner
        ? `Pide a ${owner} que actualice la facturación de esta cuenta para poder continuar.`
        : 'Pide a un administrador de esta cuenta que actualice la facturación para poder continuar.',
    copyLink: 'Copiar enlace de facturación',
    linkCopied: 'Enlace copiado',
    requestAccess: 'Solicitar acceso',
    requestSent: 'Solicitud enviada',
    requestFailed: 'No se pudo enviar la solicitud. Inténtalo de nuevo.',
  },
  lock: {
    locked: 'Esta función no está incluida en tu plan',
    unlock: 'Desbloquear',
    howToGetAccess: 'Cómo obtener acceso',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} de ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} de ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''}, sin límite`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'Uso desconocido'
        : `Uso desconocido, límite de ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Se restablece el ${date}`,
    upgrade: 'Mejorar plan',
    crossed: ({ label, percent }) => `${label}: has usado el ${percent} de tu límite`,
    exceeded: (label) => `${label}: límite alcanzado`,
  },
  banner: {
    title: 'No se pudo procesar tu pago',
    // `relative` reads "hoy", "mañana", "pasado mañana", "dentro de 5 días".
    daysLeft: ({ relative }) => `Tu acceso termina ${relative}`,
    message: 'Actualiza tu método de pago para mantener tu plan.',
    expiredTitle: 'Tu acceso ha finalizado',
    expiredMessage: 'Actualiza tu método de pago para recuperar el acceso.',
    askOwner: ({ owner }) =>
      owner
        ? `Pide a ${owner} que actualice el método de pago.`
        : 'Pide a un administrador de la cuenta que actualice el método de pago.',
    copyLink: 'Copiar enlace de facturación',
    linkCopied: 'Enlace copiado',
    action: 'Actualizar método de pago',
    trialTitle: 'Tu prueba está por terminar',
    trialDaysLeft: ({ relative }) => `La prueba termina ${relative}`,
    trialMessage: 'Elige un plan para conservar tu trabajo y todas las funciones.',
    trialAction: 'Elegir un plan',
    trialEndedTitle: 'Tu prueba ha terminado',
    trialEndedMessage: 'Elige un plan para continuar donde lo dejaste.',
    cardTitle: 'Tu tarjeta vence pronto',
    cardDaysLeft: ({ relative }) => `La tarjeta vence ${relative}`,
    cardMessage: 'Agrega una tarjeta nueva para que tu próximo pago se procese.',
    cardAction: 'Actualizar tarjeta',
    cardExpiredTitle: 'Tu tarjeta ha vencido',
    cardExpiredMessage: 'Agrega una tarjeta nueva antes de tu próximo pago para mantener tu plan.',
    endedMessage: 'Renueva tu plan para recuperar el acceso.',
    endedAction: 'Renovar plan',
    dismiss: 'Descartar',
  },
}
