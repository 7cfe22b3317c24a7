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
    exclude: ['src/**/*.browser.test.tsx'],
    setupFiles: ['./test/setup.ts'],
  },
})
