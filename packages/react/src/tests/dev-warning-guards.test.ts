import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Every package's source, tests aside: what ships.
const packages = join(import.meta.dirname, '../../..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\./.test(entry.name) ? [path] : []
  })
}

describe('given the development warnings of every package', () => {
  it('should guard them with the plain process.env.NODE_ENV check that bundlers replace', () => {
    const files = readdirSync(packages).flatMap((name) => sources(join(packages, name, 'src')))
    expect(files.length).toBeGreaterThan(50)
    // `typeof process` is false in a Vite dev page (no `process` there), so a warning behind it never shows.
    const guarded = files.filter((file) => /typeof\s+process\b/.test(readFileSync(file, 'utf8')))
    expect(guarded).toEqual([])
  })
})
