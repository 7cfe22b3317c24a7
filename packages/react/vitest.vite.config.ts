import { defineProject } from 'vitest/config'

/**
 * Tests that start Vite themselves (a real dev server and a production build of a tiny host page)
 * and open the page in Chromium: what a new user's Vite app sees, which jsdom and Vitest's own
 * transform (both give the page a `process`) cannot show.
 */
export default defineProject({
  test: {
    name: 'react-vite',
    environment: 'node',
    include: ['src/**/*.vite.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
})
