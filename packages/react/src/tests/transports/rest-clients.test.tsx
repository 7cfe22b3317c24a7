import { PaymentRequiredError, paywallFetch } from '@paywall-kit/core'
import { render } from '@testing-library/react'
import axios from 'axios'
import ky from 'ky'
import ky1 from 'ky1'
import { ofetch } from 'ofetch'
import { beforeEach, describe, expect, it } from 'vitest'
import { apiUrl, setupMswServer } from '../../../test/msw-server'
import {
  appQueryClient,
  expectAppRetries,
  expectPaywallWithServerMessage,
  PaywallApp,
  Reports,
  received,
  restAndGraphQLHandlers,
} from './paywall-app'

// Each client is the real library, called as an app calls it, with nothing paywall-specific around it.

const server = setupMswServer()

beforeEach(() => {
  received.clear()
  server.use(...restAndGraphQLHandlers)
})

async function throwUnlessOk(response: Response) {
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status })
  return response.json()
}

describe('given paywallFetch', () => {
  const get = (path: string) => () => paywallFetch(apiUrl(path)).then(throwUnlessOk)

  it('should open the paywall after one request with the server’s message and lock reports', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/reports')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/api/reports')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/broken')} />
      </PaywallApp>,
    )
    await expectAppRetries('/api/broken')
  })
})

describe('given axios', () => {
  const get = (path: string) => () => axios.get(apiUrl(path)).then((response) => response.data)

  it('should open the paywall after one request with the server’s message and lock reports', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/reports')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/api/reports')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/broken')} />
      </PaywallApp>,
    )
    await expectAppRetries('/api/broken')
  })
})

describe('given ky 2', () => {
  // ky retries a 500 itself by default: off, so that the requests counted are TanStack's.
  const get = (path: string) => () => ky.get(apiUrl(path), { retry: 0 }).json()

  it('should open the paywall after one request with the server’s message and lock reports', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/reports')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/api/reports')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/broken')} />
      </PaywallApp>,
    )
    await expectAppRetries('/api/broken')
  })
})

describe('given ky 1, whose HTTPError leaves the response body unread', () => {
  const get = (path: string) => () => ky1.get(apiUrl(path), { retry: 0 }).json()

  it('should read the body once before the paywall shows, so the modal says the server’s message', async () => {
    let caught: unknown
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports
          queryFn={() =>
            get('/api/reports')().catch((error: unknown) => {
              caught = error
              throw error
            })
          }
        />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/api/reports')).toBe(1)
    // The kit read a clone: the app's own error keeps a readable response.
    expect(caught).not.toBeInstanceOf(PaymentRequiredError)
    expect((caught as { response: Response }).response.bodyUsed).toBe(false)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/broken')} />
      </PaywallApp>,
    )
    await expectAppRetries('/api/broken')
  })
})

describe('given ofetch', () => {
  // ofetch retries a GET's 500 once by default: off, so that the requests counted are TanStack's.
  const get = (path: string) => () => ofetch(apiUrl(path), { retry: 0 })

  it('should open the paywall after one request with the server’s message and lock reports', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/reports')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/api/reports')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/api/broken')} />
      </PaywallApp>,
    )
    await expectAppRetries('/api/broken')
  })
})
