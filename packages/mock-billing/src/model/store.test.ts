import { describe, expect, it } from 'vitest'
import { fromEpochMs } from '../shared/iso-date.ts'
import { createStore, DEFAULT_MAX_PROFILES, ProfileLimitError } from './store.ts'

const CREATED = fromEpochMs(Date.parse('2026-03-10T12:00:00Z'))

describe('given a store filled to its default limit', () => {
  it('should hold 10,000 profiles, refuse the next one and make room again when cleared', () => {
    const store = createStore()
    for (let index = 0; index < DEFAULT_MAX_PROFILES; index += 1)
      store.createProfile(`user-${index}`, CREATED)

    expect(store.profiles.size).toBe(10_000)
    expect(() => store.createProfile('one-too-many', CREATED)).toThrow(ProfileLimitError)
    store.clear()
    expect(store.createProfile('one-too-many', CREATED).customer_user_id).toBe('one-too-many')
  })

  it('should find customers by key: 10,000 lookups among 10,000 profiles take milliseconds, not a scan each', () => {
    const store = createStore()
    for (let index = 0; index < DEFAULT_MAX_PROFILES; index += 1)
      store.createProfile(`user-${index}`, CREATED)

    const started = performance.now()
    let found = 0
    for (let index = 0; index < DEFAULT_MAX_PROFILES; index += 1) {
      if (store.findProfile({ customerUserId: `user-${DEFAULT_MAX_PROFILES - 1 - index}` })) found += 1
    }
    const ms = performance.now() - started

    expect(found).toBe(10_000)
    // A scan per lookup is 50 million comparisons here (about a second); a Map is a few milliseconds.
    expect(ms).toBeLessThan(150)
  })

  it('should keep the first profile of a customer user id when a later one names the same id', () => {
    const store = createStore()
    const first = store.createProfile('ada', CREATED)
    store.createProfile('ada', CREATED)

    expect(store.findProfile({ customerUserId: 'ada' })).toBe(first)
  })
})
