import type { LocaleMessages } from '../locale-messages'
import { plural } from '../plural'

/** Simplified Chinese (您): `import { messages } from '@paywall-kit/react/locales/zh-CN'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: '免费试用已结束',
      message: '选择一个套餐即可继续使用。',
      action: '选择套餐',
    },
    invoice_unpaid: {
      title: '您的账户已暂停',
      message: '支付未结账单后即可恢复访问。',
      action: '支付账单',
    },
    payment_failed: {
      title: '付款未成功',
      message: '请更新付款方式，以免影响使用。',
      action: '更新付款方式',
    },
    insufficient_credits: {
      title: '您的额度已用完',
      message: '充值额度后即可继续使用。',
      action: '充值额度',
    },
    quota_exceeded: {
      title: '已达到套餐用量上限',
      message: '请升级套餐，或等待用量重置。',
      action: '升级套餐',
    },
    subscription_expired: {
      title: '您的订阅已到期',
      message: '续订后即可从上次中断的地方继续。',
      action: '立即续订',
    },
    upgrade_required: {
      title: '升级即可解锁此功能',
      message: '此功能属于更高级的套餐。',
      action: '查看套餐',
    },
    payment_required: {
      title: '您的账单需要处理',
      message: '请检查账单信息后继续。',
      action: '查看账单',
    },
  },
  modal: {
    dismiss: '以后再说',
    close: '关闭',
    afterPayment: '付款完成后即可立即恢复访问。',
    plansHeading: '套餐',
    usage: ({ used, limit, unit }) => `已使用 ${used} / ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `将于${date}重置`,
    price: ({ price, network }) => (network ? `价格：${network} 上的 ${price}` : `价格：${price}`),
    tryAgain: '重试',
    // `relative` reads "2小时后", "明天", "30秒钟后".
    retryIn: ({ relative }) => `${relative}可重试`,
    retryReady: '现在可以重试了。',
    supportHeading: '需要帮助？请将以下信息提供给客服。',
    requestId: '请求 ID',
    time: '时间',
    copy: '复制',
    copied: '已复制',
    copyFailed: '无法复制。请选中这些信息后手动复制。',
    contactSupport: '联系客服',
    learnMore: '了解详情',
    actionPending: '正在打开付款页面…',
    actionFailed: '付款未能完成，请重试。',
    choosePlan: (plan) => `选择 ${plan}`,
    planPrice: ({ price, interval }) =>
      interval ? `${price}/${{ day: '天', week: '周', month: '月', year: '年' }[interval]}` : price,
    currentPlan: '当前套餐',
    recommendedPlan: '推荐',
    askOwner: ({ owner }) =>
      owner
        ? `请联系 ${owner} 更新此账户的账单信息，以便继续使用。`
        : '请联系此账户的管理员更新账单信息，以便继续使用。',
    copyLink: '复制账单页面链接',
    linkCopied: '链接已复制',
    requestAccess: '申请访问',
    requestSent: '申请已发送',
    requestFailed: '申请未能发送，请重试。',
  },
  lock: {
    locked: '您当前的套餐不包含此功能',
    unlock: '解锁',
    howToGetAccess: '如何获取访问权限',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} / ${limit} ${unit ?? label}，${percent}`,
    value: ({ used, limit, unit }) => `${used} / ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `已使用 ${used}${unit ? ` ${unit}` : ''}，无上限`,
    unknown: ({ limit, unit }) =>
      limit === undefined ? '用量未知' : `用量未知，上限 ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `将于${date}重置`,
    upgrade: '升级',
    crossed: ({ label, percent }) => `${label}已达上限的 ${percent}`,
    exceeded: (label) => `${label}已达上限`,
  },
  banner: {
    title: '付款失败',
    // "今天" / "明天" from `relative`; from two days on "# 天后".
    daysLeft: ({ days, relative }) =>
      days < 2 ? `访问权限将于${relative}到期` : plural('zh-CN', days, { other: '访问权限将在 # 天后到期' }),
    message: '请更新付款方式，以保留当前套餐。',
    expiredTitle: '您的访问权限已到期',
    expiredMessage: '请更新付款方式以恢复访问。',
    askOwner: ({ owner }) => (owner ? `请联系 ${owner} 更新付款方式。` : '请联系账户管理员更新付款方式。'),
    copyLink: '复制账单页面链接',
    linkCopied: '链接已复制',
    action: '更新付款方式',
    trialTitle: '您的试用即将结束',
    trialDaysLeft: ({ days, relative }) =>
      days < 2 ? `试用将于${relative}结束` : plural('zh-CN', days, { other: '试用将在 # 天后结束' }),
    trialMessage: '请选择套餐，以保留您的工作内容和全部功能。',
    trialAction: '选择套餐',
    trialEndedTitle: '您的试用已结束',
    trialEndedMessage: '请选择套餐，从上次中断的地方继续。',
    cardTitle: '您的银行卡即将过期',
    cardDaysLeft: ({ days, relative }) =>
      days < 2 ? `银行卡将于${relative}过期` : plural('zh-CN', days, { other: '银行卡将在 # 天后过期' }),
    cardMessage: '请添加新卡，确保下次付款顺利完成。',
    cardAction: '更新银行卡',
    cardExpiredTitle: '您的银行卡已过期',
    cardExpiredMessage: '请在下次付款前添加新卡，以保留当前套餐。',
    endedMessage: '请续订套餐以恢复访问。',
    endedAction: '续订套餐',
    dismiss: '关闭',
  },
}
