import type { LocaleMessages } from '../locale-messages'
import { plural } from '../plural'

/** Korean (합쇼체): `import { messages } from '@paywall-kit/react/locales/ko'`. */
export const messages: LocaleMessages = {
  reasons: {
    trial_ended: {
      title: '무료 체험이 종료되었습니다',
      message: '계속 이용하려면 요금제를 선택하세요.',
      action: '요금제 선택',
    },
    invoice_unpaid: {
      title: '계정이 일시 정지되었습니다',
      message: '미결제 청구서를 결제하면 다시 이용할 수 있습니다.',
      action: '청구서 결제',
    },
    payment_failed: {
      title: '결제가 완료되지 않았습니다',
      message: '계속 이용하려면 결제 수단을 업데이트하세요.',
      action: '결제 수단 업데이트',
    },
    insufficient_credits: {
      title: '크레딧을 모두 사용했습니다',
      message: '계속하려면 크레딧을 추가하세요.',
      action: '크레딧 추가',
    },
    quota_exceeded: {
      title: '요금제 한도에 도달했습니다',
      message: '업그레이드하거나 사용량이 초기화될 때까지 기다려 주세요.',
      action: '요금제 업그레이드',
    },
    subscription_expired: {
      title: '구독이 만료되었습니다',
      message: '구독을 갱신하면 하던 작업을 이어서 할 수 있습니다.',
      action: '구독 갱신',
    },
    upgrade_required: {
      title: '업그레이드하고 이 기능을 사용하세요',
      message: '이 기능은 상위 요금제에 포함되어 있습니다.',
      action: '요금제 보기',
    },
    payment_required: {
      title: '결제 정보를 확인해 주세요',
      message: '계속하려면 결제 정보를 검토하세요.',
      action: '결제 정보 확인',
    },
  },
  modal: {
    dismiss: '나중에',
    close: '닫기',
    afterPayment: '결제가 완료되면 바로 다시 이용할 수 있습니다.',
    plansHeading: '요금제',
    usage: ({ used, limit, unit }) => `사용량: ${used} / ${limit}${unit ? ` ${unit}` : ''}`,
    usageResets: (date) => `초기화 예정일: ${date}`,
    price: ({ price, network }) => (network ? `가격: ${network}에서 ${price}` : `가격: ${price}`),
    tryAgain: '다시 시도',
    // `relative` reads "2시간 후", "내일", "30초 후".
    retryIn: ({ relative }) => `${relative} 다시 시도할 수 있습니다`,
    retryReady: '이제 다시 시도할 수 있습니다.',
    supportHeading: '도움이 필요하신가요? 고객 지원팀에 아래 정보를 알려 주세요.',
    requestId: '요청 ID',
    time: '시간',
    copy: '복사',
    copied: '복사됨',
    copyFailed: '복사하지 못했습니다. 정보를 선택해 직접 복사하세요.',
    contactSupport: '고객 지원 문의',
    learnMore: '자세히 알아보기',
    actionPending: '결제 화면을 여는 중…',
    actionFailed: '결제를 완료하지 못했습니다. 다시 시도해 주세요.',
    choosePlan: (plan) => `${plan} 요금제로 계속`,
    planPrice: ({ price, interval }) =>
      interval ? `${{ day: '일', week: '주', month: '월', year: '연' }[interval]} ${price}` : price,
    currentPlan: '현재 요금제',
    recommendedPlan: '추천',
    askOwner: ({ owner }) =>
      owner
        ? `계속하려면 ${owner}에게 이 계정의 결제 정보 업데이트를 요청하세요.`
        : '계속하려면 이 계정의 관리자에게 결제 정보 업데이트를 요청하세요.',
    copyLink: '결제 페이지 링크 복사',
    linkCopied: '링크를 복사했습니다',
    requestAccess: '접근 요청',
    requestSent: '요청을 보냈습니다',
    requestFailed: '요청을 보내지 못했습니다. 다시 시도해 주세요.',
  },
  lock: {
    locked: '현재 요금제에는 이 기능이 포함되어 있지 않습니다',
    unlock: '잠금 해제',
    howToGetAccess: '이용 방법 보기',
  },
  meter: {
    valueText: ({ used, limit, label, percent, unit }) => `${used} / ${limit} ${unit ?? label}, ${percent}`,
    value: ({ used, limit, unit }) => `${used} / ${limit}${unit ? ` ${unit}` : ''}`,
    unlimited: ({ used, unit }) => `${used}${unit ? ` ${unit}` : ''} 사용, 한도 없음`,
    unknown: ({ limit, unit }) =>
      limit === undefined ? '사용량 알 수 없음' : `사용량 알 수 없음, 한도 ${limit}${unit ? ` ${unit}` : ''}`,
    resets: (date) => `초기화 예정일: ${date}`,
    upgrade: '업그레이드',
    crossed: ({ label, percent }) => `${label}: 한도의 ${percent} 사용`,
    exceeded: (label) => `${label}: 한도 도달`,
  },
  banner: {
    title: '결제에 실패했습니다',
    // "오늘" / "내일" from `relative`; from two days on "#일 후".
    daysLeft: ({ days, relative }) =>
      days < 2
        ? `${relative} 이용 기간이 종료됩니다`
        : plural('ko', days, { other: '#일 후 이용 기간이 종료됩니다' }),
    message: '현재 요금제를 유지하려면 결제 수단을 업데이트하세요.',
    expiredTitle: '이용 기간이 종료되었습니다',
    expiredMessage: '다시 이용하려면 결제 수단을 업데이트하세요.',
    askOwner: ({ owner }) =>
      owner
        ? `${owner}에게 결제 수단 업데이트를 요청하세요.`
        : '계정 관리자에게 결제 수단 업데이트를 요청하세요.',
    copyLink: '결제 페이지 링크 복사',
    linkCopied: '링크를 복사했습니다',
    action: '결제 수단 업데이트',
    trialTitle: '무료 체험이 곧 종료됩니다',
    trialDaysLeft: ({ days, relative }) =>
      days < 2
        ? `${relative} 무료 체험이 종료됩니다`
        : plural('ko', days, { other: '#일 후 무료 체험이 종료됩니다' }),
    trialMessage: '작업 내용과 모든 기능을 계속 사용하려면 요금제를 선택하세요.',
    trialAction: '요금제 선택',
    trialEndedTitle: '무료 체험이 종료되었습니다',
    trialEndedMessage: '이어서 사용하려면 요금제를 선택하세요.',
    cardTitle: '카드 유효기간이 곧 만료됩니다',
    cardDaysLeft: ({ days, relative }) =>
      days < 2
        ? `${relative} 카드 유효기간이 만료됩니다`
        : plural('ko', days, { other: '#일 후 카드 유효기간이 만료됩니다' }),
    cardMessage: '다음 결제가 정상적으로 처리되도록 새 카드를 등록하세요.',
    cardAction: '카드 업데이트',
    cardExpiredTitle: '카드 유효기간이 만료되었습니다',
    cardExpiredMessage: '현재 요금제를 유지하려면 다음 결제 전에 새 카드를 등록하세요.',
    endedMessage: '다시 이용하려면 요금제를 갱신하세요.',
    endedAction: '요금제 갱신',
    dismiss: '닫기',
  },
}
