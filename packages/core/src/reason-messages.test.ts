import { describe, expect, it } from 'vitest'
import { defaultReasonMessages, reasonCopy } from './reason-messages'
import { reasons } from './reason-table'

describe('given the default English copy', () => {
  it.each(reasons)('should give %s a title, a sentence and an action label', (reason) => {
    const copy = defaultReasonMessages[reason]
    expect(copy.title).toMatch(/^\p{Lu}.+\S$/u)
    expect(copy.message).toMatch(/^\p{Lu}.+\.$/u)
    expect(copy.action).toMatch(/^\p{Lu}\S* \S+/u)
  })

  it.each(reasons)('should never use HTTP jargon for %s', (reason) => {
    const text = Object.values(defaultReasonMessages[reason]).join(' ')
    expect(text).not.toMatch(/402|payment required|error/i)
  })

  it('should give every reason its own title and action', () => {
    const titles = new Set(reasons.map((reason) => defaultReasonMessages[reason].title))
    expect(titles.size).toBe(reasons.length)
  })
})

describe('given overrides', () => {
  it('should use any overridden string and keep the defaults for the rest', () => {
    expect(reasonCopy('trial_ended', { trial_ended: { action: 'Voir les offres' } })).toEqual({
      ...defaultReasonMessages.trial_ended,
      action: 'Voir les offres',
    })
  })

  it('should ignore empty and non-string overrides', () => {
    const messages = { trial_ended: { title: '', message: 42 as never } }
    expect(reasonCopy('trial_ended', messages)).toEqual(defaultReasonMessages.trial_ended)
  })

  it('should give an unknown reason the generic copy', () => {
    expect(reasonCopy('__proto__' as never)).toEqual(defaultReasonMessages.payment_required)
  })
})
