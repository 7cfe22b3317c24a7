import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * The React package's jsdom (and `@vitest-environment node`) suite on React 18.3.1, the oldest major
 * its peer range allows. Aliases reach the code Vite transforms (the kit and its tests); the first
 * setup file redirects Node's resolver for everything in node_modules. test/react-18 asserts at
 * runtime that React 18 is what renders, so this project cannot pass on React 19 by accident.
 */
export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  resolve: {
    ...sourceConditions.resolve,
    // Exact matches, so `react-dom` does not also swallow `react-dom/client`.
    alias: [
      { find: /^react$/, replacement: here('./node_modules/react-18/index.js') },
      { find: /^react\/jsx-runtime$/, replacement: here('./node_modules/react-18/jsx-runtime.js') },
      { find: /^react\/jsx-dev-runtime$/, replacement: here('./node_modules/react-18/jsx-dev-runtime.js') },
      { find: /^react-dom$/, replacement: here('./node_modules/react-dom-18/index.js') },
      { find: /^react-dom\/client$/, replacement: here('./node_modules/react-dom-18/client.js') },
      // A package path, not a file: its `exports` pick the browser or Node build per environment.
      { find: /^react-dom\/server$/, replacement: 'react-dom-18/server' },
      { find: /^react-dom\/test-utils$/, replacement: here('./node_modules/react-dom-18/test-utils.js') },
    ],
  },
  test: {
    name: 'react-18',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/react-18/**/*.test.{ts,tsx}'],
    exclude: [
      // Real Chromium: the `react-browser` project runs these, on React 19 only.
      'src/**/*.browser.test.tsx',
      // A Vite dev server and build in Chromium: the `react-vite` project runs them.
      'src/**/*.vite.test.ts',
      // Asserts no console.error while the "server" render runs in jsdom, where React 18 (not 19)
      // warns about every useLayoutEffect. test/react-18/hydration.test.tsx runs the same hydration
      // allowing only that warning, and test/react-18/react-18-server-rendering.test.tsx shows a
      // real server (no document) renders without it.
      'src/tests/hydration.test.tsx',
    ],
    setupFiles: ['./test/react-18/use-react-18.ts', './test/setup.ts'],
  },
})
