import type { PaywallPrice } from './types'

/** Options for `formatPrice`. */
export interface FormatPriceOptions {
  /** Locale(s) for `Intl.NumberFormat`; an unknown one falls back to the runtime's. @default the runtime's locale */
  locale?: string | string[]
  /**
   * Words for a price on a network, given the formatted price and the network's name; translate
   * it to change the words or their order.
   * @default (price, network) => `${price} on ${network}`
   */
  onNetwork?: (price: string, network: string) => string
}

const numberFormat = (locale: string | string[] | undefined, options: Intl.NumberFormatOptions) => {
  try {
    return new Intl.NumberFormat(locale, options)
  } catch {
    return new Intl.NumberFormat(undefined, options)
  }
}

const fractionDigits = (amount: string) => Math.min(amount.split('.')[1]?.length ?? 0, 20)

/** The amount as money (`$0.01`), with at least the currency's usual decimals and every digit given. */
function money(amount: string, currency: string, locale: FormatPriceOptions['locale']): string | undefined {
  try {
    const usual = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    const minimumFractionDigits = usual.minimumFractionDigits ?? 0
    return numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits,
      maximumFractionDigits: Math.max(minimumFractionDigits, fractionDigits(amount)),
    }).format(amount as Intl.StringNumericLiteral)
  } catch {}
}

/**
 * A paywall's price in words, through `Intl.NumberFormat`: `"$0.01"` for money (ISO 4217),
 * `"0.01 USDC on Base"` or `"150 sats on Lightning"` otherwise. Every digit the server gave is
 * kept (`"$0.001"`), never rounded away. `undefined` when the price has no amount.
 *
 * @example
 * formatPrice({ amount: '0.01', asset: 'USDC', network: 'Base' }) // '0.01 USDC on Base'
 * formatPrice({ amount: '5', currency: 'EUR' }, { locale: 'de-DE' }) // '5,00 €'
 */
export function formatPrice(
  price: PaywallPrice | undefined,
  options: FormatPriceOptions = {},
): string | undefined {
  const amount = price?.amount
  if (!amount || !/^\d+(\.\d+)?$/.test(amount)) return
  const number = () => {
    const digits = numberFormat(options.locale, { maximumFractionDigits: fractionDigits(amount) }).format(
      amount as Intl.StringNumericLiteral,
    )
    const unit = price.asset ?? price.currency
    return unit ? `${digits} ${unit}` : digits
  }
  const text = (price.currency && money(amount, price.currency, options.locale)) || number()
  if (!price.network) return text
  return (options.onNetwork ?? ((formatted, network) => `${formatted} on ${network}`))(text, price.network)
}
