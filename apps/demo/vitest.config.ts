import { defineConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared.ts'

export default defineConfig({
  ...sourceConditions,
  test: {
    name: 'demo-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Each test is a whole user journey in a real browser, on two shared cores.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
