/** One challenge of a `WWW-Authenticate` header: its scheme and its parameters (names in lower case). */
export interface Challenge {
  scheme: string
  params: Map<string, string>
}

/** Longer headers are read only this far: real challenges (an L402 macaroon and invoice included) fit in a few KiB. */
const maxHeaderLength = 16384

const isTokenChar = (char: string) => /[\w!#$%&'*+.^`|~-]/.test(char)

/**
 * The challenges of a `WWW-Authenticate` header (RFC 9110 §11.6.1): `Scheme name=value, name="quoted
 * \"value\"", Other …`. A token68 (`Bearer abc==`) comes out as a parameter no dialect asks for. Scanned once, character by character,
 * so a hostile header (unclosed quotes, endless commas) costs linear time; at most 10 challenges and
 * 20 parameters each. Never throws.
 */
export function parseChallenges(header: string | null): Challenge[] {
  const text = (header ?? '').slice(0, maxHeaderLength)
  const challenges: Challenge[] = []
  let current: Challenge | undefined
  let index = 0
  const token = () => {
    const start = index
    while (index < text.length && isTokenChar(text.charAt(index))) index++
    return text.slice(start, index)
  }
  const skip = (chars: RegExp) => {
    while (index < text.length && chars.test(text.charAt(index))) index++
  }
  while (index < text.length) {
    skip(/[\s,]/)
    const name = token()
    if (!name) {
      index++
      continue
    }
    skip(/[ \t]/)
    if (text.charAt(index) !== '=' || !current) {
      if (challenges.length === 10) break
      current = { scheme: name, params: new Map() }
      challenges.push(current)
      continue
    }
    index++
    skip(/[ \t]/)
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
      const start = index
      while (index < text.length && !/[\s,]/.test(text.charAt(index))) index++
      value = text.slice(start, index)
    }
    if (current.params.size < 20) current.params.set(name.toLowerCase(), value)
  }
  return challenges
}
