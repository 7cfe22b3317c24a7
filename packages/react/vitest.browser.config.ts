import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'
import { chromiumBrowser, sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  optimizeDeps: {
    include: ['react', 'react-dom/client', '@tanstack/react-query', 'radix-ui', 'msw', 'msw/browser'],
  },
  test: {
    name: 'react-browser',
    include: ['src/**/*.browser.test.tsx'],
    browser: chromiumBrowser(),
  },
})
