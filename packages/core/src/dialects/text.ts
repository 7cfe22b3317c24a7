import type { Dialect } from '../internal/found'

/**
 * The last resort: empty bodies, plain text and other JSON values. Short text is the server's
 * sentence and can be the message; long text (a stack trace, a page dump) only feeds the reason.
 */
export const text: Dialect = ({ body }) => {
  const trimmed = typeof body === 'string' ? body.trim() : body
  if (trimmed == null || trimmed === '') return { dialect: 'empty' }
  if (typeof trimmed !== 'string') return { dialect: 'json' }
  return trimmed.length > 500 ? { dialect: 'text', hints: [trimmed] } : { dialect: 'text', message: trimmed }
}
