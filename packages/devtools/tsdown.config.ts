import { defineConfig } from 'tsdown'

export default defineConfig({
  // `index`: the devtools in development, no-ops in production builds; `production`: the devtools always.
  entry: ['src/index.ts', 'src/production.ts'],
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
  inputOptions: {
    // Keeps the client code in production.js itself (which starts with 'use client'), rather than in a
    // shared chunk without the directive that both entries import.
    preserveEntrySignatures: 'allow-extension',
    onLog(level, log, handler) {
      // Rolldown keeps an entry's directive at the top of its chunk.
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return
      handler(level, log)
    },
  },
})
