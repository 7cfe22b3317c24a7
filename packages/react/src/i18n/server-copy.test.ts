import { describe, expect, it } from 'vitest'
import { usesServerCopy } from './server-copy'

describe("given serverCopy: 'auto'", () => {
  it.each([
    ['de', 'de', true],
    ['de', 'de-DE', true],
    ['de-AT', 'de-DE', true],
    ['pt-PT', 'pt-BR', true],
    ['zh-Hant-TW', 'zh-CN', true],
    ['en', 'de', false],
    ['de', 'en-GB', false],
    ['de', undefined, false],
    ['en-US', undefined, true],
    ['ar', 'he', false],
  ])('should judge server copy in %s for a UI in %s: %s', (language, locale, expected) => {
    expect(usesServerCopy(language, locale, 'auto')).toBe(expected)
  })

  it.each([
    ['en', true],
    ['en-AU', true],
    [undefined, true],
    ['de', false],
    ['ar', false],
  ])('should show copy of unknown language only in an English UI (UI %s: %s)', (locale, expected) => {
    expect(usesServerCopy(undefined, locale, 'auto')).toBe(expected)
  })

  it('should count a malformed server language as unknown and a malformed locale as English', () => {
    expect(usesServerCopy('not a tag', 'en', 'auto')).toBe(true)
    expect(usesServerCopy('not a tag', 'de', 'auto')).toBe(false)
    expect(usesServerCopy('en', '??', 'auto')).toBe(true)
    expect(usesServerCopy('de', '??', 'auto')).toBe(false)
  })
})

describe('given serverCopy: true or false', () => {
  it('should keep the server copy whatever its language with true', () => {
    expect(usesServerCopy('en', 'de', true)).toBe(true)
    expect(usesServerCopy(undefined, 'ja', true)).toBe(true)
  })

  it('should never keep it with false', () => {
    expect(usesServerCopy('de', 'de', false)).toBe(false)
    expect(usesServerCopy(undefined, 'en', false)).toBe(false)
  })
})

describe('given a serverCopy value from untyped JavaScript', () => {
  it("should behave as 'auto'", () => {
    expect(usesServerCopy('en', 'de', 'yes' as never)).toBe(false)
    expect(usesServerCopy('de', 'de', undefined as never)).toBe(true)
  })
})
