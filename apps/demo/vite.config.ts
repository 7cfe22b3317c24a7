import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

export default defineConfig({
  // Relative asset URLs, so the build works from any static host and any sub-path.
  base: './',
  plugins: [react()],
  resolve: { conditions: ['@paywall-kit/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
