import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

const config: NextConfig = {
  // The workspace root, where pnpm links @paywall-kit/react from packages/react.
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  // `pnpm typecheck` checks this app with the workspace's TypeScript; Next's own check needs the
  // TypeScript compiler API, which TypeScript 7 does not have (TOOLCHAIN.md).
  typescript: { ignoreBuildErrors: true },
  // `next dev` (dev-warnings.test.ts) otherwise writes an AGENTS.md into the app on every start.
  agentRules: false,
  experimental: { agentUpgrade: false },
}

export default config
