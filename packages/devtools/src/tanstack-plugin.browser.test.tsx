import { PaywallProvider } from '@paywall-kit/react'
import { TanStackDevtools } from '@tanstack/react-devtools'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { paywallDevtoolsPlugin } from './index'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe('given the panel as a TanStack Devtools plugin, in Chromium', () => {
  it('should render as the "Paywall" tab inside TanStack Devtools and read the app’s provider', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PaywallProvider>
          <TanStackDevtools
            plugins={[{ ...paywallDevtoolsPlugin(), defaultOpen: true }]}
            config={{ defaultOpen: true }}
          />
        </PaywallProvider>
      </QueryClientProvider>,
    )
    const panel = await screen.findByRole('region', { name: 'Paywall devtools' }, { timeout: 10_000 })
    expect(within(panel).getByText('No paywall')).toBeVisible()

    await userEvent.click(within(panel).getByRole('tab', { name: 'Simulate' }))
    await userEvent.click(within(panel).getByRole('button', { name: 'Simulate 402' }))
    await userEvent.click(within(panel).getByRole('tab', { name: 'State' }))
    expect(await within(panel).findByText('upgrade_required', { selector: 'dd' })).toBeVisible()
  })
})
