import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts'],
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
  // Plain CSS, shipped as is: `@paywall-kit/react/styles.css`.
  copy: [{ from: 'src/styles.css', to: 'dist' }],
  inputOptions: {
    onLog(level, log, handler) {
      // Rolldown keeps an entry's directive at the top of its chunk; `build:done` below checks it.
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use client')) return
      handler(level, log)
    },
  },
  hooks: {
    'build:done'(context) {
      const entry = join(context.options.outDir, 'index.js')
      if (!/^['"]use client['"]/.test(readFileSync(entry, 'utf8'))) {
        throw new Error(
          `${entry} must start with 'use client' so React Server Components treat it as client code`,
        )
      }
    },
  },
})
