import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { clientDirectiveProblems } from '../packages/react/scripts/check-client-directive.ts'

const made: string[] = []

function dist(index: string, client: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'paywall-kit-directive-'))
  made.push(directory)
  writeFileSync(join(directory, 'index.js'), index)
  writeFileSync(join(directory, 'client.js'), client)
  return directory
}

const serverSafeIndex = 'export { PaywallProvider } from "./client.js";\nexport * from "@paywall-kit/core";\n'
const clientChunk = '"use client";\nimport { useState } from "react";\nexport { PaywallProvider };\n'

afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true })
})

describe('given a build of @paywall-kit/react', () => {
  it('should accept an index that re-exports core and the client chunk, and a client chunk with the directive', () => {
    expect(clientDirectiveProblems(dist(serverSafeIndex, clientChunk))).toEqual([])
  })

  it("should refuse an index that starts with 'use client' (core would not be callable from the server)", () => {
    const problems = clientDirectiveProblems(dist(`'use client';\n${serverSafeIndex}`, clientChunk))
    expect(problems).toEqual([expect.stringMatching(/index\.js starts with 'use client'/)])
  })

  it('should refuse an index that imports client code itself', () => {
    const index = `${serverSafeIndex}import { useState } from "react";\nimport { t } from "./client-Bx1.js";\n`
    expect(clientDirectiveProblems(dist(index, clientChunk))).toEqual([
      expect.stringMatching(/imports "react"/),
      expect.stringMatching(/imports "\.\/client-Bx1\.js"/),
    ])
  })

  it("should refuse a client chunk without 'use client'", () => {
    const problems = clientDirectiveProblems(
      dist(serverSafeIndex, clientChunk.replace('"use client";\n', '')),
    )
    expect(problems).toEqual([expect.stringMatching(/client\.js must start with 'use client'/)])
  })
})
