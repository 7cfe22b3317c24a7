/** Named demo scenarios, with what each sets up. */
export const scenarios = [
  { name: 'active', description: 'Pro plan, renewing monthly, card on file.' },
  { name: 'trialing', description: 'Pro free trial, 3 days left, no card on file: the trial will end.' },
  {
    name: 'grace_period',
    description: 'Pro renewal failed; still entitled during the grace period (3 days left by default).',
  },
  { name: 'expired', description: 'Pro subscription cancelled and lapsed 5 days ago.' },
  { name: 'quota_nearly_full', description: 'Pro plan with 85 % of the monthly API calls used.' },
  { name: 'quota_exhausted', description: 'Pro plan with every monthly API call used.' },
  { name: 'credits_exhausted', description: 'Pro plan with no AI-summary credits left.' },
  { name: 'invoice_unpaid', description: 'Renewal failed, grace over, invoice open: account suspended.' },
  { name: 'free', description: 'Free plan, never subscribed.' },
] as const

/** A scenario name. */
export type ScenarioName = (typeof scenarios)[number]['name']

/** The scenario a new demo user starts in, unless `createBillingApi` says otherwise. */
export const DEFAULT_SCENARIO: ScenarioName = 'active'

/** Whether a string names a scenario. */
export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && scenarios.some((scenario) => scenario.name === value)
}
