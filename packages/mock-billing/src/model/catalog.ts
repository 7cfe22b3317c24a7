/** Plans of the demo SaaS, Acme Analytics. */
export type PlanId = 'free' | 'pro' | 'business'

/** Usage meters of the demo SaaS. */
export type MeterId = 'api_calls' | 'seats' | 'storage'

/** A plan as `GET /api/plans` lists it. */
export interface Plan {
  id: PlanId
  name: string
  /** Display price, e.g. `"$29/month"`. */
  price: string
  /** Monthly price in US dollars. */
  amount: number
  features: string[]
  /** Limits per meter; `null` is unlimited. */
  limits: Record<MeterId, number | null>
  /** The store product that sells the plan (none for free). */
  productId: string | null
}

/** Every plan, cheapest first. */
export const PLANS: readonly Plan[] = [
  {
    id: 'free',
    name: 'Free',
    price: '$0/month',
    amount: 0,
    features: ['Basic dashboard', '1,000 API calls a month', '1 seat', '1 GB storage'],
    limits: { api_calls: 1000, seats: 1, storage: 1 },
    productId: null,
  },
  {
    id: 'pro',
    name: 'Pro',
    price: '$29/month',
    amount: 29,
    features: [
      'Premium reports',
      'CSV, PDF and XLSX exports',
      '10,000 API calls a month',
      '5 seats',
      '50 GB storage',
    ],
    limits: { api_calls: 10_000, seats: 5, storage: 50 },
    productId: 'acme_pro_monthly',
  },
  {
    id: 'business',
    name: 'Business',
    price: '$99/month',
    amount: 99,
    features: ['Everything in Pro', 'Unlimited API calls', '25 seats', '500 GB storage'],
    limits: { api_calls: null, seats: 25, storage: 500 },
    productId: 'acme_business_monthly',
  },
]

/** The access level that unlocks the premium features, and the one Adapty grants for unknown products. */
export const PREMIUM = 'premium'

/** Access levels configured in the mock app by default. */
export const DEFAULT_ACCESS_LEVELS: readonly string[] = [PREMIUM]

/** Store product of the prepaid AI-summary credits: consumable, grants no access level. */
export const CREDITS_PRODUCT_ID = 'acme_ai_credits'

/** Price of one AI-summary credit, in US dollars. */
export const CREDIT_PRICE = 0.1

/** Length of a billing period, in days. */
export const PERIOD_DAYS = 30

/** A plan by id. */
export function planById(id: string): Plan | undefined {
  return PLANS.find((plan) => plan.id === id)
}

/** The free plan. */
export const FREE_PLAN = PLANS[0] as Plan

/** Which plan a store product sells: Acme's own products by id, any other paid product is Pro. */
export function planForProduct(productId: string): Plan {
  return PLANS.find((plan) => plan.productId === productId) ?? (planById('pro') as Plan)
}

/**
 * The access level a product unlocks. Consumable credits unlock none; every other product,
 * known or not, unlocks `premium`, as Adapty does for products without their own access level.
 */
export function accessLevelForProduct(productId: string): string | null {
  return productId === CREDITS_PRODUCT_ID ? null : PREMIUM
}
