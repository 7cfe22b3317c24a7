import type { LocaleMessages } from '@paywall-kit/react'
import { messages as ar } from '@paywall-kit/react/locales/ar'
import { messages as de } from '@paywall-kit/react/locales/de'
import { messages as en } from '@paywall-kit/react/locales/en'
import { messages as es } from '@paywall-kit/react/locales/es'
import { messages as fr } from '@paywall-kit/react/locales/fr'
import { messages as he } from '@paywall-kit/react/locales/he'
import { messages as it } from '@paywall-kit/react/locales/it'
import { messages as ja } from '@paywall-kit/react/locales/ja'
import { messages as ko } from '@paywall-kit/react/locales/ko'
import { messages as nl } from '@paywall-kit/react/locales/nl'
import { messages as pl } from '@paywall-kit/react/locales/pl'
import { messages as ptBR } from '@paywall-kit/react/locales/pt-BR'
import { messages as zhCN } from '@paywall-kit/react/locales/zh-CN'

/** A shipped locale as the Storybook toolbar offers it: its name in its own language and its direction. */
interface StoryLocale {
  title: string
  messages: LocaleMessages
  dir: 'ltr' | 'rtl'
}

/** Every locale the kit ships, by BCP 47 tag (the toolbar's values). */
export const storyLocales: Record<string, StoryLocale> = {
  en: { title: 'English', messages: en, dir: 'ltr' },
  de: { title: 'Deutsch', messages: de, dir: 'ltr' },
  fr: { title: 'Français', messages: fr, dir: 'ltr' },
  es: { title: 'Español', messages: es, dir: 'ltr' },
  'pt-BR': { title: 'Português (Brasil)', messages: ptBR, dir: 'ltr' },
  it: { title: 'Italiano', messages: it, dir: 'ltr' },
  nl: { title: 'Nederlands', messages: nl, dir: 'ltr' },
  pl: { title: 'Polski', messages: pl, dir: 'ltr' },
  ja: { title: '日本語', messages: ja, dir: 'ltr' },
  'zh-CN': { title: '简体中文', messages: zhCN, dir: 'ltr' },
  ko: { title: '한국어', messages: ko, dir: 'ltr' },
  ar: { title: 'العربية', messages: ar, dir: 'rtl' },
  he: { title: 'עברית', messages: he, dir: 'rtl' },
}

/** The toolbar's locale, or English for anything else (an old bookmarked URL). */
export function storyLocale(tag: unknown): StoryLocale & { tag: string } {
  const known = typeof tag === 'string' && Object.hasOwn(storyLocales, tag)
  const key = known ? tag : 'en'
  return { tag: key, ...(storyLocales[key] as StoryLocale) }
}

/** The toolbar's direction: `auto` follows the locale. */
export function storyDirection(dir: unknown, locale: StoryLocale): 'ltr' | 'rtl' {
  return dir === 'ltr' || dir === 'rtl' ? dir : locale.dir
}
