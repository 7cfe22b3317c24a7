import type { UserConfig } from 'vite'

/**
 * Pre-bundled up front: discovered late, Vite re-optimizes mid-run and the first cold test run
 * fails with "Vite unexpectedly reloaded a test" (TOOLCHAIN.md).
 */
export const optimizeDeps = {
  include: [
    'msw',
    'msw/browser',
    'msw-storybook-addon/csf3',
    '@tanstack/react-query',
    'react',
    'react/jsx-runtime',
    'react/jsx-dev-runtime',
    'react-dom',
    'react-dom/client',
    '@paywall-kit/react > radix-ui',
    'storybook/test',
  ],
} satisfies UserConfig['optimizeDeps']
