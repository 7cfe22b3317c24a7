/**
 * Links an action part must render as written even when the provider has `allowedOrigins`: relative
 * links, and an absolute URL on the page's own origin (which the modal accepts too).
 */
export function sameOriginLinks(): string[] {
  return [
    '#/billing',
    '?tab=billing',
    'billing/plan',
    './billing',
    '../billing',
    `${location.origin}/billing`,
  ]
}
