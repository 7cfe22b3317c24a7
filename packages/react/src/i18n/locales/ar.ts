import type { LocaleMessages } from '../locale-messages'
import { plural } from '../plural'

/**
 * Arabic (Modern Standard Arabic): `import { messages } from '@paywall-kit/react/locales/ar'`, shown
 * right to left (`dir="rtl"` on the page or a wrapper).
 */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: 'انتهت فترتك التجريبية المجانية',
      message: 'اختر خطة للمتابعة.',
      action: 'اختيار خطة',
    },
    invoice_unpaid: {
      title: 'تم تعليق حسابك',
      message: 'ادفع الفاتورة المستحقة لاستعادة الوصول.',
      action: 'دفع الفاتورة',
    },
    payment_failed: {
      title: 'لم تتم عملية الدفع',
      message: 'حدّث طريقة الدفع للحفاظ على وصولك.',
      action: 'تحديث طريقة الدفع',
    },
    insufficient_credits: {
      title: 'نفد رصيدك',
      message: 'أضف رصيدًا للمتابعة.',
      action: 'إضافة رصيد',
    },
    quota_exceeded: {
      title: 'وصلت إلى الحد الأقصى لخطتك',
      message: 'قم بالترقية أو انتظر حتى تتم إعادة ضبط استخدامك.',
      action: 'ترقية الخطة',
    },
    subscription_expired: {
      title: 'انتهى اشتراكك',
      message: 'جدّد اشتراكك لتتابع من حيث توقفت.',
      action: 'تجديد الاشتراك',
    },
    upgrade_required: {
      title: 'قم بالترقية لفتح هذه الميزة',
      message: 'هذه الميزة متاحة في خطة أعلى.',
      action: 'عرض الخطط',
    },
    payment_required: {
      title: 'تحتاج الفوترة إلى مراجعتك',
      message: 'راجع تفاصيل الفوترة للمتابعة.',
      action: 'مراجعة الفوترة',
    },
  },
  modal: {
    dismiss: 'ليس الآن',
    close: 'إغلاق',
    afterPayment: 'يُستعاد الوصول فور إتمام الدفع.',
    plansHeading: 'الخطط',
    usage: ({ used, limit, unit }) => `تم استخدام ${used} من ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `تتم إعادة الضبط في ${date}`,
    price: ({ price, network }) => (network ? `السعر: ${price} على ${network}` : `السعر: ${price}`),
    tryAgain: 'إعادة المحاولة',
    // `relative` reads "خلال ساعتين", "غدًا", "خلال 30 ثانية".
    retryIn: ({ relative }) => `يمكنك إعادة المحاولة ${relative}`,
    retryReady: 'يمكنك إعادة المحاولة الآن.',
    supportHeading: 'هل تحتاج إلى مساعدة؟ قدّم هذه التفاصيل إلى فريق الدعم.',
    requestId: 'معرّف الطلب',
    time: 'الوقت',
    copy: 'نسخ',
    copied: 'تم النسخ',
    copyFailed: 'تعذّر النسخ. حدّد التفاصيل لنسخها.',
    contactSupport: 'التواصل مع الدعم',
    learnMore: 'مزيد من المعلومات',
    actionPending: 'جارٍ فتح صفحة الدفع…',
    actionFailed: 'تعذّر إتمام الدفع. حاول مرة أخرى.',
    choosePlan: (plan) => `متابعة بخطة ${plan}`,
    planPrice: ({ price, interval }) =>
      interval
        ? `${price} ${{ day: 'يوميًا', week: 'أسبوعيًا', month: 'شهريًا', year: 'سنويًا' }[interval]}`
        : price,
    currentPlan: 'خطتك الحالية',
    recommendedPlan: 'موصى بها',
    askOwner: ({ owner }) =>
      owner
        ? `اطلب من ${owner} تحديث الفوترة لهذا الحساب لتتمكن من المتابعة.`
        : 'اطلب من أحد مسؤولي هذا الحساب تحديث الفوترة لتتمكن من المتابعة.',
    copyLink: 'نسخ رابط صفحة الفوترة',
    linkCopied: 'تم نسخ الرابط',
    requestAccess: 'طلب الوصول',
    requestSent: 'تم إرسال الطلب',
    requestFailed: 'تعذّر إرسال الطلب. حاول مرة أخرى.',
  },
  lock: {
    locked: 'هذه الميزة غير متضمنة في خطتك',
    unlock: 'فتح الميزة',
    howToGetAccess: 'كيفية الحصول على الوصول',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} من ${limit} ${unit ?? label}، ${percent}`,
    value: ({ used, limit, unit }) => `${used} من ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `تم استخدام ${used}${unit ? ` ${unit}` : ''}، بلا حد أقصى`,
    unknown: ({ limit, unit }) =>
      limit === undefined
        ? 'الاستخدام غير معروف'
        : `الاستخدام غير معروف، الحد الأقصى ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `تتم إعادة الضبط في ${date}`,
    upgrade: 'ترقية',
    crossed: ({ label, percent }) => `${label}: تم بلوغ ${percent} من الحد الأقصى`,
    exceeded: (label) => `${label}: تم بلوغ الحد الأقصى`,
  },
  banner: {
    title: 'فشلت عملية الدفع',
    // The counted noun changes with every category: يومين (two), 3–10 أيام (few), 11–99 يومًا (many),
    // 100 يوم (other); zero and one are "today" and "tomorrow".
    daysLeft: ({ days }) =>
      plural('ar', days, {
        zero: 'ينتهي وصولك اليوم',
        one: 'ينتهي وصولك غدًا',
        two: 'ينتهي وصولك بعد يومين',
        few: 'ينتهي وصولك بعد # أيام',
        many: 'ينتهي وصولك بعد # يومًا',
        other: 'ينتهي وصولك بعد # يوم',
      }),
    message: 'حدّث طريقة الدفع للاحتفاظ بخطتك.',
    expiredTitle: 'انتهى وصولك',
    expiredMessage: 'حدّث طريقة الدفع لاستعادة الوصول.',
    askOwner: ({ owner }) =>
      owner ? `اطلب من ${owner} تحديث طريقة الدفع.` : 'اطلب من أحد مسؤولي الحساب تحديث طريقة الدفع.',
    copyLink: 'نسخ رابط صفحة الفوترة',
    linkCopied: 'تم نسخ الرابط',
    action: 'تحديث طريقة الدفع',
    trialTitle: 'فترتك التجريبية على وشك الانتهاء',
    trialDaysLeft: ({ days }) =>
      plural('ar', days, {
        zero: 'تنتهي الفترة التجريبية اليوم',
        one: 'تنتهي الفترة التجريبية غدًا',
        two: 'تنتهي الفترة التجريبية بعد يومين',
        few: 'تنتهي الفترة التجريبية بعد # أيام',
        many: 'تنتهي الفترة التجريبية بعد # يومًا',
        other: 'تنتهي الفترة التجريبية بعد # يوم',
      }),
    trialMessage: 'اختر خطة للاحتفاظ بعملك وبجميع الميزات.',
    trialAction: 'اختيار خطة',
    trialEndedTitle: 'انتهت فترتك التجريبية',
    trialEndedMessage: 'اختر خطة لتتابع من حيث توقفت.',
    cardTitle: 'تنتهي صلاحية بطاقتك قريبًا',
    cardDaysLeft: ({ days }) =>
      plural('ar', days, {
        zero: 'تنتهي صلاحية البطاقة اليوم',
        one: 'تنتهي صلاحية البطاقة غدًا',
        two: 'تنتهي صلاحية البطاقة بعد يومين',
        few: 'تنتهي صلاحية البطاقة بعد # أيام',
        many: 'تنتهي صلاحية البطاقة بعد # يومًا',
        other: 'تنتهي صلاحية البطاقة بعد # يوم',
      }),
    cardMessage: 'أضف بطاقة جديدة لتتم دفعتك القادمة بنجاح.',
    cardAction: 'تحديث البطاقة',
    cardExpiredTitle: 'انتهت صلاحية بطاقتك',
    cardExpiredMessage: 'أضف بطاقة جديدة قبل دفعتك القادمة للاحتفاظ بخطتك.',
    endedMessage: 'جدّد خطتك لاستعادة الوصول.',
    endedAction: 'تجديد الخطة',
    dismiss: 'إخفاء',
  },
}
