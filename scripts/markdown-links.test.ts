import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anchorsOf, linkProblem, linksIn, markdownFiles } from './markdown-links.ts'

const root = join(import.meta.dirname, '..')

describe('given the markdown files of the repository', () => {
  const files = markdownFiles(root)

  it('should find the READMEs and docs', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/architecture.md',
        'packages/core/README.md',
        'packages/react/README.md',
        'bench/README.md',
      ]),
    )
  })

  it('should have every link point to a file or heading inside the repository', () => {
    const broken = files
      .flatMap((file) => linksIn(file, readFileSync(join(root, file), 'utf8')))
      .map((link) => ({ link, problem: linkProblem(root, link) }))
      .filter(({ problem }) => problem !== undefined)
      .map(({ link, problem }) => `${link.file}:${link.line} ${link.target} ${problem}`)
    expect(broken).toEqual([])
  })
})

describe('given a link checker', () => {
  const check = (target: string, file = 'README.md') => linkProblem(root, { file, line: 1, target })

  it('should refuse a link that leaves the repository', () => {
    expect(check('../shared/DESIGN.md')).toMatch(/outside the repository/)
    expect(check('../../../etc/passwd', 'packages/core/README.md')).toMatch(/outside the repository/)
  })

  it('should refuse a web address', () => {
    expect(check('https://example.com/docs')).toMatch(/outside the repository/)
  })

  it('should refuse a missing file and a missing heading', () => {
    expect(check('docs/nothing-here.md')).toMatch(/does not exist/)
    expect(check('bench/README.md#no-such-heading')).toMatch(/no heading/)
  })

  it('should accept files, folders and headings that exist', () => {
    expect(check('bench/README.md#why-the-size-goals-are-not-met')).toBeUndefined()
    expect(check('../react/README.md', 'packages/core/README.md')).toBeUndefined()
    expect(check('apps/demo')).toBeUndefined()
  })

  it('should read inline, image, reference and HTML links but not code', () => {
    const text = [
      'See [the guide](docs/a.md "title") and ![shot](docs/b.png).',
      '[ref]: ../outside.md',
      '<img src="docs/c.png" alt="">',
      'Inline `[not](a-link.md)` code.',
      '```md',
      '[inside](a-fence.md)',
      '```',
    ].join('\n')
    expect(linksIn('README.md', text).map((link) => link.target)).toEqual([
      'docs/a.md',
      'docs/b.png',
      '../outside.md',
      'docs/c.png',
    ])
  })

  it('should give headings the anchors GitHub gives them', () => {
    const anchors = anchorsOf('# A `<Tag>` title\n## Why, and how?\n## Why, and how?\n')
    expect([...anchors]).toEqual(['a-tag-title', 'why-and-how', 'why-and-how-1'])
  })
})
