import { type PaymentRequired, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dialog } from 'radix-ui'
import { Profiler, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallProvider } from '../provider/paywall-provider'
import { PaywallModal } from './paywall-modal'

function parse(body: unknown): PaymentRequired {
  const paywall = parsePaymentRequired({ status: 402, headers: { 'content-type': 'application/json' }, body })
  if (!paywall) throw new Error('fixture is not a paywall')
  return paywall
}

const expired = parse({
  status: 402,
  code: 'SUBSCRIPTION_EXPIRED',
  message: 'Your subscription has expired.',
  action: { type: 'link', url: '/billing/renew', text: 'Renew now' },
})

function LoadButton({ paywall }: { paywall: PaymentRequired }) {
  const { report } = usePaywall()
  return (
    <button type="button" onClick={() => report(paywall)}>
      Load reports
    </button>
  )
}

/** The same Radix Dialog, opened from useState as an app would write it by hand (bench/pages). */
function HandWrittenDialog({ onCommit }: { onCommit: (phase: string) => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Load reports
      </button>
      <Profiler id="dialog" onRender={(_id, phase) => onCommit(phase)}>
        <Dialog.Root open={open} onOpenChange={setOpen}>
          <Dialog.Portal>
            <Dialog.Overlay />
            <Dialog.Content>
              <Dialog.Close aria-label="Close">×</Dialog.Close>
              <Dialog.Title>Your subscription has ended</Dialog.Title>
              <Dialog.Description>Your subscription has expired.</Dialog.Description>
              <a href="/billing/renew">Renew now</a>
              <Dialog.Close>Not now</Dialog.Close>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </Profiler>
    </>
  )
}

async function handWrittenCommits(): Promise<string[]> {
  const user = userEvent.setup()
  const commits: string[] = []
  const view = render(<HandWrittenDialog onCommit={(phase) => commits.push(phase)} />)
  commits.length = 0
  await user.click(screen.getByRole('button', { name: 'Load reports' }))
  await screen.findByRole('dialog')
  view.unmount()
  return commits
}

describe('given a 402 that opens the paywall', () => {
  it('should commit no more often than the same Radix Dialog written by hand, and move focus into it', async () => {
    const handWritten = await handWrittenCommits()
    const user = userEvent.setup()
    const commits: string[] = []
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <LoadButton paywall={expired} />
          <Profiler id="modal" onRender={(_id, phase) => commits.push(phase)}>
            <PaywallModal />
          </Profiler>
        </PaywallProvider>
      </QueryClientProvider>,
    )
    commits.length = 0

    await user.click(screen.getByRole('button', { name: 'Load reports' }))
    const dialog = await screen.findByRole('dialog', { name: 'Your subscription has ended' })

    // Radix's own parts commit again from their ref callbacks, by hand as in the kit. The kit's Portal
    // used to find document.body in a layout effect (one more), and the last shown paywall was
    // copied into state from an effect (one more): issue 17.
    expect(commits.length).toBeLessThanOrEqual(handWritten.length)
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
  })
})
