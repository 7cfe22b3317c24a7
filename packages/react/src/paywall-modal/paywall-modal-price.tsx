import { formatPrice } from '@paywall-kit/core'
import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { cx } from '../internal/cx'
import { type PartProps, Primitive } from '../internal/primitive'
import { useModalContext } from './paywall-modal-context'

export interface PriceProps extends ComponentPropsWithoutRef<'p'>, PartProps {}

/**
 * The price a machine-payment paywall (x402, L402, MPP) asks, in words through `Intl` (core's
 * `formatPrice`) and the `modal.price` message: "Price: 0.01 USDC on Base". Nothing when the paywall
 * names no price. Only the parsed amount, unit and network are shown, never an invoice or macaroon.
 */
export const Price = forwardRef<HTMLParagraphElement, PriceProps>(function Price(
  { className, ...props },
  ref,
) {
  const { paywall, messages, locale } = useModalContext('Modal.Price')
  const price = paywall?.price
  // Formatted without its network, which goes to the message so that a translation places it.
  const amount = price && formatPrice({ ...price, network: undefined }, { locale })
  if (!price || !amount) return null
  return (
    <Primitive
      as="p"
      defaultContent={messages.price({ price: amount, network: price.network })}
      {...props}
      className={cx('pwk-modal__price', className)}
      ref={ref}
    />
  )
})
