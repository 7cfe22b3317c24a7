import { describe, expect, it } from 'vitest'
import { isEmail } from './is-email'

describe('given a support address', () => {
  it.each(['help@example.com', 'billing.team+402@mail.example.co.uk', 'a@b.io'])(
    'should accept %s',
    (value) => {
      expect(isEmail(value)).toBe(true)
    },
  )

  it.each([
    ['no @', 'help.example.com'],
    ['two @', 'help@desk@example.com'],
    ['no dot in the domain', 'help@localhost'],
    ['a space', 'help desk@example.com'],
    ['markup', '<b>help</b>@example.com'],
    ['a double quote', '"help"@example.com'],
    ['a single quote', "o'brien@example.com"],
    ['a mailto query (a second recipient)', 'help@example.com?cc=attacker@evil.example'],
    ['a mailto header', 'help@example.com&subject=pwned'],
    ['a fragment', 'help@example.com#x'],
    ['a path', 'help@example.com/x'],
    ['an address over 254 characters', `${'a'.repeat(250)}@example.com`],
    ['a non-string', 42],
  ])('should reject %s', (_, value) => {
    expect(isEmail(value)).toBe(false)
  })
})
