const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * Server text made safe to show as plain text: entities decoded, tags and control characters
 * removed, whitespace collapsed, cut at a word boundary to `max` characters.
 */
export function plainText(value: unknown, max: number): string | undefined {
  if (typeof value === 'number') value = String(value)
  if (typeof value !== 'string') return
  const text = value
    // Bounded first so that no pattern below can go quadratic on a hostile body.
    .slice(0, max * 4)
    .replace(/&(?:#(x?)([\da-f]{1,6})|([a-z]{2,4}));/gi, (match, hex, digits, name) => {
      const code = Number.parseInt(digits, hex ? 16 : 10)
      return name
        ? (entities[name.toLowerCase()] ?? match)
        : code > 0 && code < 1114112
          ? String.fromCodePoint(code)
          : match
    })
    .replace(/<[^>]*>/g, ' ')
    // Whitespace first: a line break between two sentences must become a space, not vanish.
    .replace(/\s+/g, ' ')
    .replace(/[<>\p{Cc}\p{Cf}]/gu, '')
    .trim()
  if (text)
    return text.length > max
      ? `${text
          .slice(0, max - 1)
          .replace(/\s+\S*$|[\ud800-\udbff]$/, '')
          .replace(/[\s,.;:]+$/, '')}…`
      : text
}

/**
 * Whether the text is a human sentence or heading, not HTTP jargon ("402 Payment Required",
 * "Error") or a bare code (`SUBSCRIPTION_EXPIRED`).
 */
export const isHuman = (text: unknown): text is string =>
  typeof text === 'string' &&
  text
    .replace(/\b(http|error|status|code|402|payment required)\b/gi, '')
    .split(/\s+/)
    .filter((word) => /\p{L}{2}/u.test(word)).length > 1

/** A server identifier (code, request id): a short single token, kept verbatim. */
export const isCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[\w.:-]{1,100}$/.test(value)
