/// <reference types="vite/client" />
import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp, userEvent } from 'vitest/browser'
import { FeatureLock } from '../feature-lock/feature-lock'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'
// As text, so each test decides whether the page has the stylesheet.
import kitStyles from '../styles.css?inline'
import { UsageMeter } from '../usage-meter/usage-meter'

const paywall = parsePaymentRequired({
  status: 402,
  body: { code: 'SUBSCRIPTION_EXPIRED', message: 'Your subscription has expired.', renewal_url: '/billing' },
}) as PaymentRequired

async function emulateColorScheme(value: 'light' | 'dark') {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] })
}

let stylesheet: HTMLStyleElement | undefined

function addKitStylesheet() {
  stylesheet = document.createElement('style')
  stylesheet.textContent = kitStyles
  document.head.append(stylesheet)
}

afterEach(async () => {
  cleanup()
  stylesheet?.remove()
  stylesheet = undefined
  document.documentElement.removeAttribute('data-pwk-theme')
  await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})

function Report() {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(paywall)}>
      Load reports
    </button>
  )
}

/**
 * A light-only host page (it sets no color-scheme) with native controls, host classes the kit must not
 * style (`dark`, `light`), a locked feature holding one of the host's inputs, a meter and the paywall.
 */
function HostPage() {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <form className="dark light">
          <input aria-label="Name" />
          <select aria-label="Plan">
            <option>Pro</option>
          </select>
          <textarea aria-label="Notes" />
          <input type="checkbox" aria-label="Agree" />
          <button type="button">Save</button>
          <FeatureLock feature="reports">
            <input aria-label="Report title" />
          </FeatureLock>
          <Report />
        </form>
        <UsageMeter label="API calls" used={820} limit={1000} />
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

const looks = ['color-scheme', 'color', 'background-color', 'border-top-color', 'accent-color', 'caret-color']

/** What a user sees of the host's own elements: the page, the form and every native control. */
function hostLook() {
  const elements = {
    html: document.documentElement,
    body: document.body,
    form: document.querySelector('form') as Element,
    ...Object.fromEntries(
      ['Name', 'Plan', 'Notes', 'Agree', 'Report title'].map((name) => [name, screen.getByLabelText(name)]),
    ),
    // The open modal hides the page from the accessibility tree; the page is still what the user sees.
    save: screen.getByRole('button', { name: 'Save', hidden: true }),
  }
  return Object.fromEntries(
    Object.entries(elements).map(([name, element]) => {
      const style = getComputedStyle(element)
      return [name, Object.fromEntries(looks.map((property) => [property, style.getPropertyValue(property)]))]
    }),
  )
}

async function openPaywall() {
  await userEvent.click(screen.getByRole('button', { name: 'Load reports' }))
  return screen.findByRole('dialog')
}

describe.each(['light', 'dark'] as const)('given a host page in a %s OS colour scheme', (scheme) => {
  it('should look the same with and without the stylesheet, the kit on screen', async () => {
    await emulateColorScheme(scheme)
    render(<HostPage />)
    await openPaywall()
    const without = hostLook()

    addKitStylesheet()

    expect(hostLook()).toEqual(without)
    // The page set no scheme, so its controls stay light even in a dark OS.
    expect(getComputedStyle(screen.getByLabelText('Name')).backgroundColor).toBe('rgb(255, 255, 255)')
  })

  it(`should theme the kit's dialog ${scheme}, as the OS says`, async () => {
    await emulateColorScheme(scheme)
    addKitStylesheet()
    render(<HostPage />)

    const dialog = await openPaywall()

    expect(getComputedStyle(dialog).colorScheme).toBe('light dark')
    expect(getComputedStyle(dialog).backgroundColor).toBe(
      scheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)',
    )
  })
})

describe('given data-pwk-theme', () => {
  it('should theme the kit dark under <html data-pwk-theme="dark"> in a light OS, and nothing of the page', async () => {
    await emulateColorScheme('light')
    render(<HostPage />)
    await openPaywall()
    const without = hostLook()

    addKitStylesheet()
    document.documentElement.setAttribute('data-pwk-theme', 'dark')

    expect(getComputedStyle(screen.getByRole('dialog')).backgroundColor).toBe('rgb(17, 24, 39)')
    expect(getComputedStyle(screen.getByRole('meter', { hidden: true })).colorScheme).toBe('dark')
    expect(hostLook()).toEqual(without)
  })

  it('should keep the kit light under data-pwk-theme="light" in a dark OS', async () => {
    await emulateColorScheme('dark')
    addKitStylesheet()
    document.documentElement.setAttribute('data-pwk-theme', 'light')
    render(<HostPage />)

    expect(getComputedStyle(await openPaywall()).backgroundColor).toBe('rgb(255, 255, 255)')
  })

  it('should theme only the kit element that carries it', async () => {
    await emulateColorScheme('light')
    addKitStylesheet()
    render(
      <>
        <UsageMeter label="API calls" used={820} limit={1000} data-pwk-theme="dark" data-testid="dark" />
        <UsageMeter label="Seats" used={2} limit={10} data-testid="os" />
      </>,
    )

    expect(
      getComputedStyle(screen.getByTestId('dark').querySelector('.pwk-meter__track') as Element).colorScheme,
    ).toBe('dark')
    expect(getComputedStyle(screen.getByTestId('os')).colorScheme).toBe('light dark')
  })
})

describe('given the page sets the --pwk-* properties', () => {
  it('should follow a value set on an ancestor, as before', async () => {
    addKitStylesheet()
    render(
      <div style={{ '--pwk-color-bg': 'rgb(1, 2, 3)' } as React.CSSProperties}>
        <HostPage />
      </div>,
    )

    const dialog = await openPaywall()
    // The modal is portalled to <body>, outside the div: it keeps its default.
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 255, 255)')
    document.documentElement.style.setProperty('--pwk-color-bg', 'rgb(1, 2, 3)')
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(1, 2, 3)')
    document.documentElement.style.removeProperty('--pwk-color-bg')
  })
})
