import { afterEach, describe, expect, it, vi } from 'vitest'
import { safeHref } from './safe-href'

const base = 'https://app.example.com/dashboard/'

describe('given an absolute http(s) URL', () => {
  it.each([
    ['https://billing.example.com/renew?plan=pro#top', 'https://billing.example.com/renew?plan=pro#top'],
    ['http://billing.example.com', 'http://billing.example.com/'],
    ['  https://billing.example.com/a  ', 'https://billing.example.com/a'],
    ['HTTPS://Billing.Example.com/A', 'https://billing.example.com/A'],
  ])('should accept %j as %j when its origin is listed', (url, href) => {
    expect(
      safeHref(url, { allowedOrigins: ['https://billing.example.com', 'http://billing.example.com'] }),
    ).toBe(href)
  })

  it('should accept a URL object when its origin is listed', () => {
    expect(
      safeHref(new URL('https://billing.example.com/x'), { allowedOrigins: ['https://billing.example.com'] }),
    ).toBe('https://billing.example.com/x')
  })
})

describe('given no allowedOrigins (the default)', () => {
  it('should keep an absolute URL on the page’s own origin, and relative links', () => {
    expect(safeHref('https://app.example.com/billing', { base })).toBe('https://app.example.com/billing')
    expect(safeHref('/billing', { base })).toBe('https://app.example.com/billing')
    expect(safeHref('/billing')).toBe('/billing')
  })

  it.each([
    'http://evil.example/pay',
    'https://billing.example.com/renew',
    'http://app.example.com/billing',
    'https://app.example.com:8443/billing',
  ])('should drop %j, on another origin', (url) => {
    expect(safeHref(url, { base })).toBeUndefined()
  })

  it('should drop every absolute URL where there is no page (a server, or base: "")', () => {
    expect(safeHref('https://app.example.com/billing')).toBeUndefined()
    expect(safeHref('https://app.example.com/billing', { base: '' })).toBeUndefined()
  })
})

describe('given an IDN look-alike of a listed origin', () => {
  const allowedOrigins = ['https://apple.com']

  it.each([
    'https://xn--pple-43d.com/billing',
    'https://\u0430pple.com/billing',
    'https://APPLE.com.xn--80ak6aa92e.com/billing',
  ])('should drop %j: it is another origin', (url) => {
    expect(safeHref(url, { allowedOrigins, base })).toBeUndefined()
    expect(safeHref(url, { base })).toBeUndefined()
  })

  it('should keep it only when that exact origin is listed, in Unicode or in punycode', () => {
    expect(safeHref('https://\u0430pple.com/billing', { allowedOrigins: ['https://xn--pple-43d.com'] })).toBe(
      'https://xn--pple-43d.com/billing',
    )
    expect(safeHref('https://xn--pple-43d.com/billing', { allowedOrigins: ['https://\u0430pple.com'] })).toBe(
      'https://xn--pple-43d.com/billing',
    )
  })
})

describe('given a dangerous URL', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript\n:alert(1)',
    '\u0000javascript:alert(1)',
    'jav\u0000ascript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'javascript\u00a0:alert(1)',
    'javascript:/*https://x*/alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'blob:https://app.example.com/uuid',
    'file:///etc/passwd',
    'FILE://c:/windows',
    'ftp://example.com/file',
    'mailto:a@example.com',
    'tel:+123',
    'https://user:pass@billing.example.com/',
    'https://user@billing.example.com/',
    'https://billing.example.com@evil.example/',
    '//evil.example/phish',
    '\\\\evil.example/phish',
    '/\\evil.example/phish',
    '\\/evil.example/phish',
    'https://bill ing.example.com/',
    '',
    '   ',
  ])('should reject %j', (url) => {
    expect(safeHref(url, { base })).toBeUndefined()
    expect(safeHref(url)).toBeUndefined()
  })

  it.each([undefined, null, 42, {}, ['https://x.example'], { href: 'https://x.example' }])(
    'should reject the non-string %j',
    (url) => {
      expect(safeHref(url)).toBeUndefined()
    },
  )

  it('should reject a URL over 2048 characters', () => {
    expect(safeHref(`https://example.com/${'a'.repeat(2100)}`)).toBeUndefined()
  })
})

describe('given a relative URL and a base', () => {
  it.each([
    ['/billing', 'https://app.example.com/billing'],
    ['./billing?x=1', 'https://app.example.com/dashboard/billing?x=1'],
    ['../settings/billing', 'https://app.example.com/settings/billing'],
    ['?tab=billing', 'https://app.example.com/dashboard/?tab=billing'],
    ['//app.example.com/billing', 'https://app.example.com/billing'],
  ])('should resolve %j to %j', (url, href) => {
    expect(safeHref(url, { base })).toBe(href)
  })

  it('should reject a protocol-relative URL to another origin', () => {
    expect(safeHref('//billing.example.com/x', { base })).toBeUndefined()
  })

  it('should treat a base without an http(s) origin as no base at all', () => {
    for (const unusable of ['about:blank', 'data:text/html,x', 'not a url', '']) {
      expect(safeHref('/billing', { base: unusable })).toBe('/billing')
      expect(safeHref('./billing', { base: unusable })).toBe('./billing')
      expect(safeHref('//evil.example/', { base: unusable })).toBeUndefined()
    }
  })
})

