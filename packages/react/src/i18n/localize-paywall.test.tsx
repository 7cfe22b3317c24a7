import { paywallFetch } from '@paywall-kit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import axios from 'axios'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../test/msw-server'
import { FeatureLock } from '../feature-lock/feature-lock'
import { useFeatureAccess } from '../hooks/use-feature-access'
import { usePaywall } from '../hooks/use-paywall'
import { PaywallModal } from '../paywall-modal/paywall-modal'
import { PaywallProvider } from '../provider/paywall-provider'

const server = setupMswServer()

// The server names the reason but sends no human title: the kit's copy for the reason is shown.
const expiredBody = { error: { code: 'SUBSCRIPTION_EXPIRED' } }
const german = { reasons: { subscription_expired: { title: 'Abo beendet' } } }

const clients = {
  paywallFetch: async () => {
    const response = await paywallFetch(apiUrl('/api/reports'))
    return response.json()
  },
  axios: async () => (await axios.get(apiUrl('/api/reports'))).data,
}

function Reports({ queryFn }: { queryFn: () => Promise<unknown> }) {
  useQuery({ queryKey: ['reports'], queryFn, meta: { paywallFeature: 'reports' }, retry: false })
  return null
}

function HookTitles() {
  const { current } = usePaywall()
  const access = useFeatureAccess('reports')
  return (
    <>
      <p>{`usePaywall: ${current?.title ?? '-'}`}</p>
      <p>{`useFeatureAccess: ${access.paywall?.title ?? '-'}`}</p>
      <FeatureLock feature="reports">
        {({ paywall }) => <p>{`render prop: ${paywall?.title ?? '-'}`}</p>}
      </FeatureLock>
    </>
  )
}

describe.each(Object.entries(clients))(
  'given provider messages for a reason and a 402 thrown by %s',
  (_, queryFn) => {
    it('should show the same localised paywall in the hooks, the render prop, the lock and the modal', async () => {
      server.use(http.get(apiUrl('/api/reports'), () => HttpResponse.json(expiredBody, { status: 402 })))
      render(
        <QueryClientProvider client={new QueryClient()}>
          <PaywallProvider messages={german}>
            <Reports queryFn={queryFn} />
            <HookTitles />
            <FeatureLock feature="reports" data-testid="lock">
              <p>Chart</p>
            </FeatureLock>
            <PaywallModal />
          </PaywallProvider>
        </QueryClientProvider>,
      )

      const dialog = await screen.findByRole('dialog')
      expect(dialog).toHaveAccessibleName('Abo beendet')
      expect(screen.getByText('usePaywall: Abo beendet')).toBeInTheDocument()
      expect(screen.getByText('useFeatureAccess: Abo beendet')).toBeInTheDocument()
      expect(screen.getByText('render prop: Abo beendet')).toBeInTheDocument()
      expect(within(screen.getByTestId('lock')).getByText('Abo beendet')).toBeInTheDocument()
    })
  },
)
