import type { LocaleMessages } from '../locale-messages'

/** Brazilian Portuguese (você): `import { messages } from '@paywall-kit/react/locales/pt-BR'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'Seu período de teste terminou',
      message: 'Escolha um plano para continuar.',
      action: 'Escolher plano',
    },
    invoice_unpaid: {
      title: 'Sua conta está suspensa',
      message: 'Pague a fatura em aberto para recuperar o acesso.',
      action: 'Pagar fatura',
    },
    payment_failed: {
      title: 'Seu pagamento não foi aprovado',
      message: 'Atualize sua forma de pagamento para manter o acesso.',
      action: 'Atualizar forma de pagamento',
    },
    insufficient_credits: {
      title: 'Seus créditos acabaram',
      message: 'Adicione créditos para continuar.',
      action: 'Adicionar créditos',
    },
    quota_exceeded: {
      title: 'Você atingiu o limite do seu plano',
      message: 'Faça upgrade ou aguarde a renovação do seu limite de uso.',
      action: 'Fazer upgrade',
    },
    subscription_expired: {
      title: 'Sua assinatura expirou',
      message: 'Renove para continuar de onde parou.',
      action: 'Renovar assinatura',
    },
    upgrade_required: {
      title: 'Faça upgrade para desbloquear este recurso',
      message: 'Este recurso faz parte de um plano superior.',
      action: 'Ver planos',
    },
    payment_required: {
      title: 'Sua cobrança precisa de atenção',
      message: 'Revise seus dados de cobrança para continuar.',
      action: 'Revisar cobrança',
    },
  },
  modal: {
    dismiss: 'Agora não',
    close: 'Fechar',
    afterPayment: 'O acesso é liberado assim que o pagamento for confirmado.',
    plansHeading: 'Planos',
    // "Uso: …" rather than "… usados/usadas", which would have to agree with the server's unit.
    usage: ({ used, limit, unit }) => `Uso: ${used} de ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `Renova em ${date}`,
    price: ({ price, network }) => (network ? `Preço: ${price} na rede ${network}` : `Preço: ${price}`),
    tryAgain: 'Tentar novamente',
    // `relative` reads "em 2 horas", "amanhã", "em 30 segundos".
    retryIn: ({ relative }) => `Você poderá tentar novamente ${relative}`,
    retryReady: 'Você já pode tentar novamente.',
    supportHeading: 'Precisa de ajuda? Informe estes dados ao suporte.',
    requestId: 'ID da solicitação',
    time: 'Horário',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar. Selecione os dados para copiá-los.',
    contactSupport: 'Falar com o suporte',
    learnMore: 'Saiba mais',
    actionPending: 'Abrindo o pagamento…',
    actionFailed: 'Não foi possível concluir o pagamento. Tente novamente.',
    choosePlan: (plan) => `Continuar com ${plan}`,
    planPrice: ({ price, interval }) =>
      interval
        ? `${price} por ${{ day: 'dia', week: 'semana', month: 'mês', year: 'ano' }[interval]}`
        : price,
    currentPlan: 'Plano atual',
    recommendedPlan: 'Recomendado',
    askOwner: ({ owner }) =>
      owner
        ? `Peça para ${owner} atualizar o faturamento desta conta para você continuar.`
        : 'Peça para um administrador desta conta atualizar o faturamento para você continuar.',
    copyLink: 'Copiar link do faturamento',
    linkCopied: 'Link copiado',
    requestAccess: 'Solicitar acesso',
    requestSent: 'Solicitação enviada',
    requestFailed: 'Não foi possível enviar a solicitação. Tente novamente.',
  },
  lock: {
    locked: 'Este recurso não está incluído no seu plano',
    unlock: 'Desbloquear',
    howToGetAccess: 'Como obter acesso',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} de ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} de ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''}, sem limite`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'Uso desconhecido'
        : `Uso desconhecido, limite de ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Renova em ${date}`,
    upgrade: 'Fazer upgrade',
    crossed: ({ label, percent }) => `${label}: você usou ${percent} do seu limite`,
    exceeded: (label) => `${label}: limite atingido`,
  },
  banner: {
    title: 'Seu pagamento não foi aprovado',
    // `relative` reads "hoje", "amanhã", "depois de amanhã", "em 5 dias".
    daysLeft: ({ relative }) => `Seu acesso termina ${relative}`,
    message: 'Atualize sua forma de pagamento para manter seu plano.',
    expiredTitle: 'Seu acesso terminou',
    expiredMessage: 'Atualize sua forma de pagamento para recuperar o acesso.',
    askOwner: ({ owner }) =>
      owner
        ? `Peça para ${owner} atualizar a forma de pagamento.`
        : 'Peça para um administrador da conta atualizar a forma de pagamento.',
    copyLink: 'Copiar link do faturamento',
    linkCopied: 'Link copiado',
    action: 'Atualizar forma de pagamento',
    trialTitle: 'Seu período de teste está acabando',
    trialDaysLeft: ({ relative }) => `O teste termina ${relative}`,
    trialMessage: 'Escolha um plano para manter seu trabalho e todos os recursos.',
    trialAction: 'Escolher um plano',
    trialEndedTitle: 'Seu período de teste terminou',
    trialEndedMessage: 'Escolha um plano para continuar de onde parou.',
    cardTitle: 'Seu cartão vence em breve',
    cardDaysLeft: ({ relative }) => `O cartão vence ${relative}`,
    cardMessage: 'Adicione um novo cartão para que seu próximo pagamento seja aprovado.',
    cardAction: 'Atualizar cartão',
    cardExpiredTitle: 'Seu cartão venceu',
    cardExpiredMessage: 'Adicione um novo cartão antes do próximo pagamento para manter seu plano.',
    endedMessage: 'Renove seu plano para recuperar o acesso.',
    endedAction: 'Renovar plano',
    dismiss: 'Dispensar',
  },
}
