import { defineConfig } from 'tsdown'

export default defineConfig({
  // Named entries keep the published files flat (dist/msw.js, dist/server.js) whatever folder
  // their source lives in, so the package's `exports` and `bin` do not follow the source layout.
  entry: {
    index: 'src/index.ts',
    msw: 'src/servers/msw.ts',
    server: 'src/servers/server.ts',
    cli: 'src/servers/cli.ts',
  },
  platform: 'node',
  fixedExtension: false,
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
})
