import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts', 'src/msw.ts', 'src/server.ts', 'src/cli.ts'],
  platform: 'node',
  fixedExtension: false,
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
})
