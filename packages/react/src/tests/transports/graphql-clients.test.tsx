import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client'
import { render } from '@testing-library/react'
import { GraphQLClient } from 'graphql-request'
import { Client, fetchExchange } from 'urql'
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

// Each GraphQL client is the real library; its errors reach TanStack Query through the queryFn.

const server = setupMswServer()

beforeEach(() => {
  received.clear()
  server.use(...restAndGraphQLHandlers)
})

const reportsQuery = 'query Reports { reports { id } }'

describe('given Apollo Client 4', () => {
  const get = (path: string) => () =>
    new ApolloClient({ link: new HttpLink({ uri: apiUrl(path) }), cache: new InMemoryCache() })
      .query({ query: gql(reportsQuery) })
      .then((result) => result.data)

  it('should open the paywall after one request for a 402 (ServerError), with the server’s message', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/402')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/graphql/402')).toBe(1)
  })

  it('should open the paywall after one request for PAYMENT_REQUIRED over HTTP 200 (CombinedGraphQLErrors)', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/200')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/graphql/200')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/500')} />
      </PaywallApp>,
    )
    await expectAppRetries('/graphql/500')
  })
})

describe('given urql', () => {
  const get = (path: string) => async () => {
    const client = new Client({ url: apiUrl(path), exchanges: [fetchExchange] })
    const result = await client.query(reportsQuery, {}).toPromise()
    if (result.error) throw result.error
    return result.data
  }

  it('should open the paywall after one request for a 402 (CombinedError), with the server’s message', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/402')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/graphql/402')).toBe(1)
  })

  it('should open the paywall after one request for PAYMENT_REQUIRED over HTTP 200', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/200')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/graphql/200')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/500')} />
      </PaywallApp>,
    )
    await expectAppRetries('/graphql/500')
  })
})

describe('given graphql-request', () => {
  const get = (path: string) => () => new GraphQLClient(apiUrl(path)).request(reportsQuery)

  it('should open the paywall after one request for a 402 (ClientError), with the server’s message', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/402')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/graphql/402')).toBe(1)
  })

  it('should open the paywall after one request for PAYMENT_REQUIRED over HTTP 200', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/200')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/graphql/200')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={get('/graphql/500')} />
      </PaywallApp>,
    )
    await expectAppRetries('/graphql/500')
  })
})
