import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'
import { chromiumBrowser, sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  optimizeDeps: {
    include: ['react', 'react-dom/client', '@tanstack/react-query', '@tanstack/react-devtools', 'radix-ui'],
  },
  test: {
    name: 'devtools-browser',
    include: ['src/**/*.browser.test.tsx'],
    browser: chromiumBrowser(),
    testTimeout: 20_000,
  },
})
