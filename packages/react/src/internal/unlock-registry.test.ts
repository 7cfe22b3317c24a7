import { afterEach, describe, expect, it } from 'vitest'
import { createUnlockRegistry } from './unlock-registry'

function button(name: string) {
  const element = document.createElement('button')
  element.textContent = name
  document.body.append(element)
  return element
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('given two Unlock controls of one feature', () => {
  it('should find the first on the page, whatever order they registered in', () => {
    const registry = createUnlockRegistry()
    const first = button('first')
    const second = button('second')
    registry.register('reports', second)
    registry.register('reports', first)

    expect(registry.find('reports')).toBe(first)
  })

  it('should find the other once one unregisters or leaves the page', () => {
    const registry = createUnlockRegistry()
    const first = button('first')
    const second = button('second')
    const unregisterFirst = registry.register('reports', first)
    registry.register('reports', second)

    unregisterFirst()
    expect(registry.find('reports')).toBe(second)
    second.remove()
    expect(registry.find('reports')).toBeNull()
  })
})

describe('given no Unlock control of a feature', () => {
  it('should find none, not another feature’s', () => {
    const registry = createUnlockRegistry()
    registry.register('exports', button('exports'))

    expect(registry.find('reports')).toBeNull()
  })
})
