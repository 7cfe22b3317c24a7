import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { usageLevel } from './usage-level'

describe('given the default thresholds', () => {
  it.each([
    [0, 'ok'],
    [499, 'ok'],
    [500, 'notice'],
    [799, 'notice'],
    [800, 'warning'],
    [949, 'warning'],
    [950, 'critical'],
    [999, 'critical'],
    [1000, 'exceeded'],
    [1500, 'exceeded'],
  ] as const)('should rate %i of 1000 as %s', (used, level) => {
    expect(usageLevel({ used, limit: 1000 }).level).toBe(level)
  })

  it.each([
    [30, 60, 'notice'],
    [24, 30, 'warning'],
    [57, 60, 'critical'],
    [3, 3, 'exceeded'],
  ] as const)('should reach the threshold at exactly %i of %i (%s)', (used, limit, level) => {
    expect(usageLevel({ used, limit }).level).toBe(level)
  })

  it('should give the ratio, percent and what remains', () => {
    expect(usageLevel({ used: 820, limit: 1000 })).toEqual({
      metered: true,
      known: true,
      level: 'warning',
      ratio: 0.82,
      rawRatio: 0.82,
      percent: 82,
      remaining: 180,
      crossed: [],
    })
  })

  it('should not round a percent up to the limit before it is reached', () => {
    expect(usageLevel({ used: 999, limit: 1000 }).percent).toBe(99)
    expect(usageLevel({ used: 29, limit: 100 }).percent).toBe(29)
  })
})

describe('given usage over the limit', () => {
  it('should clamp the display ratio and keep the raw one', () => {
    const result = usageLevel({ used: 1200, limit: 1000 })
    expect(result).toMatchObject({ level: 'exceeded', ratio: 1, rawRatio: 1.2, percent: 120, remaining: 0 })
  })
})

describe('given a limit of 0', () => {
  it('should be exceeded even with nothing used, since nothing is allowed', () => {
    expect(usageLevel({ used: 0, limit: 0 })).toEqual({
      metered: true,
      known: true,
      level: 'exceeded',
      ratio: 1,
      rawRatio: 1,
      percent: 100,
      remaining: 0,
      crossed: [],
    })
  })

  it('should stay finite with some use', () => {
    expect(usageLevel({ used: 5, limit: 0 })).toMatchObject({ rawRatio: 1, percent: 100, remaining: 0 })
  })
})

describe('given no limit to measure against', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['negative', -1],
  ])('should show no meter when the limit is %s', (_, limit) => {
    expect(usageLevel({ used: 5000, limit }, [0.5, 1], 0)).toEqual({
      metered: false,
      known: true,
      level: 'ok',
      ratio: 0,
      rawRatio: 0,
      percent: 0,
      remaining: Number.POSITIVE_INFINITY,
      crossed: [],
    })
  })

  it('should survive input that is not an object', () => {
    expect(usageLevel(null as never).metered).toBe(false)
  })
})

describe('given usage that is not a count', () => {
  it.each([
    ['negative', -20],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '820' as unknown as number],
  ])('should count %s use as nothing used', (_, used) => {
    expect(usageLevel({ used, limit: 100 })).toMatchObject({
      level: 'ok',
      ratio: 0,
      percent: 0,
      remaining: 100,
    })
  })

  it('should say a negative amount is known (it clamps to 0)', () => {
    expect(usageLevel({ used: -20, limit: 100 }).known).toBe(true)
  })

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a string', '820' as unknown as number],
    ['undefined', undefined as unknown as number],
  ])('should say %s use is unknown rather than none, and cross nothing', (_, used) => {
    const result = usageLevel({ used, limit: 100 }, undefined, 90)
    expect(result.known).toBe(false)
    expect(result.crossed).toEqual([])
  })

  it('should say a finite amount is known, however large', () => {
    expect(usageLevel({ used: 1e308, limit: 100 })).toMatchObject({
      known: true,
      level: 'exceeded',
      ratio: 1,
    })
  })
})

describe('given a previous value', () => {
  it('should report nothing on the first observation, even past thresholds', () => {
    expect(usageLevel({ used: 960, limit: 1000 }).crossed).toEqual([])
  })

  it('should report a threshold crossed upward once', () => {
    expect(usageLevel({ used: 800, limit: 1000 }, undefined, 790).crossed).toEqual([0.8])
    expect(usageLevel({ used: 810, limit: 1000 }, undefined, 800).crossed).toEqual([])
  })

  it('should report every threshold crossed in one jump, in ascending order', () => {
    expect(usageLevel({ used: 1000, limit: 1000 }, undefined, 100).crossed).toEqual([0.5, 0.8, 0.95, 1])
  })

  it('should report nothing when usage goes down', () => {
    expect(usageLevel({ used: 100, limit: 1000 }, undefined, 990).crossed).toEqual([])
  })

  it('should report a threshold again after going down and up', () => {
    const down = usageLevel({ used: 400, limit: 1000 }, undefined, 600)
    const up = usageLevel({ used: 600, limit: 1000 }, undefined, 400)
    expect(down.crossed).toEqual([])
    expect(up.crossed).toEqual([0.5])
  })

  it('should treat a bad previous value as nothing used', () => {
    expect(usageLevel({ used: 500, limit: 1000 }, undefined, Number.NaN).crossed).toEqual([0.5])
  })
})

