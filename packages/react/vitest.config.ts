import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // `*.ssr.test.tsx` files run here too, each in Node via `// @vitest-environment node`.
    // `*.vite.test.ts` start Vite and Chromium themselves: the `react-vite` project runs them.
    exclude: ['src/**/*.browser.test.tsx', 'src/**/*.vite.test.ts'],
    setupFiles: ['./test/setup.ts'],
  },
})
