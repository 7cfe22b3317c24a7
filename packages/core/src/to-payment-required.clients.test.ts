import { createServer, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import { APICallError } from '@ai-sdk/provider'
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client'
import { createTRPCClient, httpBatchLink, httpLink } from '@trpc/client'
import { initTRPC, TRPCError } from '@trpc/server'
import { createHTTPServer } from '@trpc/server/adapters/standalone'
import { Client, fetchExchange } from '@urql/core'
import axios from 'axios'
import { GraphQLClient } from 'graphql-request'
import ky from 'ky'
import ky1 from 'ky1'
import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paywallRetry } from './paywall-retry'
import { toPaymentRequired } from './to-payment-required'

// Each client below is really called against a loopback server, so the errors are the ones apps see.

const message = 'Your free trial has ended. Pick a plan to keep exporting reports.'
// Relative, so that it is kept without allowedOrigins (absolute URLs on other origins must be listed).
const action = { url: '/plans', label: 'Pick a plan' }
/** What every paywall below must keep from the server. */
const expected = (requestId: string, code = 'TRIAL_ENDED') => ({
  status: 402,
  reason: 'trial_ended',
  code,
  message,
  requestId,
  action,
})

const restBody = { error: { code: 'TRIAL_ENDED', message, action } }
const graphQLBody = { errors: [{ message, extensions: { code: 'TRIAL_ENDED', action } }] }
const graphQLOver200 = {
  data: { reports: null },
  errors: [
    {
      message,
      path: ['reports'],
      extensions: { code: 'PAYMENT_REQUIRED', reason: 'TRIAL_ENDED', requestId: 'req_gql200', action },
    },
  ],
}

function send(response: ServerResponse, status: number, body: unknown, requestId: string) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  response.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
    'x-request-id': requestId,
  })
  response.end(text)
}

const routes: Record<string, (response: ServerResponse, client: string) => void> = {
  '/rest/402': (response, client) => send(response, 402, restBody, `req_${client}`),
  '/rest/500': (response, client) => send(response, 500, 'Internal error', `req_${client}`),
  '/graphql/402': (response, client) => send(response, 402, graphQLBody, `req_${client}`),
  '/graphql/200': (response) => send(response, 200, graphQLOver200, 'req_header'),
  '/graphql/500': (response, client) => send(response, 500, 'Internal error', `req_${client}`),
}

