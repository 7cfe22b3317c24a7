import { afterEach, describe, expect, it } from 'vitest'
import { uuid } from './uuid.ts'

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('given a context without crypto.randomUUID (plain HTTP on a LAN address)', () => {
  afterEach(() => {
    // The own property shadows Crypto.prototype.randomUUID; removing it brings the real one back.
    Reflect.deleteProperty(crypto, 'randomUUID')
  })

  it('should still make distinct v4 UUIDs', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })

    const ids = new Set(Array.from({ length: 50 }, () => uuid()))

    expect(typeof crypto.randomUUID).toBe('undefined')
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(V4)
  })

  it('should use crypto.randomUUID where it exists', () => {
    expect(uuid()).toMatch(V4)
    expect(typeof crypto.randomUUID).toBe('function')
  })
})
