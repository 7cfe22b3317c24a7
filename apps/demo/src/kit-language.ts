import type { LocaleMessages } from '@paywall-kit/react'

/** One of the kit's shipped locales, as the demo's language switcher offers it. */
interface KitLanguageOption {
  /** BCP 47 tag: the `?lang=` value and the provider's `locale`. */
  tag: string
  /** The language's name in that language. */
  name: string
  dir: 'ltr' | 'rtl'
  /** A dynamic import, so the demo downloads only the language it shows, as an app would. */
  load: () => Promise<{ messages: LocaleMessages }>
}

/** Every locale `@paywall-kit/react` ships. */
export const kitLanguageOptions: readonly KitLanguageOption[] = [
  { tag: 'en', name: 'English', dir: 'ltr', load: () => import('@paywall-kit/react/locales/en') },
  { tag: 'de', name: 'Deutsch', dir: 'ltr', load: () => import('@paywall-kit/react/locales/de') },
  { tag: 'fr', name: 'Français', dir: 'ltr', load: () => import('@paywall-kit/react/locales/fr') },
  { tag: 'es', name: 'Español', dir: 'ltr', load: () => import('@paywall-kit/react/locales/es') },
  {
    tag: 'pt-BR',
    name: 'Português (Brasil)',
    dir: 'ltr',
    load: () => import('@paywall-kit/react/locales/pt-BR'),
  },
  { tag: 'it', name: 'Italiano', dir: 'ltr', load: () => import('@paywall-kit/react/locales/it') },
  { tag: 'nl', name: 'Nederlands', dir: 'ltr', load: () => import('@paywall-kit/react/locales/nl') },
  { tag: 'pl', name: 'Polski', dir: 'ltr', load: () => import('@paywall-kit/react/locales/pl') },
  { tag: 'ja', name: '日本語', dir: 'ltr', load: () => import('@paywall-kit/react/locales/ja') },
  { tag: 'zh-CN', name: '简体中文', dir: 'ltr', load: () => import('@paywall-kit/react/locales/zh-CN') },
  { tag: 'ko', name: '한국어', dir: 'ltr', load: () => import('@paywall-kit/react/locales/ko') },
  { tag: 'ar', name: 'العربية', dir: 'rtl', load: () => import('@paywall-kit/react/locales/ar') },
  { tag: 'he', name: 'עברית', dir: 'rtl', load: () => import('@paywall-kit/react/locales/he') },
]

/** A loaded language: what `PaywallProvider` and the document need. */
export interface KitLanguage {
  tag: string
  dir: 'ltr' | 'rtl'
  messages: LocaleMessages
}

/**
 * The shipped locale for `tag`, loaded; `undefined` for no tag or one the kit does not ship, so the demo
 * keeps the kit's defaults (English copy, the browser's number and date formats).
 */
export async function loadKitLanguage(tag: string | undefined): Promise<KitLanguage | undefined> {
  const option = kitLanguageOptions.find((candidate) => candidate.tag === tag)
  if (!option) return undefined
  const { messages } = await option.load()
  return { tag: option.tag, dir: option.dir, messages }
}

/**
 * `lang` and `dir` on the root element, so the kit's portalled modal is read in the right language and laid
 * out in the right direction; back to the page's English when `language` is `undefined`.
 */
export function applyDocumentLanguage(language: KitLanguage | undefined): void {
  document.documentElement.lang = language?.tag ?? 'en'
  document.documentElement.dir = language?.dir ?? 'ltr'
}
