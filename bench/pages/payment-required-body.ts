/**
 * The 402 body every benchmark uses: the nested dialect, as `@paywall-kit/mock-billing` answers a
 * premium endpoint. Shared by the page server and the first-parse page, so both time the same body.
 */
export function paymentRequiredBody(feature: string, requestId: string) {
  return {
    error: {
      status: 402,
      code: 'PREMIUM_ACCESS_REQUIRED',
      message: 'Reports are part of the Pro plan.',
      details: 'You are on the Free plan.',
      action: {
        type: 'link',
        url: `/billing?upgrade=${encodeURIComponent(feature)}`,
        text: 'Upgrade to Pro',
      },
    },
    request_id: requestId,
    timestamp: new Date().toISOString(),
  }
}
