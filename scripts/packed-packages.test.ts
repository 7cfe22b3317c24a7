import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const published = ['core', 'react', 'mock-billing', 'devtools'] as const

interface PackResult {
  files: { path: string }[]
}

/** The files npm would put in the tarball (`npm pack --dry-run`), as a user would download them. */
function packedFiles(directory: string): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: directory,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const [result] = JSON.parse(output) as PackResult[]
  return result?.files.map((file) => file.path) ?? []
}

describe.each(published)('given the published package %s', (name) => {
  const directory = join(root, 'packages', name)
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'))
  const files = packedFiles(directory)

  it('should ship its MIT LICENSE, as package.json says', () => {
    expect(manifest.license).toBe('MIT')
    expect(files).toContain('LICENSE')
    expect(readFileSync(join(directory, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'))
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
  })

  it('should say where its source lives', () => {
    expect(manifest.repository).toEqual({
      type: 'git',
      url: expect.stringMatching(/^git\+https:\/\/.+\.git$/),
      directory: `packages/${name}`,
    })
  })

  it('should ship no tests or test helpers', () => {
    expect(files.filter((file) => /\.test(-d)?\.|(^|\/)(tests?|__tests__)\//.test(file))).toEqual([])
  })

  it('should install on Node 20, where it runs, while the workspace tooling needs newer', () => {
    expect(manifest.engines).toEqual({ node: '>=20' })
    const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(workspace.engines.node).toBe('>=22.12')
  })
})
