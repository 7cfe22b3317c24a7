import type { LocaleMessages } from '../locale-messages'
import { plural } from '../plural'

/** Polish: `import { messages } from '@paywall-kit/react/locales/pl'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'Twój bezpłatny okres próbny dobiegł końca',
      message: 'Wybierz plan, aby kontynuować.',
      action: 'Wybierz plan',
    },
    invoice_unpaid: {
      title: 'Twoje konto jest zawieszone',
      message: 'Opłać zaległą fakturę, aby przywrócić dostęp.',
      action: 'Opłać fakturę',
    },
    payment_failed: {
      title: 'Płatność nie powiodła się',
      message: 'Zaktualizuj metodę płatności, aby zachować dostęp.',
      action: 'Zaktualizuj metodę płatności',
    },
    insufficient_credits: {
      title: 'Skończyły Ci się kredyty',
      message: 'Dokup kredyty, aby kontynuować.',
      action: 'Dokup kredyty',
    },
    quota_exceeded: {
      title: 'Osiągnięto limit Twojego planu',
      message: 'Przejdź na wyższy plan lub poczekaj, aż limit się odnowi.',
      action: 'Ulepsz plan',
    },
    subscription_expired: {
      title: 'Twoja subskrypcja wygasła',
      message: 'Odnów ją, aby dalej korzystać z usługi.',
      action: 'Odnów subskrypcję',
    },
    upgrade_required: {
      title: 'Ulepsz plan, aby odblokować tę funkcję',
      message: 'Ta funkcja jest dostępna w wyższym planie.',
      action: 'Zobacz plany',
    },
    payment_required: {
      title: 'Rozliczenia wymagają uwagi',
      message: 'Sprawdź dane rozliczeniowe, aby kontynuować.',
      action: 'Sprawdź rozliczenia',
    },
  },
  modal: {
    dismiss: 'Nie teraz',
    close: 'Zamknij',
    afterPayment: 'Dostęp wróci zaraz po zaksięgowaniu płatności.',
    plansHeading: 'Plany',
    // The impersonal "wykorzystano" needs no agreement with the count or the server's unit.
    usage: ({ used, limit, unit }) => `Wykorzystano ${used} z ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `Odnowienie: ${date}`,
    price: ({ price, network }) => (network ? `Cena: ${price} w sieci ${network}` : `Cena: ${price}`),
    tryAgain: 'Spróbuj ponownie',
    // `relative` reads "za 2 godziny", "jutro", "za 30 sekund".
    retryIn: ({ relative }) => `Możesz spróbować ponownie ${relative}`,
    retryReady: 'Możesz już spróbować ponownie.',
    supportHeading: 'Potrzebujesz pomocy? Przekaż te dane zespołowi wsparcia.',
    requestId: 'ID żądania',
    time: 'Czas',
    copy: 'Kopiuj',
    copied: 'Skopiowano',
    copyFailed: 'Nie udało się skopiować. Zaznacz dane, aby je skopiować.',
    contactSupport: 'Skontaktuj się z pomocą techniczną',
    learnMore: 'Dowiedz się więcej',
    actionPending: 'Otwieranie płatności…',
    actionFailed: 'Nie udało się dokończyć płatności. Spróbuj ponownie.',
    choosePlan: (plan) => `Wybierz plan ${plan}`,
    planPrice: ({ price, interval }) =>
      // Adverbs, so the price needs no case ending: "49,00 zł miesięcznie".
      interval
        ? `${price} ${{ day: 'dziennie', week: 'tygodniowo', month: 'miesięcznie', year: 'rocznie' }[interval]}`
        : price,
    currentPlan: 'Obecny plan',
    recommendedPlan: 'Polecany',
    // The owner stays in the nominative: Polish would otherwise decline the name.
    askOwner: ({ owner }) =>
      owner
        ? `Rozliczeniami tego konta zarządza ${owner}. Poproś o ich aktualizację, aby móc kontynuować.`
        : 'Poproś administratora tego konta o aktualizację rozliczeń, aby móc kontynuować.',
    copyLink: 'Kopiuj link do rozliczeń',
    linkCopied: 'Link skopiowany',
    requestAccess: 'Poproś o dostęp',
    requestSent: 'Prośba wysłana',
    requestFailed: 'Nie udało się wysłać prośby. Spróbuj ponownie.',
  },
  lock: {
    locked: 'Ta funkcja nie jest dostępna w Twoim planie',
    unlock: 'Odblokuj',
    howToGetAccess: 'Jak uzyskać dostęp',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} z ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} z ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `Wykorzystano ${used}${unit ? ` ${unit}` : ''}, bez limitu`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'Wykorzystanie nieznane'
        : `Wykorzystanie nieznane, limit: ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `Odnowienie: ${date}`,
    upgrade: 'Ulepsz plan',
    crossed: ({ label, percent }) => `${label}: wykorzystano ${percent} limitu`,
    exceeded: (label) => `${label}: osiągnięto limit`,
  },
  banner: {
    title: 'Płatność nie powiodła się',
    // The verb agrees with the count: "został 1 dzień", "zostały 2 dni", "zostało 5 dni", "zostały 22 dni".
    daysLeft: ({ days, relative }) =>
      days === 0
        ? `Dostęp wygasa ${relative}`
        : plural('pl', days, {
            one: 'Do końca dostępu został # dzień',
            few: 'Do końca dostępu zostały # dni',
            many: 'Do końca dostępu zostało # dni',
            other: 'Do końca dostępu zostało # dnia',
          }),
    message: 'Zaktualizuj metodę płatności, aby zachować swój plan.',
    expiredTitle: 'Twój dostęp wygasł',
    expiredMessage: 'Zaktualizuj metodę płatności, aby przywrócić dostęp.',
    askOwner: ({ owner }) =>
      owner
        ? `Metodą płatności zarządza ${owner}. Poproś o jej aktualizację.`
        : 'Poproś administratora konta o aktualizację metody płatności.',
    copyLink: 'Kopiuj link do rozliczeń',
    linkCopied: 'Link skopiowany',
    action: 'Zaktualizuj metodę płatności',
    trialTitle: 'Twój okres próbny dobiega końca',
    // `relative` ("dzisiaj", "jutro", "za 5 dni") needs no agreement with a verb here.
    trialDaysLeft: ({ relative }) => `Okres próbny kończy się ${relative}`,
    trialMessage: 'Wybierz plan, aby zachować swoją pracę i wszystkie funkcje.',
    trialAction: 'Wybierz plan',
    trialEndedTitle: 'Twój okres próbny się zakończył',
    trialEndedMessage: 'Wybierz plan, aby wrócić do pracy tam, gdzie ją przerwano.',
    cardTitle: 'Twoja karta wkrótce traci ważność',
    cardDaysLeft: ({ relative }) => `Karta traci ważność ${relative}`,
    cardMessage: 'Dodaj nową kartę, aby następna płatność przeszła bez problemu.',
    cardAction: 'Zaktualizuj kartę',
    cardExpiredTitle: 'Twoja karta straciła ważność',
    cardExpiredMessage: 'Dodaj nową kartę przed następną płatnością, aby zachować swój plan.',
    endedMessage: 'Odnów plan, aby przywrócić dostęp.',
    endedAction: 'Odnów plan',
    dismiss: 'Ukryj',
  },
}
