import { createElement } from 'react'
import { expectTypeOf } from 'vitest'
import { type LocaleMessages, type PaywallMessages, PaywallProvider } from '../../index'
import { messages as ar } from './ar'
import { messages as de } from './de'
import { messages as en } from './en'

// A shipped locale is what the provider's `messages` takes.
expectTypeOf(de).toExtend<PaywallMessages>()
expectTypeOf(ar).toEqualTypeOf<LocaleMessages>()
createElement(PaywallProvider, { locale: 'de', messages: de })

// A locale missing a message is a type error, so a key added to `PaywallMessages` must be translated.
const { close: _close, ...modalWithoutClose } = en.modal
// @ts-expect-error `modal.close` is missing
const _missingMessage: LocaleMessages = { ...en, modal: modalWithoutClose }

// So is a locale missing a reason's copy, which `PaywallMessages` alone would allow.
const { trial_ended: _trialEnded, ...reasonsWithoutTrialEnded } = en.reasons
// @ts-expect-error `reasons.trial_ended` is missing
const _missingReason: LocaleMessages = { ...en, reasons: reasonsWithoutTrialEnded }
