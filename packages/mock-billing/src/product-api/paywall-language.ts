import type { PaywallReasonCode } from '../model/subscription-state.ts'
import type { PaywallProblem } from './dialects.ts'

/** The languages the product API writes its 402 copy in. */
export const paywallLanguages = ['en', 'de'] as const

/** A language of the 402 copy, sent back as `Content-Language`. */
export type PaywallLanguage = (typeof paywallLanguages)[number]

/** Whether a value names a language of the 402 copy. */
export function isPaywallLanguage(value: unknown): value is PaywallLanguage {
  return paywallLanguages.includes(value as PaywallLanguage)
}

const GERMAN_FEATURE_NAMES: Record<string, string> = {
  reports: 'Premium-Berichte',
  exports: 'Exporte',
  api_calls: 'API-Aufrufe',
  ai_summaries: 'KI-Zusammenfassungen',
  payment_method: 'Zahlungen',
}

/** The same copy as the English table in `paywall.ts`, as a German SaaS would write it (Sie). */
const GERMAN_COPY: Record<
  PaywallReasonCode,
  { title: string; message: (feature: string) => string; action: string }
> = {
  subscription_expired: {
    title: 'Ihr Abo ist abgelaufen',
    message: (feature) => `Ihr Pro-Abo ist abgelaufen. Verlängern Sie es, um ${feature} wieder zu nutzen.`,
    action: 'Abo verlängern',
  },
  payment_failed: {
    title: 'Ihre Zahlung ist fehlgeschlagen',
    message: () =>
      'Wir konnten Ihre Karte nicht belasten. Aktualisieren Sie Ihre Zahlungsmethode, um den Zugang wiederherzustellen.',
    action: 'Zahlungsmethode aktualisieren',
  },
  invoice_unpaid: {
    title: 'Ihr Konto ist gesperrt',
    message: () =>
      'Ihr Konto ist wegen einer unbezahlten Rechnung gesperrt. Begleichen Sie die offene Rechnung, um den Zugang wiederherzustellen.',
    action: 'Rechnung bezahlen',
  },
  trial_ended: {
    title: 'Ihr Testzeitraum ist abgelaufen',
    message: (feature) =>
      `Ihr Pro-Testzeitraum ist abgelaufen. Wählen Sie einen Tarif, um ${feature} weiter zu nutzen.`,
    action: 'Tarif wählen',
  },
  quota_exceeded: {
    title: 'Monatliches API-Limit erreicht',
    message: () =>
      'Sie haben das monatliche Limit an API-Aufrufen Ihres Tarifs erreicht. Wechseln Sie zu einem größeren Tarif oder warten Sie auf die Zurücksetzung.',
    action: 'Tarif upgraden',
  },
  insufficient_credits: {
    title: 'Keine KI-Guthaben mehr',
    message: () =>
      'Sie haben kein Guthaben für KI-Zusammenfassungen mehr. Kaufen Sie Guthaben, um weiter zusammenzufassen.',
    action: 'Guthaben kaufen',
  },
  upgrade_required: {
    title: 'Upgraden Sie, um diese Funktion freizuschalten',
    message: (feature) => `${feature} sind Teil des Pro-Tarifs. Upgraden Sie, um sie freizuschalten.`,
    action: 'Tarife ansehen',
  },
  payment_required: {
    title: 'Zahlung erforderlich',
    message: () => 'Für diese Anfrage ist ein kostenpflichtiger Tarif nötig.',
    action: 'Tarife ansehen',
  },
}

/**
 * The refusal with its copy (title, message, action label) in `language`, which the response names
 * in `Content-Language`. The English copy is the problem's own.
 */
export function inLanguage(problem: PaywallProblem, language: PaywallLanguage): PaywallProblem {
  if (language === 'en') return { ...problem, language }
  const copy = GERMAN_COPY[problem.reason]
  const feature = GERMAN_FEATURE_NAMES[problem.feature] ?? problem.feature
  return {
    ...problem,
    language,
    title: copy.title,
    message: copy.message(feature),
    action: { ...problem.action, text: copy.action },
  }
}
