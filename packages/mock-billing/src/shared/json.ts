/** Largest request body the API reads, in characters. */
export const MAX_BODY_LENGTH = 1_000_000

/** A request body read as JSON: the value (`undefined` for an empty body) or why it is not JSON. */
export type JsonBody = { ok: true; value: unknown } | { ok: false; detail: string }

/** Reads a request body as JSON without throwing. */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  let text: string
  try {
    text = await request.text()
  } catch {
    return { ok: false, detail: 'The request body could not be read' }
  }
  if (text.length > MAX_BODY_LENGTH)
    return { ok: false, detail: `The body is over ${MAX_BODY_LENGTH} characters` }
  if (text.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : 'Invalid JSON' }
  }
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON response. */
export function jsonResponse(body: unknown, status = 200, headers?: HeadersInit): Response {
  const merged = new Headers(headers)
  merged.set('Content-Type', 'application/json')
  return new Response(JSON.stringify(body), { status, headers: merged })
}
