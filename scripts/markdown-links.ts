import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** One link found in a markdown file. */
export interface MarkdownLink {
  /** The markdown file, relative to the repository root. */
  file: string
  line: number
  target: string
}

/** The markdown files whose links must stay inside the repository, relative to `root`. */
export function markdownFiles(root: string): string[] {
  const inDirectory = (directory: string, recursive: boolean): string[] =>
    existsSync(join(root, directory))
      ? readdirSync(join(root, directory), { recursive, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
          .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      : []
  const readmes = (parent: string) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent))
          .map((name) => join(parent, name, 'README.md'))
          .filter((file) => existsSync(join(root, file)))
      : []
  return [
    'README.md',
    ...inDirectory('docs', true),
    ...readmes('packages'),
    ...readmes('apps'),
    'bench/README.md',
    'fixtures/README.md',
  ]
    .filter((file) => existsSync(join(root, file)))
    .map((file) => file.split(sep).join('/'))
}

const inlineLink = /!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
const referenceDefinition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/
const htmlAttribute = /\s(?:href|src)\s*=\s*["']([^"']+)["']/g

/** Every link target in a markdown text, outside code blocks and inline code. */
export function linksIn(file: string, text: string): MarkdownLink[] {
  const links: MarkdownLink[] = []
  let fence: string | undefined
  text.split('\n').forEach((raw, index) => {
    const opening = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1]
    if (fence) {
      if (opening?.startsWith(fence)) fence = undefined
      return
    }
    if (opening) {
      fence = opening
      return
    }
    const line = raw.replace(/(`+)[\s\S]*?\1/g, '')
    const found = [
      ...[...line.matchAll(inlineLink)].map((match) => match[1]),
      ...[...line.matchAll(htmlAttribute)].map((match) => match[1]),
      referenceDefinition.exec(line)?.[1],
    ]
    for (const target of found) if (target) links.push({ file, line: index + 1, target })
  })
  return links
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/<[^>]*>/g, (tag) => tag.replace(/[<>/]/g, ''))
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** The anchors GitHub gives the headings of a markdown text (a repeated heading gets `-1`, `-2` …). */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  let fence: string | undefined
  for (const line of text.split('\n')) {
    const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (opening?.startsWith(fence)) fence = undefined
      continue
    }
    if (opening) {
      fence = opening
      continue
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading === undefined) continue
    const base = slug(heading)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

/**
 * What is wrong with a link, or `undefined` when it resolves to a file (or a heading of a markdown
 * file) inside the repository. Web addresses count as outside: the docs must work in a clone.
 */
export function linkProblem(root: string, link: MarkdownLink): string | undefined {
  const { target } = link
  if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//')) {
    return 'points outside the repository (a web address or another scheme)'
  }
  const [rawPath = '', anchor] = target.split('#', 2)
  const path = decodeURIComponent(rawPath)
  const from = join(root, dirname(link.file))
  const file =
    path === '' ? join(root, link.file) : path.startsWith('/') ? join(root, path) : resolve(from, path)
  const inside = relative(root, file)
  if (inside.startsWith('..') || resolve(root, inside) !== file) return 'points outside the repository'
  if (!existsSync(file)) return `points to ${inside.split(sep).join('/')}, which does not exist`
  if (anchor && statSync(file).isFile() && file.endsWith('.md')) {
    if (!anchorsOf(readFileSync(file, 'utf8')).has(anchor)) {
      return `points to #${anchor}, which is no heading of ${inside.split(sep).join('/')}`
    }
  }
  return undefined
}