describe('given a relative URL and no base', () => {
  it.each([
    ['/billing/upgrade?plan=pro#x', '/billing/upgrade?plan=pro#x'],
    ['/billing/../account', '/billing/../account'],
    // Normalised, these would become `//evil.example`; as written, a browser keeps them on the page's origin.
    ['/x/..//evil.example', '/x/..//evil.example'],
    ['/.//evil.example', '/.//evil.example'],
    ['/a/%2e%2e//evil.example', '/a/%2e%2e//evil.example'],
    ['#/billing', '#/billing'],
    ['#/billing?plan=pro', '#/billing?plan=pro'],
    ['#top', '#top'],
    ['?tab=billing', '?tab=billing'],
    ['?tab=billing#plans', '?tab=billing#plans'],
    ['billing/plan?x=1#y', 'billing/plan?x=1#y'],
    ['./billing', './billing'],
    ['../billing', '../billing'],
    ['../../settings/billing', '../../settings/billing'],
    ['a/../../billing', 'a/../../billing'],
    ['./a:b', './a:b'],
    ['  #/billing  ', '#/billing'],
    ['#javascript:alert(1)', '#javascript:alert(1)'],
    ['?next=//evil.example', '?next=//evil.example'],
  ])('should keep the relative reference %j as written: %j', (url, href) => {
    expect(safeHref(url)).toBe(href)
    expect(safeHref(url, { base: '' })).toBe(href)
    // Whatever page it ends up on, a browser resolves it on that page's origin.
    expect(new URL(href, 'https://app.example.com/a/b').origin).toBe('https://app.example.com')
  })

  it.each([
    // Schemes in disguise: a colon in the first segment, whitespace, control and invisible characters.
    'javascript:alert(1)',
    'javascript:alert(1)#/billing',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript\n:alert(1)',
    '\u0000javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    '1javascript:alert(1)',
    '%6Aavascript:alert(1)',
    'billing:plan',
    'data:text/html,x',
    // Another host: protocol-relative and backslash forms.
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '\\/evil.example/x',
    '\\billing',
    'bill ing',
  ])('should reject %j', (url) => {
    expect(safeHref(url)).toBeUndefined()
    expect(safeHref(url, { base: '' })).toBeUndefined()
  })
})

describe('given a link target that is not a URL or a path', () => {
  it.each([
    'null',
    'undefined',
    'NaN',
    'false',
    '#',
    '?',
    '#?',
    'notaurl',
    'billing',
    'plan.html',
    '.',
    '..',
    '<b>hi</b>',
    '/billing<script>',
    '"/billing"',
    '`/billing`',
  ])('should reject %j with a base, without one, and on an allowed origin', (url) => {
    expect(safeHref(url, { base })).toBeUndefined()
    expect(safeHref(url, { base: '' })).toBeUndefined()
    expect(safeHref(url, { base, allowedOrigins: ['https://app.example.com'] })).toBeUndefined()
  })

  it('should still keep the same words written as paths', () => {
    expect(safeHref('./billing', { base })).toBe('https://app.example.com/dashboard/billing')
    expect(safeHref('billing/plan', { base: '' })).toBe('billing/plan')
    expect(safeHref('#top', { base: '' })).toBe('#top')
  })
})

describe('given a browser location', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('should resolve relative URLs against location.href by default', () => {
    vi.stubGlobal('location', { href: 'https://app.example.com/reports/42' })
    expect(safeHref('./upgrade')).toBe('https://app.example.com/reports/upgrade')
    expect(safeHref('//evil.example/')).toBeUndefined()
  })
})

describe('given allowedOrigins', () => {
  const allowedOrigins = ['https://billing.example.com', 'https://pay.example.org/']

  it('should accept URLs on exactly those origins', () => {
    expect(safeHref('https://billing.example.com/renew', { allowedOrigins })).toBe(
      'https://billing.example.com/renew',
    )
    expect(safeHref('https://pay.example.org/x', { allowedOrigins })).toBe('https://pay.example.org/x')
    expect(safeHref('https://billing.example.com:443/a', { allowedOrigins })).toBe(
      'https://billing.example.com/a',
    )
  })

  it.each([
    'http://billing.example.com/renew',
    'https://billing.example.com:8443/renew',
    'https://evil.billing.example.com/renew',
    'https://billing.example.com.evil.example/renew',
    'https://evil.example/?https://billing.example.com',
  ])('should reject %j', (url) => {
    expect(safeHref(url, { allowedOrigins, base })).toBeUndefined()
  })

  it('should still accept links that stay on the app’s own origin', () => {
    expect(safeHref('/billing', { allowedOrigins, base })).toBe('https://app.example.com/billing')
    expect(safeHref('https://app.example.com/billing', { allowedOrigins, base })).toBe(
      'https://app.example.com/billing',
    )
    expect(safeHref('//evil.example/x', { allowedOrigins, base })).toBeUndefined()
  })

  it('should reject every absolute URL when the list is empty', () => {
    expect(safeHref('https://billing.example.com/', { allowedOrigins: [] })).toBeUndefined()
  })

  it('should ignore entries that are not URLs', () => {
    expect(
      safeHref('https://billing.example.com/', { allowedOrigins: ['billing.example.com', '*'] }),
    ).toBeUndefined()
  })
})
