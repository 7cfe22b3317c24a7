import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react'
import axe from 'axe-core'
import { useEffect, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { FeatureLock } from '../feature-lock/feature-lock'
import { PaywallProvider } from '../provider/paywall-provider'
import { PaywallModal } from './paywall-modal'
import '../styles.css'
import { usePaywall } from '../hooks/use-paywall'

const paywall = parsePaymentRequired({
  status: 402,
  body: {
    error: { status: 402, code: 'API_CREDITS_EXHAUSTED', message: 'Your API credit balance is too low.' },
    request_id: 'req_7',
    timestamp: '2026-05-25T12:34:56Z',
    upgrade_url: '/billing/credits',
  },
}) as PaymentRequired

// Testing Library gives up after 1 s by default: too tight for Chromium on a busy two-core CI machine.
// What never happens still fails, before the test's own 15 s timeout.
configure({ asyncUtilTimeout: 5_000 })

function Export({
  feature,
  label = 'Export',
  paywall: reported = paywall,
}: {
  feature?: string
  label?: string
  paywall?: PaymentRequired
}) {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(reported, { feature, source: 'mutation', key: label })}>
      {label}
    </button>
  )
}

function Page({
  withModal = true,
  onOther,
  paywall: reported,
}: {
  withModal?: boolean
  onOther?: () => void
  paywall?: PaymentRequired
}) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <PaywallProvider>
        <main>
          <h1>Dashboard</h1>
          <Export paywall={reported} />
          <button type="button" onClick={onOther}>
            Other action
          </button>
          <FeatureLock feature="credits">
            <button type="button">Summarise</button>
          </FeatureLock>
          <Export feature="credits" label="Run summary" />
        </main>
        {withModal && <PaywallModal />}
      </PaywallProvider>
    </QueryClientProvider>
  )
}

/** A page whose credits query answers 402 on load: nothing has focus when the paywall opens. */
function LoadedLocked() {
  const { report } = usePaywall()
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on page load
  useEffect(() => {
    report(paywall, { feature: 'credits', source: 'query', key: 'credits' })
  }, [])
  return null
}

function ToggleModal() {
  const [mounted, setMounted] = useState(true)
  return (
    <>
      <button type="button" onClick={() => setMounted(false)} data-testid="unmount">
        unmount
      </button>
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <main>
            <Export />
            <UnmountFromInside onUnmount={() => setMounted(false)} />
          </main>
          {mounted && <PaywallModal />}
        </PaywallProvider>
      </QueryClientProvider>
    </>
  )
}

/** Unmounts the modal while it is open, as a route change would. */
function UnmountFromInside({ onUnmount }: { onUnmount: () => void }) {
  const { isOpen } = usePaywall()
  useEffect(() => {
    if (isOpen) onUnmount()
  }, [isOpen, onUnmount])
  return null
}

// The click's own timeout (Playwright waits while something covers the button) ends a page that stays
// blocked with a clear error before the test's timeout; a busy machine gets enough time to click.
async function expectPageUsable(onOther: ReturnType<typeof vi.fn>) {
  await waitFor(() => expect(getComputedStyle(document.body).pointerEvents).not.toBe('none'))
  expect(document.querySelectorAll('[aria-hidden="true"], [data-aria-hidden]')).toHaveLength(0)
  expect(document.body).not.toHaveAttribute('data-scroll-locked')
  await userEvent.click(screen.getByRole('button', { name: 'Other action' }), { timeout: 10_000 })
  expect(onOther).toHaveBeenCalledTimes(1)
}

afterEach(() => {
  cleanup()
})

