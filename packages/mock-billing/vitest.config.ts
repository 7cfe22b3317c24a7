import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  test: { name: 'mock-billing', environment: 'node', include: ['src/**/*.test.ts'] },
})
