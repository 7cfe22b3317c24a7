/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import packageJson from '../../../package.json' with { type: 'json' }
import * as kit from '../../index'
import type { LocaleMessages } from '../locale-messages'
import { defaultMessages } from '../messages'

/** The English source every locale translates: the provider's defaults and core's copy for every reason. */
const english = { ...defaultMessages, reasons: kit.defaultReasonMessages } as LocaleMessages

// Every locale file, so a new one is checked without being listed here.
const localeModules = import.meta.glob<{ messages: LocaleMessages }>(['./*.ts', '!./*.test*.ts'], {
  eager: true,
})
const locales = Object.entries(localeModules).map(
  ([file, module]) => [file.replace(/^\.\/|\.ts$/g, ''), module.messages] as const,
)
const translations = locales.filter(([tag]) => tag !== 'en')
const englishLocale = locales.find(([tag]) => tag === 'en')?.[1] as LocaleMessages

/** Every leaf of a messages object as `path: kind`, e.g. `reasons.trial_ended.title: string`. */
function leaves(value: unknown, path = ''): string[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
  }
  return [`${path}: ${typeof value}`]
}

function at(messages: LocaleMessages, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages)
}

/**
 * What a component passes each message function (its one argument, a value or an object of values), formatted in the locale as the components do. A message
 * function added without an entry here fails the suite, so its translations are exercised too.
 */
