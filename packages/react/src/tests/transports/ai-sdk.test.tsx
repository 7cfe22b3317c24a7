import {
  createJsonErrorResponseHandler,
  createJsonResponseHandler,
  postJsonToApi,
} from '@ai-sdk/provider-utils'
import { render } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { apiUrl, setupMswServer } from '../../../test/msw-server'
import {
  appQueryClient,
  expectAppRetries,
  expectPaywallWithServerMessage,
  message,
  PaywallApp,
  Reports,
  received,
} from './paywall-app'

// The AI SDK's providers call their APIs through provider-utils' postJsonToApi: a refusal becomes
// the real `APICallError` (statusCode, responseBody, responseHeaders), as a provider's model throws it.

const server = setupMswServer()

beforeEach(() => {
  received.clear()
  server.use(
    http.post(apiUrl('/v1/chat/completions'), () => {
      received.set('/v1/chat/completions', (received.get('/v1/chat/completions') ?? 0) + 1)
      return HttpResponse.json(
        { error: { code: 'TRIAL_ENDED', message, type: 'billing_error' } },
        { status: 402, headers: { 'x-request-id': 'req_ai' } },
      )
    }),
    http.post(apiUrl('/v1/broken/completions'), () => {
      received.set('/v1/broken/completions', (received.get('/v1/broken/completions') ?? 0) + 1)
      return HttpResponse.json({ error: { message: 'Overloaded', type: 'server_error' } }, { status: 500 })
    }),
  )
})

const errorSchema = z.object({ error: z.object({ message: z.string(), code: z.string().nullish() }) })
const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })),
})

const complete = (path: string) => async () => {
  const { value } = await postJsonToApi({
    url: apiUrl(path),
    body: { model: 'test-model', messages: [{ role: 'user', content: 'Summarise the reports' }] },
    failedResponseHandler: createJsonErrorResponseHandler({
      errorSchema,
      errorToMessage: (data) => data.error.message,
    }),
    successfulResponseHandler: createJsonResponseHandler(completionSchema),
  })
  return value.choices[0]?.message.content
}

describe('given an AI SDK provider call answered with 402 (APICallError)', () => {
  it('should open the paywall after one request with the server’s message and lock reports', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={complete('/v1/chat/completions')} />
      </PaywallApp>,
    )
    await expectPaywallWithServerMessage()
    expect(received.get('/v1/chat/completions')).toBe(1)
  })

  it('should keep the app’s retries for a 500', async () => {
    render(
      <PaywallApp client={appQueryClient()}>
        <Reports queryFn={complete('/v1/broken/completions')} />
      </PaywallApp>,
    )
    await expectAppRetries('/v1/broken/completions')
  })
})
