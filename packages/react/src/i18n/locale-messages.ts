import type { PaywallReason, ReasonCopy } from '@paywall-kit/core'
import type { PaywallMessages } from './messages'

/**
 * A complete translation of the kit: every message of `PaywallMessages`, and the title, message and
 * action of every paywall reason (where `PaywallMessages` allows any subset). Type a locale with it, so a
 * message or reason added later is a type error until it is translated.
 */
export type LocaleMessages = PaywallMessages & { reasons: Record<PaywallReason, ReasonCopy> }
