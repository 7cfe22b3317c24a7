import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  test: {
    name: 'devtools',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.tsx'],
    setupFiles: ['./test/setup.ts'],
    // axe over the whole panel and several user-event flows per test: slow on a busy two-core machine.
    testTimeout: 20_000,
  },
})
