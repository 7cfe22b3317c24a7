import type { Dialect } from '../internal/found'
import { isHuman, plainText } from '../internal/text'

/** Plain text of the page's `<title>` and headings, in document order, at most four. */
function headings(html: string): string[] {
  const found: string[] = []
  // `[^>]{0,200}` and the indexOf-style search for the closing tag keep this linear on hostile pages.
  const open = /<(title|h[1-6])\b[^>]{0,200}>/gi
  for (let match = open.exec(html); match && found.length < 4; match = open.exec(html)) {
    const close = new RegExp(`</${match[1]}\\s*>`, 'gi')
    close.lastIndex = open.lastIndex
    const end = close.exec(html)
    if (!end) break
    const text = plainText(html.slice(open.lastIndex, Math.min(end.index, open.lastIndex + 400)), 80)
    if (text) found.push(text)
    open.lastIndex = close.lastIndex
  }
  return found
}

/**
 * `text/html` pages (or text that starts with a tag). Never rendered: only the first human
 * heading becomes the title, as plain text; links, scripts and body copy are ignored.
 */
export const html: Dialect = ({ headers, body }) => {
  if (typeof body !== 'string' || !(/html/i.test(headers.get('content-type') ?? '') || /^\s*</.test(body)))
    return null
  const texts = headings(body)
  // `<html lang="de">` says which language the heading is in; bounded like `headings`.
  const language = /<html\b[^>]{0,200}?\slang\s*=\s*["']?([\w-]{1,35})/i.exec(body)?.[1]
  return { dialect: 'html', title: texts.find(isHuman), language, hints: texts }
}
