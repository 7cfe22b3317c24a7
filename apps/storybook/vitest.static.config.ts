import { defineProject, mergeConfig } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared.ts'

/**
 * The static build as a visitor gets it: built with the CLI, served from a sub-path of a plain HTTP
 * server, the interactive story run in real Chromium with the MSW worker.
 */
export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'storybook-static',
      environment: 'node',
      include: ['static/**/*.test.ts'],
      // The build (~7 s on two idle cores) runs in beforeAll; the bound leaves room for a busy machine.
      hookTimeout: 180_000,
      testTimeout: 30_000,
    },
  }),
)
