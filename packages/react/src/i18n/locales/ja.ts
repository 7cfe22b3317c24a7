import type { LocaleMessages } from '../locale-messages'
import { plural } from '../plural'

/** Japanese (です・ます): `import { messages } from '@paywall-kit/react/locales/ja'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: '無料トライアルが終了しました',
      message: '引き続きご利用いただくには、プランを選択してください。',
      action: 'プランを選択',
    },
    invoice_unpaid: {
      title: 'アカウントが一時停止されています',
      message: '未払いの請求書をお支払いいただくと、アクセスが再開されます。',
      action: '請求書を支払う',
    },
    payment_failed: {
      title: 'お支払いを処理できませんでした',
      message: 'アクセスを維持するには、お支払い方法を更新してください。',
      action: 'お支払い方法を更新',
    },
    insufficient_credits: {
      title: 'クレジットが不足しています',
      message: '続行するには、クレジットを追加してください。',
      action: 'クレジットを追加',
    },
    quota_exceeded: {
      title: 'プランの上限に達しました',
      message: 'アップグレードするか、使用量がリセットされるまでお待ちください。',
      action: 'アップグレード',
    },
    subscription_expired: {
      title: 'サブスクリプションの有効期限が切れました',
      message: '更新すると、前回の続きからご利用いただけます。',
      action: 'サブスクリプションを更新',
    },
    upgrade_required: {
      title: 'この機能を使うにはアップグレードが必要です',
      message: 'この機能は上位プランでご利用いただけます。',
      action: 'プランを見る',
    },
    payment_required: {
      title: 'お支払い情報をご確認ください',
      message: '続行するには、請求情報を確認してください。',
      action: '請求情報を確認',
    },
  },
  modal: {
    dismiss: '後で',
    close: '閉じる',
    afterPayment: 'お支払いが完了すると、すぐにアクセスが再開されます。',
    plansHeading: 'プラン',
    usage: ({ used, limit, unit }) => `使用量：${used} / ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `${date}にリセット`,
    price: ({ price, network }) => (network ? `価格: ${network}で${price}` : `価格: ${price}`),
    tryAgain: '再試行',
    // `relative` reads "2 時間後", "明日", "30 秒後".
    retryIn: ({ relative }) => `${relative}に再試行できます`,
    retryReady: '再試行できるようになりました。',
    supportHeading: 'お困りの場合は、以下の情報をサポートにお伝えください。',
    requestId: 'リクエスト ID',
    time: '日時',
    copy: 'コピー',
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。情報を選択してコピーしてください。',
    contactSupport: 'サポートに問い合わせる',
    learnMore: '詳細を見る',
    actionPending: 'お支払い画面を開いています…',
    actionFailed: 'お支払いを完了できませんでした。もう一度お試しください。',
    choosePlan: (plan) => `${plan}で続ける`,
    planPrice: ({ price, interval }) =>
      interval ? `${{ day: '日額', week: '週額', month: '月額', year: '年額' }[interval]} ${price}` : price,
    currentPlan: '現在のプラン',
    recommendedPlan: 'おすすめ',
    askOwner: ({ owner }) =>
      owner
        ? `続けるには、${owner} にこのアカウントの請求情報の更新を依頼してください。`
        : '続けるには、このアカウントの管理者に請求情報の更新を依頼してください。',
    copyLink: '請求ページのリンクをコピー',
    linkCopied: 'リンクをコピーしました',
    requestAccess: 'アクセスをリクエスト',
    requestSent: 'リクエストを送信しました',
    requestFailed: 'リクエストを送信できませんでした。もう一度お試しください。',
  },
  lock: {
    locked: 'この機能はご利用中のプランに含まれていません',
    unlock: 'ロックを解除',
    howToGetAccess: 'アクセス方法を見る',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} / ${limit} ${unit ?? label}、${percent}`,
    value: ({ used, limit, unit }) => `${used} / ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''} 使用（上限なし）`,
    unknown: ({ limit, unit }) =>
      limit === undefined ? '使用量不明' : `使用量不明（上限 ${limit}${unit ? ` ${unit}` : ''}）`,
    resets: (date) => `${date}にリセット`,
    upgrade: 'アップグレード',
    crossed: ({ label, percent }) => `${label}が上限の${percent}に達しました`,
    exceeded: (label) => `${label}が上限に達しました`,
  },
  banner: {
    title: 'お支払いに失敗しました',
    // "今日" / "明日" from `relative`; from two days on "あと3日", which reads better than "3 日後に".
    daysLeft: ({ days, relative }) =>
      days < 2
        ? `アクセスは${relative}で終了します`
        : plural('ja', days, { other: 'アクセスはあと#日で終了します' }),
    message: '現在のプランを維持するには、お支払い方法を更新してください。',
    expiredTitle: 'アクセス期間が終了しました',
    expiredMessage: 'アクセスを再開するには、お支払い方法を更新してください。',
    askOwner: ({ owner }) =>
      owner
        ? `${owner} にお支払い方法の更新を依頼してください。`
        : 'アカウントの管理者にお支払い方法の更新を依頼してください。',
    copyLink: '請求ページのリンクをコピー',
    linkCopied: 'リンクをコピーしました',
    action: 'お支払い方法を更新',
    trialTitle: '無料トライアルがまもなく終了します',
    trialDaysLeft: ({ days, relative }) =>
      days < 2
        ? `トライアルは${relative}で終了します`
        : plural('ja', days, { other: 'トライアルはあと#日で終了します' }),
    trialMessage: '作業内容とすべての機能を引き続きご利用いただくには、プランを選択してください。',
    trialAction: 'プランを選択',
    trialEndedTitle: '無料トライアルが終了しました',
    trialEndedMessage: '続きからご利用いただくには、プランを選択してください。',
    cardTitle: 'カードの有効期限がまもなく切れます',
    cardDaysLeft: ({ days, relative }) =>
      days < 2
        ? `カードの有効期限は${relative}までです`
        : plural('ja', days, { other: 'カードの有効期限まであと#日です' }),
    cardMessage: '次回のお支払いを確実に行うため、新しいカードを登録してください。',
    cardAction: 'カードを更新',
    cardExpiredTitle: 'カードの有効期限が切れました',
    cardExpiredMessage: '現在のプランを維持するには、次回のお支払いまでに新しいカードを登録してください。',
    endedMessage: 'アクセスを再開するには、プランを更新してください。',
    endedAction: 'プランを更新',
    dismiss: '閉じる',
  },
}
