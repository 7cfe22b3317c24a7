import { describe, expect, it } from 'vitest'
import { plural } from './plural'

const polishDays = {
  one: 'został # dzień',
  few: 'zostały # dni',
  many: 'zostało # dni',
  other: 'zostało # dnia',
}

describe('given Polish forms', () => {
  it('should choose one, few and many as Polish grammar does', () => {
    expect([1, 2, 5, 22, 12, 112].map((count) => plural('pl', count, polishDays))).toEqual([
      'został 1 dzień',
      'zostały 2 dni',
      'zostało 5 dni',
      'zostały 22 dni',
      'zostało 12 dni',
      'zostało 112 dni',
    ])
  })

  it('should choose other for a fraction', () => {
    expect(plural('pl', 1.5, polishDays)).toBe('zostało 1,5 dnia')
  })

  it('should write the count with the locale’s grouping', () => {
    expect(plural('pl', 1_000_000, polishDays)).toBe('zostało 1\u00a0000\u00a0000 dni')
  })
})

describe('given Arabic forms', () => {
  it('should choose each of the six categories', () => {
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few #', many: 'many #', other: 'other #' }
    expect([0, 1, 2, 5, 11, 100].map((count) => plural('ar', count, forms))).toEqual([
      'zero',
      'one',
      'two',
      'few 5',
      'many 11',
      'other 100',
    ])
  })
})

describe('given forms without the category the rules choose', () => {
  it('should use other', () => {
    expect(plural('ar', 2, { one: 'one', other: '# days' })).toBe('2 days')
  })
})

describe('given a malformed locale tag', () => {
  it('should not throw and should still fill in the count', () => {
    expect(plural('not a locale!', 3, { one: '# day', other: '# days' })).toMatch(/^3 days?$/)
  })
})
