import type { Dialect } from '../product-api/dialect-names.ts'
import type { ScenarioName } from '../product-api/scenario-names.ts'
import type { IsoDate } from '../shared/iso-date.ts'
import { uuid } from '../shared/uuid.ts'
import { DEFAULT_ACCESS_LEVELS } from './catalog.ts'
import type { ProfileRecord } from './types.ts'

/** How many profiles a store holds unless told otherwise: every unknown user id makes one. */
export const DEFAULT_MAX_PROFILES = 10_000

/** Thrown by `createProfile` when the store already holds its maximum number of profiles. */
export class ProfileLimitError extends Error {
  readonly limit: number

  constructor(limit: number) {
    super(`The mock holds at most ${limit.toLocaleString('en-US')} profiles; reset it to start again.`)
    this.name = 'ProfileLimitError'
    this.limit = limit
  }
}

/** The card on file of a demo user. */
export interface PaymentMethod {
  brand: string
  last4: string
}

/** An invoice of the demo SaaS. */
export interface Invoice {
  id: string
  date: IsoDate
  /** US dollars. */
  amount: number
  currency: 'USD'
  status: 'paid' | 'open' | 'void'
  description: string
  /** When an open invoice becomes overdue (the account is suspended after that). */
  dueAt: IsoDate
}

/** An export the user made. */
export interface ExportRecord {
  id: string
  format: string
  createdAt: IsoDate
}

/** Metered usage in the current 30-day period. */
export interface UsageRecord {
  /** Epoch milliseconds the current period began. */
  periodStart: number
  apiCalls: number
  /** API calls per UTC day (`YYYY-MM-DD`) of the current period. */
  history: Record<string, number>
  seats: number
  /** Gigabytes. */
  storage: number
}

/** What the demo SaaS keeps about a user beside the billing profile. */
export interface DemoAccount {
  scenario: ScenarioName | null
  /** The user's 402 dialect; `null` uses the API's default. */
  dialect: Dialect | null
  credits: number
  paymentMethod: PaymentMethod | null
  usage: UsageRecord
  invoices: Invoice[]
  exports: ExportRecord[]
}

/** A deep copy of everything the store holds, for comparing before and after a request. */
export interface StoreSnapshot {
  profiles: ProfileRecord[]
  accounts: Record<string, DemoAccount>
}

/** The in-memory store both faces of the API read and write. */
export interface BillingStore {
  /** Access levels configured in the mock app. */
  readonly accessLevels: readonly string[]
  /** Profiles by profile id. */
  readonly profiles: Map<string, ProfileRecord>
  /** Demo-SaaS accounts by profile id. */
  readonly accounts: Map<string, DemoAccount>
  /** The profile named by a customer user id or a profile id (customer user id wins when both match). */
  findProfile(ids: { customerUserId?: string | null; profileId?: string | null }): ProfileRecord | undefined
  /**
   * Adds an empty profile (with a new UUID unless `profileId` is given).
   * @throws ProfileLimitError when the store is full
   */
  createProfile(customerUserId: string | null, createdAt: IsoDate, profileId?: string): ProfileRecord
  /** A new id, unique in this store: `prefix` + a counter. */
  nextId(prefix: string): string
  /** A deep copy of the whole state. */
  snapshot(): StoreSnapshot
  /** Forgets everything. */
  clear(): void
}

/** Options of `createStore`. */
export interface StoreOptions {
  /** Access levels configured in the mock app. @default ['premium'] */
  accessLevels?: readonly string[]
  /** Most profiles the store holds. @default DEFAULT_MAX_PROFILES */
  maxProfiles?: number
}

/** Creates an empty store. */
export function createStore({
  accessLevels = DEFAULT_ACCESS_LEVELS,
  maxProfiles = DEFAULT_MAX_PROFILES,
}: StoreOptions = {}): BillingStore {
  const profiles = new Map<string, ProfileRecord>()
  // Customer user ids are looked up on every product request: by key, never by a scan.
  const byCustomerUserId = new Map<string, ProfileRecord>()
  const accounts = new Map<string, DemoAccount>()
  let counter = 0
  return {
    accessLevels,
    profiles,
    accounts,
    findProfile({ customerUserId, profileId }) {
      if (customerUserId) return byCustomerUserId.get(customerUserId)
      return profileId ? profiles.get(profileId) : undefined
    },
    createProfile(customerUserId, createdAt, profileId) {
      if (profiles.size >= maxProfiles) throw new ProfileLimitError(maxProfiles)
      const profile: ProfileRecord = {
        profile_id: profileId ?? uuid(),
        customer_user_id: customerUserId,
        created_at: createdAt,
        fields: {},
        custom_attributes: [],
        total_revenue_usd: 0,
        access_levels: [],
        subscriptions: [],
        non_subscriptions: [],
      }
      profiles.set(profile.profile_id, profile)
      if (customerUserId && !byCustomerUserId.has(customerUserId))
        byCustomerUserId.set(customerUserId, profile)
      return profile
    },
    nextId(prefix) {
      counter += 1
      return `${prefix}${String(counter).padStart(6, '0')}`
    },
    snapshot() {
      return structuredClone({ profiles: [...profiles.values()], accounts: Object.fromEntries(accounts) })
    },
    clear() {
      profiles.clear()
      byCustomerUserId.clear()
      accounts.clear()
      counter = 0
    },
  }
}
