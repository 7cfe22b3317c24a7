import type { Dialect } from '../internal/found'
import { isHuman } from '../internal/text'

/**
 * The first whole sentences of a paragraph that fit a message (280 characters); nothing when even
 * the first sentence does not, so that a dump is never shown cut mid-way.
 */
const sentences = (paragraph: string) =>
  paragraph.length > 281 ? /^.{0,280}[.!?](?= )/.exec(paragraph)?.[0] : paragraph

/**
 * The last resort: empty bodies, plain text and other JSON values. The message is the first human
 * paragraph (consecutive lines without a URL or `key=value`), cut to whole sentences; the whole
 * text only feeds the reason. A line `Label: URL` (an http(s) URL or a root-relative path) offers
 * the action, labelled by its label, like a link in JSON, so it passes `safeHref` and
 * `allowedOrigins`. URLs inside sentences are not taken: nothing says what they lead to.
 */
export const text: Dialect = ({ body }) => {
  const trimmed = typeof body === 'string' ? body.trim() : body
  if (trimmed == null || trimmed === '') return { dialect: 'empty' }
  if (typeof trimmed !== 'string') return { dialect: 'json' }
  let message: string | undefined
  let action: { label: string; url: string } | undefined
  let paragraph = ''
  // The trailing line break closes the last paragraph.
  for (let line of `${trimmed}\n`.split('\n')) {
    line = line.trim()
    const link = /^([^:]{1,40}):\s*(https?:\/\/\S+|\/\S*)$/i.exec(line)
    if (link) action ??= { label: link[1] as string, url: link[2] as string }
    if (link || !line || /:\/\/|\S=\S/.test(line)) {
      const candidate = sentences(paragraph)
      if (!message && isHuman(candidate)) message = candidate
      paragraph = ''
    } else paragraph += ` ${line}`
  }
  return { dialect: 'text', message, action, hints: [trimmed] }
}
