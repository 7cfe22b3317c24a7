import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { defineProject, mergeConfig } from 'vitest/config'
import { chromiumBrowser, sourceConditions } from '../../vitest.shared.ts'
import { optimizeDeps } from './.storybook/vite-shared.ts'

const dirname = fileURLToPath(new URL('.', import.meta.url))

/** Every story is a test: rendered in real Chromium, its play function run, axe checked. */
export default mergeConfig(
  sourceConditions,
  defineProject({
    plugins: [storybookTest({ configDir: `${dirname}.storybook` })],
    optimizeDeps,
    test: {
      name: 'storybook',
      browser: chromiumBrowser(),
    },
  }),
)
