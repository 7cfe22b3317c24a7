import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'
import { mergeConfig, searchForWorkspaceRoot } from 'vite'
import { sourceConditions } from '../../../vitest.shared.ts'
import { optimizeDeps, sharedFixturesDir } from './vite-shared.ts'

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
      server: {
        fs: {
          // The seed fixtures live beside the repository, outside Vite's default allow-list.
          allow: [searchForWorkspaceRoot(fileURLToPath(new URL('.', import.meta.url))), sharedFixturesDir],
        },
      },
    }),
}

export default config
