import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'packages/*/vitest.browser.config.ts',
      'packages/react/vitest.react18.config.ts',
      'packages/react/vitest.vite.config.ts',
      'apps/*/vitest.config.ts',
      'apps/storybook/vitest.static.config.ts',
      'scripts/vitest.config.ts',
    ],
  },
})
