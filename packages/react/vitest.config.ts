import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.tsx', 'src/**/*.ssr.test.tsx'],
    setupFiles: ['./test/setup.ts'],
  },
})
