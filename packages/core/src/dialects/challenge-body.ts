import type { Found, Seen } from '../internal/found'
import { html } from './html'
import { json } from './json'
import { text } from './text'

/**
 * What the body beside a `WWW-Authenticate` challenge says (an MPP problem+json, an L402 server's
 * JSON, HTML or text message), so that its words reach the paywall along with the challenge's price.
 */
export const challengeBody = (seen: Seen): Omit<Found, 'dialect'> => {
  const { dialect: _dialect, ...found } = json(seen) ?? html(seen) ?? text(seen) ?? { dialect: '' }
  return found
}
