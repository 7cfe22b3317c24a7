import type { LocaleMessages } from '../locale-messages'
import { plural } from '../plural'

/**
 * Hebrew: `import { messages } from '@paywall-kit/react/locales/he'`, shown right to left (`dir="rtl"`
 * on the page or a wrapper). Actions are nouns and requests impersonal ("יש לעדכן…"), as Hebrew product
 * UIs write them, so no sentence assumes the reader's gender.
 */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'תקופת הניסיון החינמית הסתיימה',
      message: 'כדי להמשיך, יש לבחור מסלול.',
      action: 'בחירת מסלול',
    },
    invoice_unpaid: {
      title: 'החשבון מושהה',
      message: 'כדי לחדש את הגישה, יש לשלם את החשבונית הפתוחה.',
      action: 'תשלום החשבונית',
    },
    payment_failed: {
      title: 'התשלום לא עבר',
      message: 'כדי לשמור על הגישה, יש לעדכן את אמצעי התשלום.',
      action: 'עדכון אמצעי התשלום',
    },
    insufficient_credits: {
      title: 'הקרדיטים נגמרו',
      message: 'כדי להמשיך, יש להוסיף קרדיטים.',
      action: 'הוספת קרדיטים',
    },
    quota_exceeded: {
      title: 'המסלול הגיע למגבלת השימוש',
      message: 'אפשר לשדרג את המסלול או לחכות לאיפוס השימוש.',
      action: 'שדרוג המסלול',
    },
    subscription_expired: {
      title: 'המינוי הסתיים',
      message: 'חידוש המינוי יאפשר להמשיך מאותה נקודה.',
      action: 'חידוש המינוי',
    },
    upgrade_required: {
      title: 'כדי להשתמש בתכונה הזו צריך לשדרג',
      message: 'התכונה הזו כלולה במסלול מתקדם יותר.',
      action: 'צפייה במסלולים',
    },
    payment_required: {
      title: 'נדרשת בדיקה של פרטי החיוב',
      message: 'כדי להמשיך, יש לבדוק את פרטי החיוב.',
      action: 'בדיקת פרטי החיוב',
    },
  },
  modal: {
    dismiss: 'לא עכשיו',
    close: 'סגירה',
    afterPayment: 'הגישה תחזור מיד אחרי התשלום.',
    plansHeading: 'מסלולים',
    usage: ({ used, limit, unit }) => `נוצלו ${used} מתוך ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `איפוס: ${date}`,
    price: ({ price, network }) => (network ? `מחיר: ${price} ברשת ${network}` : `מחיר: ${price}`),
    tryAgain: 'ניסיון חוזר',
    // `relative` reads "בעוד שעתיים", "מחר", "בעוד 30 שניות".
    retryIn: ({ relative }) => `אפשר לנסות שוב ${relative}`,
    retryReady: 'אפשר לנסות שוב עכשיו.',
    supportHeading: 'צריכים עזרה? אפשר למסור את הפרטים האלה לתמיכה.',
    requestId: 'מזהה בקשה',
    time: 'שעה',
    copy: 'העתקה',
    copied: 'הועתק',
    copyFailed: 'לא ניתן להעתיק. יש לסמן את הפרטים כדי להעתיק אותם.',
    contactSupport: 'פנייה לתמיכה',
    learnMore: 'מידע נוסף',
    actionPending: 'דף התשלום נפתח…',
    actionFailed: 'לא ניתן היה להשלים את התשלום. יש לנסות שוב.',
    choosePlan: (plan) => `המשך עם ${plan}`,
    planPrice: ({ price, interval }) =>
      interval ? `${price} ${{ day: 'ליום', week: 'לשבוע', month: 'לחודש', year: 'לשנה' }[interval]}` : price,
    currentPlan: 'המסלול הנוכחי',
    recommendedPlan: 'מומלץ',
    // The maqaf joins the prefix מ to a name in any script: "מ־Dana".
    askOwner: ({ owner }) =>
      owner
        ? `כדי להמשיך, יש לבקש מ־${owner} לעדכן את פרטי החיוב של החשבון.`
        : 'כדי להמשיך, יש לבקש ממנהלי החשבון לעדכן את פרטי החיוב.',
    copyLink: 'העתקת הקישור לחיוב',
    linkCopied: 'הקישור הועתק',
    requestAccess: 'בקשת גישה',
    requestSent: 'הבקשה נשלחה',
    requestFailed: 'לא ניתן היה לשלוח את הבקשה. יש לנסות שוב.',
  },
  lock: {
    locked: 'התכונה הזו לא כלולה במסלול הנוכחי',
    unlock: 'ביטול הנעילה',
    howToGetAccess: 'איך מקבלים גישה',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) =>
      `${used} מתוך ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} מתוך ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `נוצלו ${used}${unit ? ` ${unit}` : ''}, ללא הגבלה`,
    unknown: ({ limit, unit }) =>
      limit === undefined ? 'השימוש לא ידוע' : `השימוש לא ידוע, מגבלה: ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `איפוס: ${date}`,
    upgrade: 'שדרוג',
    crossed: ({ label, percent }) => `${label}: נוצלו ${percent} מהמכסה`,
    exceeded: (label) => `${label}: המכסה נוצלה במלואה`,
  },
  banner: {
    title: 'התשלום נכשל',
    // "היום" from `relative`; then מחר (one), יומיים (two), "# ימים" (other).
    daysLeft: ({ days, relative }) =>
      days === 0
        ? `הגישה תסתיים ${relative}`
        : plural('he', days, {
            one: 'הגישה תסתיים מחר',
            two: 'הגישה תסתיים בעוד יומיים',
            other: 'הגישה תסתיים בעוד # ימים',
          }),
    message: 'כדי לשמור על המסלול, יש לעדכן את אמצעי התשלום.',
    expiredTitle: 'הגישה הסתיימה',
    expiredMessage: 'כדי לחדש את הגישה, יש לעדכן את אמצעי התשלום.',
    askOwner: ({ owner }) =>
      owner ? `יש לבקש מ־${owner} לעדכן את אמצעי התשלום.` : 'יש לבקש ממנהלי החשבון לעדכן את אמצעי התשלום.',
    copyLink: 'העתקת הקישור לחיוב',
    linkCopied: 'הקישור הועתק',
    action: 'עדכון אמצעי התשלום',
    trialTitle: 'תקופת הניסיון עומדת להסתיים',
    trialDaysLeft: ({ days, relative }) =>
      days === 0
        ? `תקופת הניסיון תסתיים ${relative}`
        : plural('he', days, {
            one: 'תקופת הניסיון תסתיים מחר',
            two: 'תקופת הניסיון תסתיים בעוד יומיים',
            other: 'תקופת הניסיון תסתיים בעוד # ימים',
          }),
    trialMessage: 'כדי לשמור על העבודה שלך ועל כל התכונות, יש לבחור מסלול.',
    trialAction: 'בחירת מסלול',
    trialEndedTitle: 'תקופת הניסיון הסתיימה',
    trialEndedMessage: 'כדי להמשיך מהמקום שבו עצרת, יש לבחור מסלול.',
    cardTitle: 'תוקף הכרטיס יפוג בקרוב',
    cardDaysLeft: ({ days, relative }) =>
      days === 0
        ? `תוקף הכרטיס יפוג ${relative}`
        : plural('he', days, {
            one: 'תוקף הכרטיס יפוג מחר',
            two: 'תוקף הכרטיס יפוג בעוד יומיים',
            other: 'תוקף הכרטיס יפוג בעוד # ימים',
          }),
    cardMessage: 'כדי שהתשלום הבא יעבור, יש להוסיף כרטיס חדש.',
    cardAction: 'עדכון הכרטיס',
    cardExpiredTitle: 'תוקף הכרטיס פג',
    cardExpiredMessage: 'כדי לשמור על המסלול, יש להוסיף כרטיס חדש לפני התשלום הבא.',
    endedMessage: 'כדי לחדש את הגישה, יש לחדש את המסלול.',
    endedAction: 'חידוש המסלול',
    dismiss: 'הסתרה',
  },
}
