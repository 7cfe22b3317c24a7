// Runs every Vitest project (node, jsdom, real Chromium, Storybook, demo e2e) in one process and
// ends with the plain `N passed, N failed` line that CI reads; Vitest's own summary is not read.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. The real-browser tests need it:\n` +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chromium and set CHROMIUM_PATH to its binary.',
  )
  process.exit(1)
}

const outputDir = join(root, '.vitest')
const outputFile = join(outputDir, 'results.json')
mkdirSync(outputDir, { recursive: true })
rmSync(outputFile, { force: true })

const vitest = join(
  dirname(createRequire(join(root, 'package.json')).resolve('vitest/package.json')),
  'vitest.mjs',
)
const run = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } },
)

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(outputFile)) {
  const results = JSON.parse(readFileSync(outputFile, 'utf8'))
  passed = results.numPassedTests
  failed = results.numFailedTests
  skipped = results.numPendingTests + results.numTodoTests
}
const status = run.status ?? 1
// A crash before any test ran must not read as green.
if (status !== 0 && failed === 0) failed = 1
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(status)
