import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'next-check',
    // jsdom only for DOMParser, to read the prerendered HTML as a browser would.
    environment: 'jsdom',
    include: ['next-build.test.ts'],
    // `next build` of a small app takes about 30 s on two idle cores; shared cores are slower.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
})
