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

/** HTTP and error jargon that says nothing to a user on its own ("402 Payment Required", "Error"). */
const jargon = /\b(https?|errors?|status|code|402|payment required)\b/gi

/** Words left once jargon is taken out, that have at least one letter (`word`) or two in a row (`long`). */
const wordsBeyondJargon = (text: string, kind: 'word' | 'long') =>
  text
    .replace(jargon, '')
    .split(/\s+/)
    .filter((word) => (kind === 'long' ? /\p{L}{2}/u : /\p{L}/u).test(word)).length

/**
 * What machines write for machines, never meant for a user: serialised values, HTTP client errors,
 * stack traces, runtime errors and database errors. Each pattern is a shape such text has and a
 * sentence written for a user does not; a false alarm only costs the server's wording (the default
 * copy for the reason is shown instead).
 */
const machinePatterns: readonly RegExp[] = [
  // Serialised values: `[object Object]`, JSON or Python dumps, bare literals.
  /\[object \w*\]/i,
  /^\s*(\{\s*["'}]|\[\s*[[{"'\d\]])/,
  /["'][\w$-]+["']\s*:/,
  /^\s*(null|undefined|nan|none|nil|true|false|-?infinity)\s*$/i,
  // HTTP clients (axios, ky, ofetch, fetch) and raw status lines.
  /\brequest failed\b|\bfailed to fetch\b|\bnetworkerror\b|\bload failed\b/i,
  /\b(status|error|code)( code)?\s*[:=]?\s*[1-5]\d\d\b/i,
  /\bHTTP(\/[\d.]+)?(\s+error)?\s*:?\s*[1-5]\d\d\b/i,
  /\b[1-5]\d\d\s+(Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i,
  /\[?\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\]?\s+["']?(https?:\/\/|\/)/,
  // Stack traces: V8 `at fn (file.js:1:2)`, Firefox/Safari `fn@file.js:1:2`, Python, Java, Go, Ruby.
  /\bat\s+(\S+\s+)?\(?\S*[/\\.]\S*:\d+:\d+\)?/,
  /[\w$]@\S+:\d+:\d+/,
  /Traceback \(most recent call last\)|\bFile "[^"]+", line \d+/,
  /\.(m?[jt]sx?|cjs|py|rb|java|kt|go|php|cs|rs|ex|exs)[:(]\d+/,
  // Runtime errors, named by class (TypeError, AxiosError, NullPointerException) or by their wording.
  /\b[A-Z][a-z\d]*([A-Z][a-z\d]*)*(Error|Exception)\b/,
  /\b(undefined|null) is not\b|\bcannot read propert|\bis not a function\b|\bis not defined\b|\bunexpected token\b/i,
  // Databases and their drivers (keywords in capitals only: "Select a plan from…" is a sentence).
  /\bSQL(STATE|ite)?\b|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.*\bSET\b|\bDELETE FROM\b|\bORA-\d{5}\b|\bER_[A-Z_]+\b/,
  /\bsyntax error at or near\b|\b(relation|column|table) \S+ does not exist\b|\bviolates \S+( \S+)? constraint\b|\bduplicate (key|entry)\b|\bdeadlock detected\b/i,
]

/** Whether the text is machine output (see `machinePatterns`) rather than words for a user. */
export const isMachineText = (text: string): boolean => machinePatterns.some((pattern) => pattern.test(text))

/** A single token shaped like an identifier (`SUBSCRIPTION_EXPIRED`, `plan.pro`, `upgradeNow`), not a word. */
const isIdentifier = (text: string) => /^[\w.:-]+$/.test(text) && /[_.:\d]|[a-z][A-Z]/.test(text)

/**
 * Whether the text is a human sentence or heading, not HTTP jargon ("402 Payment Required",
 * "Error"), a bare code (`SUBSCRIPTION_EXPIRED`) or machine text (`[object Object]`, "Request failed
 * with status code 402", a stack trace, an SQL error, a JSON dump).
 */
export const isHuman = (text: unknown): text is string =>
  typeof text === 'string' && wordsBeyondJargon(text, 'long') > 1 && !isMachineText(text)

/**
 * Whether the text can name something on its own, as a button label or a plan name does ("Renew",
 * "Pro"): one word is enough, but not jargon ("402", "Error", "Payment Required"), a bare code or
 * machine text.
 */
export const isName = (text: unknown): text is string =>
  typeof text === 'string' &&
  wordsBeyondJargon(text, 'word') > 0 &&
  !isIdentifier(text.trim()) &&
  !isMachineText(text)

/** A server identifier (code, request id): a short single token, kept verbatim. */
export const isCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[\w.:-]{1,100}$/.test(value)
