/** One challenge of a `WWW-Authenticate` header: its scheme and its parameters (names in lower case). */
export interface Challenge {
  scheme: string
  params: Map<string, string>
}

/** Longer headers are read only this far: real challenges (an L402 macaroon and invoice included) fit in a few KiB. */
const maxHeaderLength = 16384

// Sticky patterns: each reads from `lastIndex` only, so the scan below stays one pass.
const tokenPattern = /[\w!#$%&'*+.^`|~-]*/y
const separatorPattern = /[\s,]*/y
const spacePattern = /[ \t]*/y
const unquotedPattern = /[^\s,]*/y

/**
 * The challenges of a `WWW-Authenticate` header (RFC 9110 §11.6.1): `Scheme name=value, name="quoted
 * \"value\"", Other …`. A token68 (`Bearer abc==`) comes out as a parameter no dialect asks for.
 * Scanned once, left to right, so a hostile header (unclosed quotes, endless commas) costs linear
 * time; at most 10 challenges and 20 parameters each. Never throws.
 */
export function parseChallenges(header: string | null): Challenge[] {
  const text = (header ?? '').slice(0, maxHeaderLength)
  const challenges: Challenge[] = []
  let current: Challenge | undefined
  let index = 0
  const read = (pattern: RegExp) => {
    pattern.lastIndex = index
    const match = pattern.exec(text)?.[0] ?? ''
    index += match.length
    return match
  }
  while (index < text.length) {
    read(separatorPattern)
    const name = read(tokenPattern)
    if (!name) {
      index++
      continue
    }
    read(spacePattern)
    if (text.charAt(index) !== '=' || !current) {
      if (challenges.length === 10) break
      current = { scheme: name, params: new Map() }
      challenges.push(current)
      continue
    }
    index++
    read(spacePattern)
    let value = ''
    if (text.charAt(index) === '"') {
      index++
      while (index < text.length && text.charAt(index) !== '"') {
        if (text.charAt(index) === '\\') index++
        value += text.charAt(index)
        index++
      }
      index++
    } else {
      value = read(unquotedPattern)
    }
    if (current.params.size < 20) current.params.set(name.toLowerCase(), value)
  }
  return challenges
}
