import { defineConfig } from 'tsdown'

const shared = {
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
} as const

export default defineConfig([
  {
    ...shared,
    // `index` is built on its own, with `./client.js` left as an import: in one build with the other
    // entries, rolldown would point it at the shared chunks that hold the client code, and a React
    // Server Component importing the package would then load client code without the directive.
    entry: ['src/index.ts'],
    deps: { neverBundle: ['./client.js'] },
  },
  {
    // React Server Components import `index` (no directive), which re-exports core and `client`, which
    // starts with 'use client'.
    // Each locale is an entry of its own (`@paywall-kit/react/locales/de`), so an app bundles only the
    // languages it imports.
    entry: [
      'src/client.ts',
      // `LazyPaywallModal`, which imports the modal on demand (its own chunk, `paywall-modal.js`).
      'src/lazy-modal.ts',
      { 'locales/*': ['src/i18n/locales/*.ts', '!src/i18n/locales/*.test*.ts'] },
      // `@paywall-kit/react/testing` (helpers for an app's tests) and `@paywall-kit/react/devtools` (what
      // `@paywall-kit/devtools` reads): entries of their own, so an app's bundle never carries them.
      { testing: 'src/testing/index.ts', devtools: 'src/devtools/index.ts' },
    ],
    ...shared,
    // Plain CSS, shipped as is: `@paywall-kit/react/styles.css`.
    copy: [{ from: 'src/styles.css', to: 'dist' }],
    inputOptions: {
      // Lets the client entry's chunk hold the client code itself. With the default, rolldown moves
      // that code into a shared chunk without the directive and makes client.js a re-exporting stub.
      preserveEntrySignatures: 'allow-extension',
      onLog(level, log, handler) {
        // Rolldown keeps an entry's directive at the top of its chunk; the build script checks it
        // afterwards (scripts/check-client-directive.ts), once both builds above have written dist/.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return
        handler(level, log)
      },
    },
  },
])
