import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'next-check',
    // jsdom only for DOMParser, to read the prerendered HTML as a browser would.
    environment: 'jsdom',
    include: ['next-build.test.ts', 'dev-warnings.test.ts'],
    // One at a time: `next build` starts by deleting the `.next` that `next dev` writes into, and two
    // Next compilers at once on two cores only make both slower.
    fileParallelism: false,
    // `next build` of a small app takes about 30 s on two idle cores; shared cores are slower.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
})
