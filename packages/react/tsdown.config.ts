import { defineConfig } from 'tsdown'
import { clientDirectiveProblems } from './scripts/check-client-directive.ts'

export default defineConfig({
  // Two entries so that React Server Components can import the package: `index` (no directive)
  // re-exports core and `client`, which starts with 'use client'.
  // Each locale is an entry of its own (`@paywall-kit/react/locales/de`), so an app bundles only the
  // languages it imports.
  entry: [
    'src/index.ts',
    'src/client.ts',
    // `LazyPaywallModal`, which imports the modal on demand (its own chunk, `paywall-modal.js`).
    'src/lazy-modal.ts',
    { 'locales/*': ['src/i18n/locales/*.ts', '!src/i18n/locales/*.test*.ts'] },
    // `@paywall-kit/react/testing` (helpers for an app's tests) and `@paywall-kit/react/devtools` (what
    // `@paywall-kit/devtools` reads): entries of their own, so an app's bundle never carries them.
    { testing: 'src/testing/index.ts', devtools: 'src/devtools/index.ts' },
  ],
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
  // Plain CSS, shipped as is: `@paywall-kit/react/styles.css`.
  copy: [{ from: 'src/styles.css', to: 'dist' }],
  inputOptions: {
    // Lets the client entry's chunk hold the client code itself. With the default, rolldown moves
    // that code into a shared chunk without the directive and makes client.js a re-exporting stub.
    preserveEntrySignatures: 'allow-extension',
    onLog(level, log, handler) {
      // Rolldown keeps an entry's directive at the top of its chunk; `build:done` below checks it.
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return
      handler(level, log)
    },
  },
  hooks: {
    'build:done'(context) {
      const problems = clientDirectiveProblems(context.options.outDir)
      if (problems.length > 0) throw new Error(problems.join('\n'))
    },
  },
})
