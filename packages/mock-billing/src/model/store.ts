import type { Dialect } from '../product-api/dialect-names.ts'
import type { ScenarioName } from '../product-api/scenario-names.ts'
import type { IsoDate } from '../shared/iso-date.ts'
import { uuid } from '../shared/uuid.ts'
import { DEFAULT_ACCESS_LEVELS } from './catalog.ts'
import type { ProfileRecord } from './types.ts'

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
  /** Adds an empty profile (with a new UUID unless `profileId` is given). */
  createProfile(customerUserId: string | null, createdAt: IsoDate, profileId?: string): ProfileRecord
  /** A new id, unique in this store: `prefix` + a counter. */
  nextId(prefix: string): string
  /** A deep copy of the whole state. */
  snapshot(): StoreSnapshot
  /** Forgets everything. */
  clear(): void
}

/** Creates an empty store. */
export function createStore(accessLevels: readonly string[] = DEFAULT_ACCESS_LEVELS): BillingStore {
  const profiles = new Map<string, ProfileRecord>()
  const accounts = new Map<string, DemoAccount>()
  let counter = 0
  return {
    accessLevels,
    profiles,
    accounts,
    findProfile({ customerUserId, profileId }) {
      if (customerUserId) {
        for (const profile of profiles.values()) {
          if (profile.customer_user_id === customerUserId) return profile
        }
        return undefined
      }
      return profileId ? profiles.get(profileId) : undefined
    },
    createProfile(customerUserId, createdAt, profileId) {
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
      accounts.clear()
      counter = 0
    },
  }
}