const sampleArguments: Record<string, (count: number, locale: string) => unknown[]> = {
  'modal.usage': (count, locale) => [
    { used: number(count, locale), limit: number(count, locale), unit: 'requests' },
    { used: number(count, locale), limit: number(count, locale), unit: undefined },
  ],
  'modal.usageResets': (_count, locale) => [date(locale)],
  'modal.price': (count, locale) => [
    { price: `${number(count, locale)} USDC`, network: 'Base' },
    { price: `${number(count, locale)} sats`, network: undefined },
  ],
  'meter.valueText': (count, locale) => [
    {
      used: number(count, locale),
      limit: number(count * 2, locale),
      label: 'API calls',
      percent: percent(locale),
      unit: 'requests',
    },
    {
      used: number(count, locale),
      limit: number(count * 2, locale),
      label: 'API calls',
      percent: percent(locale),
      unit: undefined,
    },
  ],
  'meter.value': (count, locale) => [
    { used: number(count, locale), limit: number(count * 2, locale), unit: 'requests' },
    { used: number(count, locale), limit: number(count * 2, locale), unit: undefined },
  ],
  'meter.unlimited': (count, locale) => [
    { used: number(count, locale), unit: 'requests' },
    { used: number(count, locale), unit: undefined },
  ],
  'meter.unknown': (count, locale) => [
    { limit: number(count, locale), unit: 'requests' },
    { limit: number(count, locale), unit: undefined },
    { limit: undefined, unit: undefined },
  ],
  'meter.resets': (_count, locale) => [date(locale)],
  'meter.crossed': (_count, locale) => [{ label: 'API calls', percent: percent(locale) }],
  'meter.exceeded': () => ['API calls'],
  'banner.daysLeft': (count, locale) => [
    { days: count, relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(count, 'day') },
  ],
  'banner.trialDaysLeft': (count, locale) => [
    { days: count, relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(count, 'day') },
  ],
  'banner.cardDaysLeft': (count, locale) => [
    { days: count, relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(count, 'day') },
  ],
  'modal.retryIn': (count, locale) => [
    { relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(count, 'hour') },
    { relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day') },
  ],
  'modal.choosePlan': () => ['Pro'],
  // Without an interval the price alone is shown, the same in every language: only intervals are
  // sampled, and not 'week', which Dutch writes as English does ("€ 5,00 per week").
  'modal.planPrice': (count, locale) =>
    (['day', 'month', 'year'] as const).map((interval) => ({
      price: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(count),
      interval,
    })),
  'modal.askOwner': () => [{ owner: 'Dana Scully' }, { owner: 'billing@example.com' }, { owner: undefined }],
  'banner.askOwner': () => [{ owner: 'Dana Scully' }, { owner: undefined }],
}

const number = (count: number, locale: string) => new Intl.NumberFormat(locale).format(count)
const percent = (locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(0.82)
const date = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-12-01'))

const callWith = (fn: unknown, sample: unknown) => (fn as (value: unknown) => unknown)(sample)

const counts = [0, 1, 2, 5, 21, 1_000_000]
const englishLeaves = leaves(english)
const englishFunctions = englishLeaves
  .filter((leaf) => leaf.endsWith(': function'))
  .map((leaf) => leaf.replace(/: function$/, ''))
const englishStrings = englishLeaves
  .filter((leaf) => leaf.endsWith(': string'))
  .map((leaf) => leaf.replace(/: string$/, ''))

describe('given the shipped locales', () => {
  it('should ship the twelve languages of issue 16 and English', () => {
    expect(locales.map(([tag]) => tag).sort()).toEqual(
      ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'zh-CN'].sort(),
    )
  })

  it('should ship English as the defaults say it, reasons included', () => {
    expect(leaves(englishLocale).sort()).toEqual([...englishLeaves].sort())
    for (const path of englishStrings) expect(at(englishLocale, path), path).toBe(at(english, path))
    for (const path of englishFunctions) {
      for (const count of counts) {
        for (const sample of sampleArguments[path]?.(count, 'en') ?? []) {
          expect(callWith(at(englishLocale, path), sample), path).toBe(callWith(at(english, path), sample))
        }
      }
    }
  })

  it('should have sample arguments for every message function', () => {
    expect(englishFunctions.filter((path) => !(path in sampleArguments))).toEqual([])
  })

  it('should be published as its own entry point, and not through the main entry', () => {
    const exportsMap = packageJson.exports as Record<string, unknown>
    for (const [tag] of locales) {
      expect(exportsMap[`./locales/${tag}`]).toEqual({
        '@paywall-kit/source': `./src/i18n/locales/${tag}.ts`,
        types: `./dist/locales/${tag}.d.ts`,
        default: `./dist/locales/${tag}.js`,
      })
    }
    expect(Object.values(kit)).not.toContain(englishLocale)
    expect(kit).not.toHaveProperty('messages')
  })
})

describe.each(translations)('given the %s locale', (tag, messages) => {
  it('should have exactly the keys of the English messages, reasons included, of the same kinds', () => {
    expect(leaves(messages).sort()).toEqual([...englishLeaves].sort())
  })

  it('should translate every string', () => {
    for (const path of englishStrings) {
      const text = at(messages, path)
      expect(text, path).toEqual(expect.any(String))
      expect((text as string).trim(), path).not.toBe('')
      expect(text, `${path} is still English`).not.toBe(at(english, path))
    }
  })

  it.each(counts)('should translate every message function for a count of %d, without throwing', (count) => {
    for (const path of englishFunctions) {
      for (const sample of sampleArguments[path]?.(count, tag) ?? []) {
        const text = callWith(at(messages, path), sample)
        const inEnglish = callWith(at(english, path), sample)
        expect(text, path).toEqual(expect.any(String))
        expect((text as string).trim(), path).not.toBe('')
        expect(text, `${path} is still English`).not.toBe(inEnglish)
        // An unfilled value or plural placeholder.
        expect(text, path).not.toMatch(/undefined|NaN|\[object|#/)
      }
    }
  })
})

describe('given the Polish locale', () => {
  const messages = translations.find(([tag]) => tag === 'pl')?.[1] as LocaleMessages
  const relative = new Intl.RelativeTimeFormat('pl', { numeric: 'auto' })
  const daysLeft = (days: number) =>
    messages.banner.daysLeft({ days, relative: relative.format(days, 'day') })

  it('should agree the verb and the noun with the days left', () => {
    expect([1, 2, 5, 22].map(daysLeft)).toEqual([
      'Do końca dostępu został 1 dzień',
      'Do końca dostępu zostały 2 dni',
      'Do końca dostępu zostało 5 dni',
      'Do końca dostępu zostały 22 dni',
    ])
  })
})

describe('given the Arabic locale', () => {
  const messages = translations.find(([tag]) => tag === 'ar')?.[1] as LocaleMessages
  const relative = new Intl.RelativeTimeFormat('ar', { numeric: 'auto' })
  const daysLeft = (days: number) =>
    messages.banner.daysLeft({ days, relative: relative.format(days, 'day') })

  it('should use a different form of "day" for 1, 2, 5, 22 and 100 days', () => {
    expect([0, 1, 2, 5, 22, 100].map(daysLeft)).toEqual([
      'ينتهي وصولك اليوم',
      'ينتهي وصولك غدًا',
      'ينتهي وصولك بعد يومين',
      'ينتهي وصولك بعد 5 أيام',
      'ينتهي وصولك بعد 22 يومًا',
      'ينتهي وصولك بعد 100 يوم',
    ])
  })
})

describe('given the Hebrew locale', () => {
  const messages = translations.find(([tag]) => tag === 'he')?.[1] as LocaleMessages
  const relative = new Intl.RelativeTimeFormat('he', { numeric: 'auto' })
  const daysLeft = (days: number) =>
    messages.banner.daysLeft({ days, relative: relative.format(days, 'day') })

  it('should say today, tomorrow, the dual and the plural', () => {
    expect([0, 1, 2, 5].map(daysLeft)).toEqual([
      'הגישה תסתיים היום',
      'הגישה תסתיים מחר',
      'הגישה תסתיים בעוד יומיים',
      'הגישה תסתיים בעוד 5 ימים',
    ])
  })
})
