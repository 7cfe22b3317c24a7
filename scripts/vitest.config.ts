import { defineProject } from 'vitest/config'

/** Checks of the repository itself: links in its markdown, the packed packages, the README's code. */
export default defineProject({
  test: {
    name: 'repo',
    environment: 'node',
    include: ['**/*.test.ts'],
    // `tsc` and `npm pack` run as child processes on two shared cores.
    testTimeout: 60_000,
  },
})
