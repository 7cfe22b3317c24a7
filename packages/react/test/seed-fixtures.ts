import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One seed 402 response from the repository's `fixtures/seed-402`, with what parsing it should give. */
export interface SeedFixture {
  name: string
  status: number
  headers: Record<string, string>
  body: unknown
  expect: {
    reason?: string
    code?: string
    requestId?: string
    timestamp?: string
    docUrl?: string
    actionUrl?: string
    plans?: string[]
    usage?: { used: number; limit: number; resetsAt?: string }
    dialect?: string
    noMarkupInText?: boolean
  }
}

// `import.meta.url` is not a file URL under jsdom; the directory name is.
const directory = join(import.meta.dirname, '../../../fixtures/seed-402')

export const seedFixtures: SeedFixture[] = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    ...JSON.parse(readFileSync(join(directory, file), 'utf8')),
  }))
