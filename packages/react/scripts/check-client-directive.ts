import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const directive = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/
const importedFrom = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g

/** What `dist/index.js` may import: core's functions and the client half, nothing that needs React. */
const serverSafeImports = new Set(['@paywall-kit/core', './client.js'])

/**
 * Problems with where `'use client'` ended up in a build of `@paywall-kit/react` (none: an empty list).
 * React Server Components must be able to import `dist/index.js` and call core's functions, so it must
 * carry no directive and import nothing but core and `./client.js`; `dist/client.js` must start with
 * the directive so the provider, hooks and components are client references.
 */
export function clientDirectiveProblems(outDir: string): string[] {
  const problems: string[] = []
  const index = readFileSync(join(outDir, 'index.js'), 'utf8')
  const client = readFileSync(join(outDir, 'client.js'), 'utf8')
  if (directive.test(index)) {
    problems.push(
      `${join(outDir, 'index.js')} starts with 'use client': core would not be callable from the server`,
    )
  }
  for (const [, from, bare] of index.matchAll(importedFrom)) {
    const specifier = from ?? bare
    if (specifier && !serverSafeImports.has(specifier)) {
      problems.push(
        `${join(outDir, 'index.js')} imports "${specifier}": export client code from src/client.ts, not src/index.ts`,
      )
    }
  }
  if (!directive.test(client)) {
    problems.push(`${join(outDir, 'client.js')} must start with 'use client' (React Server Components)`)
  }
  return problems
}

// `node scripts/check-client-directive.ts`: run by the package's build script after tsdown.
if (import.meta.main) {
  const problems = clientDirectiveProblems(join(import.meta.dirname, '..', 'dist'))
  if (problems.length > 0) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
}
