import { describe, expect, it } from 'vitest'
import { countable } from './countable'

describe('given an amount to count with', () => {
  it.each([0, 1, 2.5, 1e12])('should keep %d', (value) => {
    expect(countable(value)).toBe(value)
  })

  it.each([
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '5'],
    ['null', null],
    ['undefined', undefined],
  ])('should count %s as 0', (_, value) => {
    expect(countable(value)).toBe(0)
  })

  it('should count -0 as 0, so it never reads as "-0"', () => {
    expect(Object.is(countable(-0), 0)).toBe(true)
  })
})
