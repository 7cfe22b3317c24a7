/**
 * Characters an address must not hold: space and `@` (one `@` only), quotes and angle brackets
 * (markup), and `? & # /`, which would turn a `mailto:` link into a different recipient, a subject or
 * a path.
 */
const address = /^[^\s@?&#/<>"']+@[^\s@?&#/<>"']+\.[^\s@?&#/<>"']+$/

/** Addresses are at most 254 characters (RFC 5321); anything longer is not one. */
const MAX_EMAIL_LENGTH = 254

/**
 * Whether `value` is a plain e-mail address, safe to show and to put after `mailto:`: `name@host.tld`
 * with none of the characters above. Deliberately simpler than RFC 5322: a support address never
 * needs quotes or comments.
 * @internal Shared by core and `@paywall-kit/react`; not part of the public API.
 */
export const isEmail = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_EMAIL_LENGTH && address.test(value)