describe('given the modal opened by a 402 in real Chromium', () => {
  it('should move focus in, and on Escape give it back to the control that caused the 402', async () => {
    const onOther = vi.fn()
    render(<Page onOther={onOther} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))
    const dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true))
    expect(getComputedStyle(document.body).pointerEvents).toBe('none')

    await userEvent.keyboard('{Escape}')

    await waitFor(() => expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await expectPageUsable(onOther)
  })

  it('should give focus back and leave the page usable after "Not now"', async () => {
    const onOther = vi.fn()
    render(<Page onOther={onOther} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Not now' }))

    await waitFor(() => expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus())
    await expectPageUsable(onOther)
  })

  it('should follow a same-page action link, close and give focus back', async () => {
    const onOther = vi.fn()
    const start = location.href
    const toBilling = { ...paywall, action: { url: '#/billing', label: 'Buy credits' } }
    render(<Page onOther={onOther} paywall={toBilling} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))

    await userEvent.click(await screen.findByRole('link', { name: 'Buy credits' }))

    await waitFor(() => expect(location.hash).toBe('#/billing'))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus())
    await expectPageUsable(onOther)
    history.replaceState(null, '', start)
  })

  it('should keep Tab inside the dialog while open', async () => {
    render(<Page />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))
    const dialog = await screen.findByRole('dialog')

    for (let press = 0; press < 8; press += 1) {
      await userEvent.keyboard('{Tab}')
      expect(dialog.contains(document.activeElement)).toBe(true)
    }
  })

  it('should leave the page usable and focus restored when the modal unmounts while open', async () => {
    render(<ToggleModal />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(getComputedStyle(document.body).pointerEvents).not.toBe('none'))
    expect(document.querySelectorAll('[aria-hidden="true"], [data-aria-hidden]')).toHaveLength(0)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus())
    await userEvent.click(screen.getByTestId('unmount'), { timeout: 10_000 })
  })

  it('should be axe clean with the real stylesheet (contrast included)', async () => {
    render(<Page />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))
    await screen.findByRole('dialog')

    // Contrast is measured on the final frame, not mid fade-in.
    await Promise.all(document.getAnimations().map((animation) => animation.finished))
    const results = await axe.run(document.body)

    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
    ).toEqual([])
  })
})

describe('given a locked feature in real Chromium', () => {
  async function lockCredits() {
    await userEvent.click(screen.getByRole('button', { name: 'Run summary' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  }

  it('should make the children unfocusable and skip them with Tab', async () => {
    render(<Page />)
    await lockCredits()
    const summarise = screen.getByText('Summarise')

    summarise.focus()
    expect(summarise).not.toHaveFocus()
    screen.getByRole('button', { name: 'Other action' }).focus()
    await userEvent.keyboard('{Tab}')
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveFocus()
  })

  it('should cover the children so a pointer reaches the overlay, not them', async () => {
    render(<Page />)
    await lockCredits()
    const summarise = screen.getByText('Summarise')
    const box = summarise.getBoundingClientRect()

    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)

    expect(hit).not.toBe(summarise)
    expect(hit?.closest('.pwk-lock__overlay')).not.toBeNull()
  })

  it('should open the modal from Unlock and return focus to it', async () => {
    render(<Page />)
    await lockCredits()

    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }))
    await screen.findByRole('dialog')
    await userEvent.keyboard('{Escape}')

    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toHaveFocus())
  })

  it('should give focus to Unlock when the paywall opened on page load is closed', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <button type="button">Other action</button>
          <FeatureLock feature="credits">
            <button type="button">Summarise</button>
          </FeatureLock>
          <LoadedLocked />
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await screen.findByRole('dialog')

    await userEvent.keyboard('{Escape}')

    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toHaveFocus())
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    expect(screen.getByRole('button', { name: 'Other action' })).toHaveFocus()
  })

  it('should give focus to Unlock when the control that caused the 402 is now inside the locked feature', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <FeatureLock feature="credits">
            <Export feature="credits" label="Summarise now" />
          </FeatureLock>
          <PaywallModal />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Summarise now' }))
    await screen.findByRole('dialog')

    await userEvent.keyboard('{Escape}')

    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toHaveFocus())
  })

  it('should be axe clean while locked', async () => {
    render(<Page />)
    await lockCredits()

    // Contrast is measured on the final frame, not mid fade-in.
    await Promise.all(document.getAnimations().map((animation) => animation.finished))
    const results = await axe.run(document.body)

    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
    ).toEqual([])
  })
})
