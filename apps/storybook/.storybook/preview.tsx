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
  // On the root element, so portalled content (the modal) is themed too.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return <Story />
}

const withPaywall: Decorator = (Story, { loaded, parameters }) => {
  const { queryClient, onEvent } = loaded as StoryLoaded
  return (
    <QueryClientProvider client={queryClient}>
      <PaywallProvider onEvent={onEvent} {...parameters.paywall}>
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
    return () => msw.events.removeListener('request:start', record)
  },
  decorators: [withPaywall, withTheme],
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
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Components', '402 dialects', 'Seed 402 fixtures', 'Guides'] },
    },
  },
}

export default preview
