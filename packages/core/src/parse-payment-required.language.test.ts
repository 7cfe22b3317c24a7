import { describe, expect, it } from 'vitest'
import { parsePaymentRequired } from './parse-payment-required'
import { PaymentRequiredError } from './payment-required-error'
import { createPaywallFetch } from './paywall-fetch'
import { readPaymentRequired } from './read-payment-required'
import { toPaymentRequired } from './to-payment-required'

const germanBody = {
  error: {
    code: 'SUBSCRIPTION_EXPIRED',
    message: 'Ihr Pro-Abo ist abgelaufen. Verlängern Sie es, um weiterzumachen.',
  },
}

describe('given a 402 with a Content-Language header', () => {
  it('should say the copy is in that language', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'Content-Language': 'de' },
      body: germanBody,
    })

    expect(paywall?.language).toBe('de')
  })

  it('should take the first of several languages, in canonical case', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-language': 'DE-de, en' },
      body: germanBody,
    })

    expect(paywall?.language).toBe('de-DE')
  })

  it.each([
    ['a wildcard', '*'],
    ['a sentence', 'German, mostly'],
    ['markup', '<script>alert(1)</script>'],
    ['an empty value', ''],
    ['a tag that breaks BCP 47', 'de-DE-1996-1996'],
  ])('should leave the language unknown for %s', (_, header) => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-language': header },
      body: germanBody,
    })

    expect(paywall).not.toBeNull()
    expect(paywall).not.toHaveProperty('language')
  })
})

describe('given a 402 whose body names its language', () => {
  it.each([
    ['top-level lang', { ...germanBody, lang: 'de' }, 'de'],
    ['top-level language', { ...germanBody, language: 'fr-CA' }, 'fr-CA'],
    ['a locale with an underscore', { ...germanBody, locale: 'pt_br' }, 'pt-BR'],
    ['the error object’s locale', { error: { ...germanBody.error, locale: 'de-AT' } }, 'de-AT'],
  ])('should read %s', (_, body, language) => {
    expect(parsePaymentRequired({ status: 402, body })?.language).toBe(language)
  })

  it('should prefer the body’s field, which describes this copy, over the header', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-language': 'en' },
      body: { ...germanBody, lang: 'de' },
    })

    expect(paywall?.language).toBe('de')
  })

  it('should fall back to the header when the body’s field is not a language', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-language': 'de' },
      body: { ...germanBody, locale: { region: 'EU' }, lang: 42 },
    })

    expect(paywall?.language).toBe('de')
  })

  it('should read the lang attribute of an HTML page', () => {
    const paywall = parsePaymentRequired({
      status: 402,
      headers: { 'content-type': 'text/html' },
      body: '<!doctype html><html class="x" lang="de"><title>Bitte upgraden Sie Ihr Konto</title></html>',
    })

    expect(paywall).toMatchObject({ dialect: 'html', title: 'Bitte upgraden Sie Ihr Konto', language: 'de' })
  })
})

describe('given a 402 that does not say its language', () => {
  it('should leave language out', () => {
    const paywall = parsePaymentRequired({ status: 402, body: germanBody })

    expect(paywall).not.toHaveProperty('language')
  })
})

describe('given a 402 reaching core through a client', () => {
  const response = () =>
    new Response(JSON.stringify(germanBody), {
      status: 402,
      headers: { 'content-type': 'application/json', 'content-language': 'de' },
    })

  it('should keep the language when read from a Response', async () => {
    expect((await readPaymentRequired(response()))?.language).toBe('de')
  })

  it('should keep the language on the error paywallFetch throws', async () => {
    const fetchGerman = createPaywallFetch({ fetch: async () => response() })

    const error = await fetchGerman('https://api.example/reports').catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(PaymentRequiredError)
    expect((error as PaymentRequiredError).paywall.language).toBe('de')
  })

  it('should keep the language of an axios-shaped error', () => {
    const error = {
      isAxiosError: true,
      response: { status: 402, data: germanBody, headers: { 'content-language': 'de-CH' } },
    }

    expect(toPaymentRequired(error)?.language).toBe('de-CH')
  })
})
