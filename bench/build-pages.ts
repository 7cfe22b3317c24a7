import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, defaultClientConditions, type InlineConfig } from 'vite'

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url))
const distDir = fileURLToPath(new URL('./dist/', import.meta.url))

function pageConfig(name: 'production' | 'profiling', pages: string[], profiling: boolean): InlineConfig {
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
      emptyOutDir: true,
      rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page, `${pagesDir}${page}.html`])) },
    },
  }
}

/**
 * Builds the benchmark pages with Vite and returns the folder to serve: `production/` holds a plain production
 * build (the time-to-paywall pages), `profiling/` a production build with React's profiling renderer, so that
 * `<Profiler onRender>` counts commits (storm and isolation).
 */
export async function buildPages(): Promise<string> {
  await build(pageConfig('production', ['time-to-paywall-kit', 'time-to-paywall-baseline'], false))
  await build(pageConfig('profiling', ['storm', 'isolation'], true))
  return distDir.replace(/\/$/, '')
}
