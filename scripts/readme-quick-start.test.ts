import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/** The first `tsx` code block of the README's "Quick start" section, exactly as written. */
function quickStart(readme: string): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Quick start\n'))
  const code = section?.match(/^```tsx\n([\s\S]*?)^```$/m)?.[1]
  if (!code) throw new Error('a README has no tsx block under "## Quick start"')
  return code
}

/** Type-checks `code` as an app's module that imports the workspace's packages, with the repo's settings. */
function typecheck(code: string): { status: number | null; output: string } {
  // Inside the repository, so `@paywall-kit/react` and React's types resolve as in an app.
  const directory = join(root, '.vitest', 'readme-quick-start')
  rmSync(directory, { recursive: true, force: true })
  mkdirSync(directory, { recursive: true })
  writeFileSync(join(directory, 'app.tsx'), code)
  writeFileSync(
    join(directory, 'tsconfig.json'),
    // `vite/client` declares `*.css` imports, as a Vite app's (or Next's `next-env.d.ts`) would.
    JSON.stringify({
      extends: '../../tsconfig.base.json',
      compilerOptions: { types: ['node', 'vite/client'] },
      include: ['app.tsx'],
    }),
  )
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', directory], { encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe.each(['README.md', 'packages/react/README.md'])('given the Quick start of %s', (readme) => {
  const code = quickStart(readFileSync(join(root, readme), 'utf8'))

  it('should compile as written', () => {
    const { status, output } = typecheck(code)
    expect(output).toBe('')
    expect(status).toBe(0)
  })

  it('should show a real allowedOrigins', () => {
    expect(code).toContain("allowedOrigins={['https://billing.acme.com']}")
  })

  it('should fail to compile when a name is used that the snippet never defines', () => {
    const { status, output } = typecheck(code.replace('<Reports />', '<Reports />\n        <Dashboard />'))
    expect(output).toMatch(/Cannot find name 'Dashboard'/)
    expect(status).not.toBe(0)
  })
})