let server: Server
let origin: string

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    request.resume()
    request.on('end', () => routes[url.pathname]?.(response, url.searchParams.get('client') ?? 'x'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const caught = async (call: () => Promise<unknown>) => {
  try {
    await call()
  } catch (error) {
    return error
  }
  throw new Error('the client did not reject')
}

describe('given a real tRPC TRPCClientError', () => {
  const t = initTRPC.create({
    // How a tRPC server sends more than a message: the app's errorFormatter adds fields to `data`.
    errorFormatter: ({ shape, error }) =>
      error.code === 'PAYMENT_REQUIRED' ? { ...shape, data: { ...shape.data, action } } : shape,
  })
  const router = t.router({
    reports: t.procedure.query(() => {
      throw new TRPCError({ code: 'PAYMENT_REQUIRED', message })
    }),
    profile: t.procedure.query(() => 'Ada'),
    broken: t.procedure.query(() => {
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Database unavailable' })
    }),
  })
  const trpcServer = createHTTPServer({
    router,
    responseMeta: () => ({ headers: { 'x-request-id': 'req_trpc' } }),
  })
  let url: string
  beforeAll(async () => {
    await new Promise<void>((resolve) => trpcServer.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(trpcServer.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => trpcServer.close(() => resolve())))

  it('should read a single-link 402 with its message, code, request id and action, and never retry it', async () => {
    const client = createTRPCClient<typeof router>({ links: [httpLink({ url })] })
    const error = await caught(() => client.reports.query())
    expect(error).toMatchObject({ name: 'TRPCClientError', meta: { response: { status: 402 } } })
    expect(toPaymentRequired(error)).toMatchObject(expected('req_trpc', 'PAYMENT_REQUIRED'))
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should read a 402 inside a batch answered with HTTP 207', async () => {
    const client = createTRPCClient<typeof router>({ links: [httpBatchLink({ url })] })
    const [reports, profile] = await Promise.allSettled([client.reports.query(), client.profile.query()])
    expect(profile).toEqual({ status: 'fulfilled', value: 'Ada' })
    const error = reports.status === 'rejected' ? reports.reason : undefined
    expect(error).toMatchObject({ meta: { response: { status: 207 } } })
    expect(toPaymentRequired(error)).toMatchObject(expected('req_trpc', 'PAYMENT_REQUIRED'))
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should retry a 500 from the same client and say it is no paywall', async () => {
    const client = createTRPCClient<typeof router>({ links: [httpBatchLink({ url })] })
    const error = await caught(() => client.broken.query())
    expect(toPaymentRequired(error)).toBeNull()
    expect(paywallRetry(0, error)).toBe(true)
  })
})

describe('given a real Apollo Client 4 error', () => {
  const query = gql`
    query Reports {
      reports {
        id
      }
    }
  `
  const apollo = (path: string) =>
    new ApolloClient({
      link: new HttpLink({ uri: `${origin}${path}?client=apollo` }),
      cache: new InMemoryCache(),
    })

  it('should read a ServerError for a 402 from its bodyText and response headers', async () => {
    const error = await caught(() => apollo('/graphql/402').query({ query }))
    expect(error).toMatchObject({ name: 'ServerError', statusCode: 402 })
    expect(toPaymentRequired(error)).toMatchObject({ ...expected('req_apollo'), dialect: 'graphql' })
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should read CombinedGraphQLErrors over HTTP 200 whose extensions.code is PAYMENT_REQUIRED', async () => {
    const error = await caught(() => apollo('/graphql/200').query({ query }))
    expect(error).toMatchObject({ name: 'CombinedGraphQLErrors' })
    expect(toPaymentRequired(error)).toMatchObject({
      ...expected('req_gql200', 'PAYMENT_REQUIRED'),
      dialect: 'graphql',
    })
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should retry a 500', async () => {
    const error = await caught(() => apollo('/graphql/500').query({ query }))
    expect(toPaymentRequired(error)).toBeNull()
    expect(paywallRetry(0, error)).toBe(true)
  })
})

describe('given a real urql CombinedError', () => {
  const query = 'query Reports { reports { id } }'
  const urql = (path: string) =>
    new Client({ url: `${origin}${path}?client=urql`, exchanges: [fetchExchange] })
  const errorOf = async (path: string) => (await urql(path).query(query, {}).toPromise()).error

  it('should read a 402 from its graphQLErrors and response', async () => {
    const error = await errorOf('/graphql/402')
    expect(error).toMatchObject({ name: 'CombinedError' })
    expect(toPaymentRequired(error)).toMatchObject(expected('req_urql'))
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should read PAYMENT_REQUIRED errors over HTTP 200', async () => {
    const error = await errorOf('/graphql/200')
    expect(toPaymentRequired(error)).toMatchObject(expected('req_gql200', 'PAYMENT_REQUIRED'))
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should retry a 500', async () => {
    const error = await errorOf('/graphql/500')
    expect(error?.networkError).toBeDefined()
    expect(toPaymentRequired(error)).toBeNull()
    expect(paywallRetry(0, error)).toBe(true)
  })
})

describe('given a real graphql-request ClientError', () => {
  const request = (path: string) =>
    new GraphQLClient(`${origin}${path}?client=graphql-request`).request('{ reports { id } }')

  it('should read a 402 from response.status, response.errors and its headers', async () => {
    const error = await caught(() => request('/graphql/402'))
    expect(error).toMatchObject({ response: { status: 402 } })
    expect(toPaymentRequired(error)).toMatchObject(expected('req_graphql-request'))
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should read PAYMENT_REQUIRED errors over HTTP 200 as a 402', async () => {
    const error = await caught(() => request('/graphql/200'))
    expect(error).toMatchObject({ response: { status: 200 } })
    expect(toPaymentRequired(error)).toMatchObject(expected('req_gql200', 'PAYMENT_REQUIRED'))
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should retry a 500', async () => {
    const error = await caught(() => request('/graphql/500'))
    expect(toPaymentRequired(error)).toBeNull()
    expect(paywallRetry(0, error)).toBe(true)
  })
})

/** The part of @ai-sdk/provider-utils used below (its types are not resolvable from core). */
interface ProviderUtils {
  postJsonToApi(options: {
    url: string
    body: unknown
    failedResponseHandler: unknown
    successfulResponseHandler: unknown
  }): Promise<unknown>
  createJsonErrorResponseHandler<T>(options: {
    errorSchema: unknown
    errorToMessage: (data: T) => string
  }): unknown
  createJsonResponseHandler(schema: unknown): unknown
  jsonSchema(schema: object): unknown
}

describe('given a real AI SDK APICallError', () => {
  // Every AI SDK provider calls its API through @ai-sdk/provider-utils, which throws APICallError.
  // Core's dev dependencies hold only @ai-sdk/provider, so the utilities are loaded from the `ai`
  // package the React package depends on: the same code an app runs.
  const loadProviderUtils = async () => {
    const fromReact = createRequire(new URL('../../react/package.json', import.meta.url))
    const fromAi = createRequire(fromReact.resolve('ai'))
    return import(pathToFileURL(fromAi.resolve('@ai-sdk/provider-utils')).href) as Promise<ProviderUtils>
  }

  const call = async (path: string) => {
    const { postJsonToApi, createJsonErrorResponseHandler, createJsonResponseHandler, jsonSchema } =
      await loadProviderUtils()
    // As @ai-sdk/openai does: the error's message comes from the body, the rest is kept as text.
    const schema = jsonSchema({ type: 'object' })
    return caught(() =>
      postJsonToApi({
        url: `${origin}${path}?client=ai-sdk`,
        body: { model: 'any', prompt: 'hi' },
        failedResponseHandler: createJsonErrorResponseHandler<{ error: { message: string } }>({
          errorSchema: schema,
          errorToMessage: (data) => data.error.message,
        }),
        successfulResponseHandler: createJsonResponseHandler(schema),
      }),
    )
  }

  it('should read a 402 from responseBody and responseHeaders', async () => {
    const error = await call('/rest/402')
    expect(APICallError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ statusCode: 402, responseHeaders: { 'x-request-id': 'req_ai-sdk' } })
    expect(toPaymentRequired(error)).toMatchObject(expected('req_ai-sdk'))
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should retry a 500', async () => {
    const error = await call('/rest/500')
    expect(APICallError.isInstance(error)).toBe(true)
    expect(toPaymentRequired(error)).toBeNull()
    expect(paywallRetry(0, error)).toBe(true)
  })
})

describe('given real REST client errors', () => {
  const clients: [string, (url: string) => Promise<unknown>][] = [
    ['axios', (url) => axios.get(url)],
    ['ky 2', (url) => ky.get(url, { retry: 0 }).json()],
    ['ofetch', (url) => ofetch(url, { retry: 0 })],
  ]

  it.each(clients)(
    'should read a %s 402 with the message, code, request id and action',
    async (name, get) => {
      const error = await caught(() => get(`${origin}/rest/402?client=${name}`))
      expect(toPaymentRequired(error)).toMatchObject(expected(`req_${name}`))
      expect(paywallRetry(0, error)).toBe(false)
    },
  )

  it.each(clients)('should retry a %s 500', async (name, get) => {
    const error = await caught(() => get(`${origin}/rest/500?client=${name}`))
    expect(toPaymentRequired(error)).toBeNull()
    expect(paywallRetry(0, error)).toBe(true)
  })

  it('should give a ky 1 402, whose body is unread, a generic paywall from status and headers', async () => {
    const error = await caught(() => ky1.get(`${origin}/rest/402?client=ky1`, { retry: 0 }).json())
    expect(toPaymentRequired(error)).toMatchObject({
      status: 402,
      reason: 'payment_required',
      requestId: 'req_ky1',
    })
    expect((error as { response: Response }).response.bodyUsed).toBe(false)
    expect(paywallRetry(0, error)).toBe(false)
  })

  it('should retry a ky 1 500', async () => {
    const error = await caught(() => ky1.get(`${origin}/rest/500?client=ky1`, { retry: 0 }).json())
    expect(paywallRetry(0, error)).toBe(true)
  })
})
