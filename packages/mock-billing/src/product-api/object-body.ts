import type { RequestContext } from '../model/context.ts'
import { isRecord, readJsonBody } from '../shared/json.ts'
import { ApiError } from './api-error.ts'

/** Reads the JSON object body of a product or demo request; an empty body is `{}`, anything else a 400. */
export async function objectBody(context: RequestContext): Promise<Record<string, unknown>> {
  const body = await readJsonBody(context.request)
  if (!body.ok) throw ApiError.invalid(`The request body is not valid JSON: ${body.detail}`)
  if (body.value === undefined) return {}
  if (!isRecord(body.value)) throw ApiError.invalid('The request body must be a JSON object.')
  return body.value
}
