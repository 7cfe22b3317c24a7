import { useEffect, useId, useRef, useState } from 'react'
import { CardDeclinedError, useUpdatePaymentMethod } from '../api/queries'
import type { Account } from '../api/types'
import { formatCard } from '../format'
import { toast } from '../toasts'
import { Card } from './card'
import { BillingIcon } from './icons'

/** The card on file and a form to replace it; a declined card is explained in place. */
export function PaymentMethodForm({ account, focus }: { account: Account; focus: boolean }) {
  const update = useUpdatePaymentMethod()
  const [number, setNumber] = useState('4242 4242 4242 4242')
  const inputId = useId()
  const errorId = useId()
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (focus) inputRef.current?.scrollIntoView({ block: 'center' })
  }, [focus])

  const declined = update.error instanceof CardDeclinedError ? update.error.message : null
  return (
    <Card
      title="Payment method"
      headingId="payment-method-title"
      description={account.paymentMethod ? `${formatCard(account.paymentMethod)} on file` : 'No card on file'}
      className={account.billingIssue || focus ? 'card--highlight' : undefined}
      id="payment-method"
    >
      <form
        className="card-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (update.isPending) return
          update.mutate(
            { number: number.replace(/\s+/g, '') },
            { onSuccess: () => toast({ tone: 'success', title: 'Payment method updated' }) },
          )
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            Card number
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="input input--mono"
            inputMode="numeric"
            autoComplete="cc-number"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            aria-invalid={declined ? true : undefined}
            aria-describedby={declined ? errorId : undefined}
            required
          />
          <p className="field__hint">
            Test mode: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.
          </p>
          {declined ? (
            <p className="field__error" id={errorId} role="alert">
              {declined}
            </p>
          ) : null}
          {update.error && !declined ? (
            <p className="field__error" role="alert">
              {update.error.message}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={update.isPending}>
            <BillingIcon width={18} height={18} />
            {update.isPending ? 'Saving…' : 'Update card'}
          </button>
        </div>
      </form>
    </Card>
  )
}
