import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, defaultClientConditions, type InlineConfig } from 'vite'
import { timeToPaywallPages } from './measure-time-to-paywall.ts'

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url))
const distDir = fileURLToPath(new URL('./dist/', import.meta.url))

function pageConfig(
  name: 'production' | 'profiling',
  pages: readonly string[],
  profiling: boolean,
  emptyOutDir = true,
): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    root: pagesDir,
    // Relative asset URLs: both builds are served side by side from `bench/dist/`.
    base: './',
    plugins: [react()],
    resolve: {
      // Build the workspace packages from source, as the demo and Storybook do.
      conditions: ['@paywall-kit/source', ...defaultClientConditions],
      alias: profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [],
    },
    build: {
      outDir: `${distDir}${name}`,
      emptyOutDir,
      rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page, `${pagesDir}${page}.html`])) },
    },
  }
}

/**
 * Builds the benchmark pages with Vite and returns the folder to serve: `production/` holds a plain production
 * build of each time-to-paywall page and of the first-parse page, `profiling/` a production build with React's profiling renderer, so that
 * `<Profiler onRender>` counts commits (storm and isolation).
 */
export async function buildPages(): Promise<string> {
  // One build per time-to-paywall page, as each would be its own app: no page's chunks are split
  // differently because another page shares some of its modules.
  for (const [index, page] of timeToPaywallPages.entries()) {
    await build(pageConfig('production', [page], false, index === 0))
  }
  await build(pageConfig('production', ['first-parse'], false, false))
  await build(pageConfig('profiling', ['storm', 'isolation'], true))
  return distDir.replace(/\/$/, '')
}