describe('given custom thresholds', () => {
  it('should map the highest under 1 to critical, the one before to warning, earlier ones to notice', () => {
    const thresholds = [0.25, 0.5, 0.75, 0.9]
    expect(usageLevel({ used: 20, limit: 100 }, thresholds).level).toBe('ok')
    expect(usageLevel({ used: 25, limit: 100 }, thresholds).level).toBe('notice')
    expect(usageLevel({ used: 50, limit: 100 }, thresholds).level).toBe('notice')
    expect(usageLevel({ used: 75, limit: 100 }, thresholds).level).toBe('warning')
    expect(usageLevel({ used: 90, limit: 100 }, thresholds).level).toBe('critical')
    expect(usageLevel({ used: 100, limit: 100 }, thresholds).level).toBe('exceeded')
  })

  it('should make a single threshold critical', () => {
    expect(usageLevel({ used: 90, limit: 100 }, [0.9]).level).toBe('critical')
  })

  it('should still be exceeded at the limit without a threshold of 1', () => {
    expect(usageLevel({ used: 100, limit: 100 }, [0.8]).level).toBe('exceeded')
    expect(usageLevel({ used: 100, limit: 100 }, []).level).toBe('exceeded')
    expect(usageLevel({ used: 99, limit: 100 }, []).level).toBe('ok')
  })

  it('should sort, dedupe and drop invalid thresholds', () => {
    const messy = [
      1,
      0.8,
      Number.NaN,
      0.5,
      -0.2,
      0,
      0.8,
      '0.9' as unknown as number,
      Number.POSITIVE_INFINITY,
    ]
    expect(usageLevel({ used: 1000, limit: 1000 }, messy, 0).crossed).toEqual([0.5, 0.8, 1])
    expect(usageLevel({ used: 800, limit: 1000 }, messy).level).toBe('critical')
    expect(usageLevel({ used: 500, limit: 1000 }, messy).level).toBe('warning')
  })

  it('should survive thresholds that are not a list', () => {
    expect(usageLevel({ used: 50, limit: 100 }, null as never).level).toBe('ok')
  })

  it('should report overage thresholds above 1 as crossings, with the level still exceeded', () => {
    const result = usageLevel({ used: 130, limit: 100 }, [0.8, 1, 1.25], 90)
    expect(result.crossed).toEqual([1, 1.25])
    expect(result.level).toBe('exceeded')
  })
})

describe('given any input', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY),
  )

  it('should keep the display ratio within [0, 1] and nothing negative', () => {
    fc.assert(
      fc.property(
        anyNumber,
        fc.option(anyNumber),
        fc.array(anyNumber),
        fc.option(anyNumber, { nil: undefined }),
        (used, limit, thresholds, previous) => {
          const result = usageLevel({ used, limit }, thresholds, previous)
          expect(result.ratio).toBeGreaterThanOrEqual(0)
          expect(result.ratio).toBeLessThanOrEqual(1)
          expect(result.remaining).toBeGreaterThanOrEqual(0)
          expect(Number.isNaN(result.rawRatio) || Number.isNaN(result.percent)).toBe(false)
        },
      ),
    )
  })

  it('should never get less severe as usage grows', () => {
    const order = ['ok', 'notice', 'warning', 'critical', 'exceeded']
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), fc.integer({ min: 1, max: 2000 }), (a, b, limit) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        const lower = order.indexOf(usageLevel({ used: low, limit }).level)
        const higher = order.indexOf(usageLevel({ used: high, limit }).level)
        expect(lower).toBeLessThanOrEqual(higher)
      }),
    )
  })

  it('should announce each threshold once on the way up, however the steps fall', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1200), { minLength: 1 }), (steps) => {
        const rising = [...steps].sort((a, b) => a - b)
        const announced = rising.flatMap((used, i) =>
          i === 0 ? [] : usageLevel({ used, limit: 1000 }, undefined, rising[i - 1]).crossed,
        )
        expect(new Set(announced).size).toBe(announced.length)
      }),
    )
  })
})
