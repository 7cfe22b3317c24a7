import '@paywall-kit/react/styles.css'
import './preview.css'
import '../stories/support/stories.css'
import { createBillingApi } from '@paywall-kit/mock-billing'
import { createHandlers } from '@paywall-kit/mock-billing/msw'
import { PaywallProvider } from '@paywall-kit/react'
import type { Decorator, Preview } from '@storybook/react-vite'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { setupWorker } from 'msw/browser'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { useLayoutEffect } from 'react'
import { action } from 'storybook/actions'
import { configure, fn } from 'storybook/test'
import { storyDirection, storyLocale, storyLocales } from '../stories/support/locales'
import type { StoryLoaded } from '../stories/support/story-context'

// Play functions wait up to 4 s for what a story shows (Testing Library's default is 1 s), as the whole
// suite shares two busy cores in CI; anything that never appears still fails.
configure({ asyncUtilTimeout: 4_000 })

/**
 * The addon's default setup registers `/mockServiceWorker.js` from the host's root; the worker sits
 * beside iframe.html, so a relative URL keeps a static build working under any sub-path.
 */
async function startWorker() {
  const worker = setupWorker()
  await worker.start({
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
  })
  return worker
}

/** A fresh query client, mock billing API, event spy and request log per story: no story leaks into another. */
async function paywallLoader({ parameters }: { parameters: Preview['parameters'] }): Promise<StoryLoaded> {
  const billing = parameters?.billing ?? {}
  return {
    queryClient: new QueryClient(),
    billing: createBillingApi(billing),
    onEvent: fn(action('onEvent')).mockName('onEvent'),
    requests: [],
  }
}

const withTheme: Decorator = (Story, { globals }) => {
  const theme = globals.theme === 'dark' ? 'dark' : 'light'
  // On the root element, so portalled content (the modal) is themed too: `data-pwk-theme` chooses the
  // kit's scheme (the kit styles nothing of the page), `color-scheme` the page's own.
  useLayoutEffect(() => {
    const root = document.documentElement
    root.dataset.theme = theme
    root.dataset.pwkTheme = theme
    root.style.colorScheme = theme
  }, [theme])
  return <Story />
}

/**
 * The toolbar's language and direction: `lang` and `dir` on the root element (the modal is portalled
 * outside the story) and on a wrapper around the story.
 */
const withLocale: Decorator = (Story, { globals }) => {
  const locale = storyLocale(globals.locale)
  const dir = storyDirection(globals.dir, locale)
  useLayoutEffect(() => {
    document.documentElement.lang = locale.tag
    document.documentElement.dir = dir
  }, [locale.tag, dir])
  return (
    <div lang={locale.tag} dir={dir}>
      <Story />
    </div>
  )
}

const withPaywall: Decorator = (Story, { loaded, parameters, globals }) => {
  const { queryClient, onEvent } = loaded as StoryLoaded
  const locale = storyLocale(globals.locale)
  return (
    <QueryClientProvider client={queryClient}>
      {/* The toolbar's locale; a story's own `paywall` parameters (e.g. custom messages) win. */}
      <PaywallProvider
        onEvent={onEvent}
        locale={locale.tag}
        messages={locale.messages}
        {...parameters.paywall}
      >
        <Story />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

const preview: Preview = {
  loaders: [mswLoader(startWorker), paywallLoader],
  beforeEach({ msw, loaded }) {
    const { billing, requests } = loaded as StoryLoaded
    msw.use(...createHandlers(billing))
    const record = ({ request }: { request: Request }) => {
      const { pathname } = new URL(request.url)
      if (pathname.startsWith('/api/')) requests.push(`${request.method} ${pathname}`)
    }
    msw.events.on('request:start', record)
    // A dismissed grace banner stays hidden for the tab's session; every story starts undismissed.
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith('pwk:')) sessionStorage.removeItem(key)
    }
    // Usage meters remember the thresholds they reached (the threshold ledger); each story starts fresh.
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('paywall-kit:thresholds:')) localStorage.removeItem(key)
    }
    return () => msw.events.removeListener('request:start', record)
  },
  decorators: [withPaywall, withTheme, withLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit: a shipped locale (`@paywall-kit/react/locales/<tag>`)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(storyLocales).map(([value, { title }]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction; Auto follows the locale (right to left for Arabic and Hebrew)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Auto (from locale)' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto' },
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Components', '402 dialects', 'Seed 402 fixtures', 'Guides'] },
    },
  },
}

export default preview
