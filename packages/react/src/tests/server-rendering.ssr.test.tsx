// @vitest-environment node
import { PaymentRequiredError, parsePaymentRequired } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { FeatureLock, PaywallModal, PaywallProvider, useFeatureAccess, usePaywall } from '../index'

function Reports() {
  const query = useQuery({
    queryKey: ['reports'],
    queryFn: () => ({ rows: 3 }),
    meta: { paywallFeature: 'reports' },
  })
  const { isOpen } = usePaywall()
  const access = useFeatureAccess('reports')
  return (
    <FeatureLock feature="reports">
      <p>{`reports ${query.status}, paywall ${isOpen ? 'open' : 'closed'}, access ${access.state}`}</p>
    </FeatureLock>
  )
}

function page(client: QueryClient) {
  return (
    <QueryClientProvider client={client}>
      <PaywallProvider allowedOrigins={['https://billing.acme.com']} locale="en-US">
        <main>
          <Reports />
        </main>
        <PaywallModal />
      </PaywallProvider>
    </QueryClientProvider>
  )
}

describe('given a server without window or document', () => {
  it('should import the package and render every component to a string', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')

    const html = renderToString(page(new QueryClient()))

    expect(html).toContain('reports pending, paywall closed, access unlocked')
    expect(html).toContain('data-state="unlocked"')
    expect(html).not.toContain('role="dialog"')
  })

  it('should render the same string twice (no time or randomness in the markup)', () => {
    expect(renderToString(page(new QueryClient()))).toBe(renderToString(page(new QueryClient())))
  })

  it('should not lock or open anything on the server, even with a 402 already in the cache', () => {
    const client = new QueryClient()
    const paywall = parsePaymentRequired({ status: 402, body: { error: 'upgrade_required' } })
    if (!paywall) throw new Error('expected a paywall')
    client
      .getQueryCache()
      .build(client, { queryKey: ['reports'], meta: { paywallFeature: 'reports' } })
      .setState({
        status: 'error',
        error: new PaymentRequiredError(paywall),
        fetchStatus: 'idle',
      })

    const html = renderToString(page(client))

    expect(html).toContain('paywall closed')
    expect(html).not.toContain('inert')
    expect(client.getQueryCache().hasListeners()).toBe(false)
  })
})
