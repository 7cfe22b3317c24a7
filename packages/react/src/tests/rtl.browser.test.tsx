import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, configure, render, screen, within } from '@testing-library/react'
import axe from 'axe-core'
import { useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { FeatureLock } from '../feature-lock/feature-lock'
import { GracePeriodBanner } from '../grace-period-banner/grace-period-banner'
import { usePaywall } from '../hooks/use-paywall'
import type { LocaleMessages } from '../i18n/locale-messages'
import { messages as arabic } from '../i18n/locales/ar'
import { messages as hebrew } from '../i18n/locales/he'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'
import { UsageMeter } from '../usage-meter/usage-meter'
import '../styles.css'

// Chromium on a busy two-core machine: Testing Library's 1 s default is too tight.
configure({ asyncUtilTimeout: 5_000 })

const NOW = '2026-11-25T12:00:00Z'
const RESETS_AT = '2026-12-01T00:00:00Z'

/**
 * `pnpm exec vitest run --project react-browser src/tests/rtl --mode screenshots` writes the README's
 * `docs/screenshots/rtl-*.png`; any other run writes to the ignored `.vitest/screenshots/`, so a test
 * run leaves the working tree as it was.
 */
const screenshotDir =
  import.meta.env.MODE === 'screenshots'
    ? '../../../../docs/screenshots/'
    : '../../../../.vitest/screenshots/'

/** A quota 402 without server copy: every word in the modal is the locale's. */
const quota = parsePaymentRequired({
  status: 402,
  body: {
    error: { code: 'QUOTA_EXCEEDED' },
    usage: { used: 1000, limit: 1000, resets_at: RESETS_AT },
    upgrade_url: '/billing',
    request_id: 'req_7',
  },
}) as PaymentRequired

const locales: [string, LocaleMessages, { meter: string; rows: string[] }][] = [
  [
    'ar',
    arabic,
    { meter: 'طلبات واجهة البرمجة', rows: ['القناة الأولى', 'القناة الثانية', 'القناة الثالثة'] },
  ],
  ['he', hebrew, { meter: 'קריאות API', rows: ['ערוץ ראשון', 'ערוץ שני', 'ערוץ שלישי'] }],
]

/** Locks `reports` on mount, as a query failing with a 402 on page load does. */
function ReportOnMount() {
  const { report } = usePaywall()
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useEffect(() => {
    report(quota, { feature: 'reports', source: 'query', key: 'reports' })
  }, [])
  return null
}

function Page({
  locale,
  messages,
  words,
  withModal,
}: {
  locale: string
  messages: LocaleMessages
  words: { meter: string; rows: string[] }
  withModal: boolean
}) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider locale={locale} messages={messages} allowedOrigins={[location.origin]}>
        <main data-testid="page" style={{ inlineSize: 480, padding: 16, display: 'grid', gap: 16 }}>
          <GracePeriodBanner
            endsAt="2026-11-30T12:00:00Z"
            now={NOW}
            timeZone="UTC"
            actionHref="/billing"
            data-testid="banner"
          />
          <UsageMeter
            label={words.meter}
            used={950}
            limit={1000}
            resetsAt={RESETS_AT}
            actionHref="/billing"
            data-testid="meter"
          />
          <FeatureLock feature="reports" data-testid="lock">
            <table>
              <tbody>
                {words.rows.map((row, index) => (
                  <tr key={row}>
                    <th scope="row">{row}</th>
                    <td>{new Intl.NumberFormat(locale).format(12_400 * (index + 1))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </FeatureLock>
        </main>
        <ReportOnMount />
        {withModal && <PaywallModal timeZone="UTC" />}
      </PaywallProvider>
    </QueryClientProvider>
  )
}

/** Where a text node's glyphs sit: the box of the text itself, not of its (full-width) element. */
function textBox(element: Element) {
  const range = document.createRange()
  range.selectNodeContents(element)
  return range.getBoundingClientRect()
}

async function expectNoAxeViolations(context: Element) {
  const results = await axe.run(context)
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

afterEach(() => {
  cleanup()
  document.documentElement.removeAttribute('dir')
  document.documentElement.lang = 'en'
})

describe.each(locales)('given dir="rtl" on the page and the %s locale', (locale, messages, words) => {
  beforeEach(async () => {
    // Wide enough for the 480 px page: in RTL a narrower frame would clip its left side.
    await page.viewport(640, 760)
    document.documentElement.dir = 'rtl'
    document.documentElement.lang = locale
  })

  describe('the usage meter', () => {
    it('should grow its fill from the right edge of the track (the inline start)', () => {
      render(<Page locale={locale} messages={messages} words={words} withModal={false} />)

      const meter = screen.getByTestId('meter')
      const track = within(meter).getByRole('meter').getBoundingClientRect()
      const fill = (meter.querySelector('.pwk-meter__indicator') as HTMLElement).getBoundingClientRect()
      expect(Math.abs(fill.right - track.right)).toBeLessThan(1)
      expect(Math.abs(fill.width - track.width * 0.95)).toBeLessThan(1)
      expect(Math.abs(fill.left - (track.left + track.width * 0.05))).toBeLessThan(1)
    })

    it('should put its label on the right and its action on the left', () => {
      render(<Page locale={locale} messages={messages} words={words} withModal={false} />)

      const meter = screen.getByTestId('meter')
      const box = meter.getBoundingClientRect()
      const label = textBox(within(meter).getByText(words.meter))
      const action = within(meter).getByRole('link', { name: messages.meter.upgrade }).getBoundingClientRect()
      expect(Math.abs(label.right - box.right)).toBeLessThan(1)
      expect(Math.abs(action.left - box.left)).toBeLessThan(1)
    })

    it('should write its numbers as Intl does for the locale', () => {
      render(<Page locale={locale} messages={messages} words={words} withModal={false} />)

      const text = screen.getByTestId('meter').textContent ?? ''
      expect(text).toContain(new Intl.NumberFormat(locale).format(950))
      expect(text).toContain(new Intl.NumberFormat(locale).format(1000))
    })
  })

  describe('the grace period banner', () => {
    it('should put its accent border and its text on the right, and dismiss on the left', () => {
      render(<Page locale={locale} messages={messages} words={words} withModal={false} />)

      const banner = screen.getByTestId('banner')
      const box = banner.getBoundingClientRect()
      const style = getComputedStyle(banner)
      expect(style.borderRightWidth).toBe('4px')
      expect(style.borderLeftWidth).toBe('1px')
      const title = textBox(within(banner).getByText(messages.banner.title))
      const dismiss = within(banner)
        .getByRole('button', { name: messages.banner.dismiss })
        .getBoundingClientRect()
      const action = within(banner).getByRole('link').getBoundingClientRect()
      // Title and action start at the inline start (right); dismiss sits at the inline end (left).
      expect(box.right - title.right).toBeLessThan(box.right - title.left)
      expect(dismiss.right).toBeLessThan(title.left)
      expect(dismiss.left - box.left).toBeLessThan(box.right - dismiss.right)
      expect(action.right).toBeGreaterThan(dismiss.right)
    })

    it('should count the days left in the locale’s digits, as Intl writes them', () => {
      render(<Page locale={locale} messages={messages} words={words} withModal={false} />)

      const days = screen.getByTestId('banner').querySelector('[data-days-left]')
      expect(days?.getAttribute('data-days-left')).toBe('5')
      const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(5, 'day')
      expect(days?.textContent).toBe(messages.banner.daysLeft({ days: 5, relative }))
      expect(days?.textContent).toContain(new Intl.NumberFormat(locale).format(5))
    })
  })

  describe('the feature lock', () => {
    it('should centre its panel over the feature and keep the text right-aligned in the feature', async () => {
      render(<Page locale={locale} messages={messages} words={words} withModal={false} />)

      const lock = screen.getByTestId('lock')
      const unlock = await within(lock).findByRole('button', { name: messages.lock.unlock })
      const panel = unlock.closest('.pwk-lock__panel') as HTMLElement
      const lockBox = lock.getBoundingClientRect()
      const panelBox = panel.getBoundingClientRect()
      expect(
        Math.abs((panelBox.left + panelBox.right) / 2 - (lockBox.left + lockBox.right) / 2),
      ).toBeLessThan(1)
      expect(panelBox.left).toBeGreaterThanOrEqual(lockBox.left)
      expect(panelBox.right).toBeLessThanOrEqual(lockBox.right)
      const row = textBox(within(lock).getByText(words.rows[0] as string))
      expect(lockBox.right - row.right).toBeLessThan(row.left - lockBox.left)
    })
  })

  describe('the paywall modal', () => {
    it('should centre the dialog and put its close button at the inline end (left)', async () => {
      render(<Page locale={locale} messages={messages} words={words} withModal />)

      const dialog = await screen.findByRole('dialog')
      const box = dialog.getBoundingClientRect()
      expect(Math.abs((box.left + box.right) / 2 - window.innerWidth / 2)).toBeLessThan(1)
      expect(box.left).toBeGreaterThanOrEqual(0)
      const close = within(dialog).getByRole('button', { name: messages.modal.close }).getBoundingClientRect()
      expect(close.left - box.left).toBeLessThan(box.right - close.right)
      const title = textBox(within(dialog).getByRole('heading', { level: 2 }))
      expect(box.right - title.right).toBeLessThan(title.left - box.left)
      expect(title.left).toBeGreaterThan(close.right)
    })

    it('should put the action first from the right, then "not now"', async () => {
      render(<Page locale={locale} messages={messages} words={words} withModal />)

      const dialog = await screen.findByRole('dialog')
      const action = (
        await within(dialog).findByRole('link', { name: messages.reasons.quota_exceeded.action })
      ).getBoundingClientRect()
      const dismiss = within(dialog)
        .getByRole('button', { name: messages.modal.dismiss })
        .getBoundingClientRect()
      expect(action.left).toBeGreaterThan(dismiss.right)
    })

    it('should write usage and the reset date as Intl does for the locale', async () => {
      render(<Page locale={locale} messages={messages} words={words} withModal />)

      const dialog = await screen.findByRole('dialog')
      const text = dialog.textContent ?? ''
      expect(text).toContain(new Intl.NumberFormat(locale).format(1000))
      const resets = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(RESETS_AT),
      )
      expect(text).toContain(resets)
    })
  })

  it('should pass axe with the banner, meter and lock', async () => {
    render(<Page locale={locale} messages={messages} words={words} withModal={false} />)
    await within(screen.getByTestId('lock')).findByRole('button', { name: messages.lock.unlock })

    await expectNoAxeViolations(screen.getByTestId('page'))
  })

  it('should pass axe with the modal open', async () => {
    render(<Page locale={locale} messages={messages} words={words} withModal />)
    await screen.findByRole('dialog')

    await expectNoAxeViolations(document.body)
  })

  it('should save screenshots of the page and of the modal', async () => {
    const { unmount } = render(<Page locale={locale} messages={messages} words={words} withModal={false} />)
    await within(screen.getByTestId('lock')).findByRole('button', { name: messages.lock.unlock })
    const pagePath = await page.screenshot({
      element: screen.getByTestId('page'),
      path: `${screenshotDir}rtl-${locale}.png`,
    })
    expect(pagePath).toMatch(new RegExp(`rtl-${locale}\\.png$`))
    unmount()

    render(<Page locale={locale} messages={messages} words={words} withModal />)
    await screen.findByRole('dialog')
    const modalPath = await page.screenshot({ path: `${screenshotDir}rtl-${locale}-modal.png` })
    expect(modalPath).toMatch(new RegExp(`rtl-${locale}-modal\\.png$`))
  })
})
