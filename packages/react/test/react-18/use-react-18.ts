import { createRequire, registerHooks } from 'node:module'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)

/** Each React entry the kit, its tests and their dependencies import, and its React 18 copy. */
const targets: Record<string, string> = {
  react: 'react-18',
  'react/jsx-runtime': 'react-18/jsx-runtime',
  'react/jsx-dev-runtime': 'react-18/jsx-dev-runtime',
  'react-dom': 'react-dom-18',
  'react-dom/client': 'react-dom-18/client',
  'react-dom/server': 'react-dom-18/server',
  'react-dom/test-utils': 'react-dom-18/test-utils',
}

const react18Urls = new Map(
  Object.entries(targets).map(([specifier, target]) => [
    specifier,
    pathToFileURL(require.resolve(target)).href,
  ]),
)

// Vite's aliases only reach code Vite transforms. Dependencies in node_modules (testing-library,
// react-query, radix-ui, and react-dom-18 itself, whose `react` peer pnpm links to React 19 because
// the workspace's `react` is 19) load through Node, so Node's resolver needs the same redirect.
registerHooks({
  resolve(specifier, context, nextResolve) {
    const url = react18Urls.get(specifier)
    return url ? { url, format: 'commonjs', shortCircuit: true } : nextResolve(specifier, context)
  },
})
