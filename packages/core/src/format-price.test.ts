import { describe, expect, it } from 'vitest'
import { formatPrice } from './format-price'

describe('given a price in money', () => {
  it('should format it as currency through Intl', () => {
    expect(formatPrice({ amount: '10', currency: 'USD' }, { locale: 'en-US' })).toBe('$10.00')
    expect(formatPrice({ amount: '5', currency: 'EUR' }, { locale: 'de-DE' })).toBe('5,00\u00a0€')
    expect(formatPrice({ amount: '500', currency: 'JPY' }, { locale: 'ja-JP' })).toBe('￥500')
  })

  it('should keep every digit the server gave rather than round it away', () => {
    expect(formatPrice({ amount: '0.001', currency: 'USD' }, { locale: 'en-US' })).toBe('$0.001')
    expect(formatPrice({ amount: '123456789012345678.5', currency: 'USD' }, { locale: 'en-US' })).toBe(
      '$123,456,789,012,345,678.50',
    )
  })

  it('should name the network after the amount', () => {
    expect(formatPrice({ amount: '10', currency: 'USD', network: 'Tempo' }, { locale: 'en-US' })).toBe(
      '$10.00 on Tempo',
    )
  })
})

describe('given a price in a token or in sats', () => {
  it('should write the amount and the asset on the network', () => {
    expect(formatPrice({ amount: '0.01', asset: 'USDC', network: 'Base' }, { locale: 'en-US' })).toBe(
      '0.01 USDC on Base',
    )
    expect(formatPrice({ amount: '250000', asset: 'sats', network: 'Lightning' }, { locale: 'en-US' })).toBe(
      '250,000 sats on Lightning',
    )
    expect(formatPrice({ amount: '1.5', asset: 'USDC' }, { locale: 'fr-FR' })).toBe('1,5 USDC')
  })

  it('should let a translation choose the words and their order', () => {
    const onNetwork = (price: string, network: string) => `${network} で ${price}`
    expect(
      formatPrice({ amount: '0.01', asset: 'USDC', network: 'Base' }, { locale: 'ja-JP', onNetwork }),
    ).toBe('Base で 0.01 USDC')
  })
})

describe('given a price that cannot be written', () => {
  it.each([
    undefined,
    {},
    { asset: 'USDC' },
    { amount: '' },
    { amount: '1e9' },
    { amount: '-1' },
    { amount: 'NaN' },
  ])('should return undefined for %o', (price) => {
    expect(formatPrice(price)).toBeUndefined()
  })

  it('should fall back to the runtime locale for an unknown locale', () => {
    expect(formatPrice({ amount: '1', asset: 'USDC' }, { locale: 'not a locale!' })).toMatch(/^1 USDC$/)
  })
})
