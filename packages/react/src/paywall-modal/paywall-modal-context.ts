import type { PaymentRequired } from '@paywall-kit/core'
import type { PaywallMessages } from '../i18n/messages'
import { createContext } from '../internal/create-context'
import type { HandOff } from './use-hand-off'

/** What `Modal.Root` shares with its parts (in `paywall-modal-*.tsx`). */
export interface ModalContextValue {
  /** The paywall to show, localised; the last one while the modal animates out. */
  paywall: PaymentRequired | null
  messages: PaywallMessages['modal']
  locale: string | undefined
  timeZone: string | undefined
  allowedOrigins: string[] | undefined
  followAction: () => void
  retry: (() => void) | undefined
  restoreFocus: () => void
  /** The next step: the picked plan, the primary action, who can take it (`useHandOff`). */
  handOff: HandOff
}

export const [ModalProvider, useModalContext] = createContext<ModalContextValue>('Modal.Root')
