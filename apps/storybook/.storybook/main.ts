import type { StorybookConfig } from '@storybook/react-vite'
import { mergeConfig } from 'vite'
import { sourceConditions } from '../../../vitest.shared.ts'
import { optimizeDeps } from './vite-shared.ts'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // The MSW worker is served from the static root, beside iframe.html.
  staticDirs: ['../public'],
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      ...sourceConditions,
      optimizeDeps,
      build: {
        // The preview bundles axe-core and the docs renderer: large by nature, and never shipped to users.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          onwarn(warning, warn) {
            // radix-ui's 'use client' directives mean nothing in a client-only bundle.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
            warn(warning)
          },
        },
      },
    }),
}

export default config
