import { jsonResponse } from '../shared/json.ts'
import { dialects } from './dialect-names.ts'

/** A non-402 error of the product and demo API, answered as `{ error: { status, code, message }, request_id }`. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string

  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }

  /** A 400 for a body or parameter the route cannot use. */
  static invalid(message: string): ApiError {
    return new ApiError(400, 'invalid_request', message)
  }

  /** A 400 for an unknown dialect. */
  static unknownDialect(value: string): ApiError {
    return ApiError.invalid(`Unknown 402 dialect "${value}". Use one of: ${dialects.join(', ')}.`)
  }

  /** The JSON response. */
  toResponse(requestId: string, headers?: HeadersInit): Response {
    return jsonResponse(
      { error: { status: this.status, code: this.code, message: this.message }, request_id: requestId },
      this.status,
      headers,
    )
  }
}
