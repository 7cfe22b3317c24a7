import { playwright } from '@vitest/browser-playwright'
import { defaultClientConditions, defaultServerConditions, type UserConfig } from 'vite'

/** Resolve workspace packages to their `src/` so nothing needs a build before tests, Storybook or the demo. */
export const sourceConditions = {
  resolve: { conditions: ['@paywall-kit/source', ...defaultClientConditions] },
  ssr: {
    resolve: {
      conditions: ['@paywall-kit/source', ...defaultServerConditions],
    },
  },
  // Vitest imports global setup files through its own `__vitest__` environment, which gets only
  // Vitest's default conditions unless configured here (without it, a global setup that imports a
  // workspace package needs that package built first).
  environments: {
    __vitest__: { resolve: { conditions: ['@paywall-kit/source', ...defaultServerConditions] } },
  },
} satisfies UserConfig

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags that keep Chromium off every host but this machine (TOOLCHAIN.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]

/** Vitest browser mode in real Chromium, headless. */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    instances: [{ browser: 'chromium' as const }],
  }
}
