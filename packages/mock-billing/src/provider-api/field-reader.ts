import { type IsoDate, parseIsoDate } from '../shared/iso-date.ts'
import { isRecord } from '../shared/json.ts'
import { AdaptyError, type AdaptyErrorEntry } from './adapty-errors.ts'

interface FieldError {
  source: string
  code: string
  message: string
}

interface FieldOptions {
  /** The field must be present. */
  required?: boolean
  /** `null` is an accepted value. */
  nullable?: boolean
}

/**
 * Reads the fields of a JSON body with pydantic-style errors (`field required`,
 * `str type expected`, `invalid datetime format`, …), collecting every field error so that one
 * 400 lists them all. `undefined` means absent; `null` means an explicit null.
 */
export class FieldReader {
  private readonly body: Record<string, unknown>
  private readonly prefix: string
  private readonly errors: FieldError[]

  constructor(body: Record<string, unknown>, prefix = '', errors: FieldError[] = []) {
    this.body = body
    this.prefix = prefix
    this.errors = errors
  }

  /** A reader over a nested object, reporting sources as `parent.child`. */
  nested(field: string, options: FieldOptions = {}): FieldReader | null | undefined {
    const value = this.read(field, options)
    if (value === undefined || value === null) return value
    if (!isRecord(value)) return this.fail(field, 'dict', 'value is not a valid dict')
    return new FieldReader(value, `${this.source(field)}.`, this.errors)
  }

  /** A string field; `maxLength` as Adapty documents it for transaction ids. */
  string(field: string, options: FieldOptions & { maxLength?: number } = {}): string | null | undefined {
    const value = this.read(field, options)
    if (value === undefined || value === null) return value
    if (typeof value !== 'string') return this.fail(field, 'str', 'str type expected')
    if (options.required && value.trim() === '') {
      return this.fail(field, 'min_length', 'ensure this value has at least 1 characters')
    }
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      return this.fail(field, 'max_length', `ensure this value has at most ${options.maxLength} characters`)
    }
    return value
  }

  /** A boolean field (only `true` and `false`). */
  boolean(field: string, options: FieldOptions = {}): boolean | null | undefined {
    const value = this.read(field, options)
    if (value === undefined || value === null) return value
    if (typeof value !== 'boolean') return this.fail(field, 'bool', 'value could not be parsed to a boolean')
    return value
  }

  /** A finite number, at least `min` when given. */
  number(field: string, options: FieldOptions & { min?: number } = {}): number | null | undefined {
    const value = this.read(field, options)
    if (value === undefined || value === null) return value
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(field, 'float', 'value is not a valid float')
    }
    if (options.min !== undefined && value < options.min) {
      return this.fail(field, 'not_ge', `ensure this value is greater than or equal to ${options.min}`)
    }
    return value
  }

  /** An ISO 8601 date-time, returned in canonical form. */
  date(field: string, options: FieldOptions = {}): IsoDate | null | undefined {
    const value = this.read(field, options)
    if (value === undefined || value === null) return value
    const parsed = typeof value === 'string' ? parseIsoDate(value) : null
    if (parsed === null) return this.fail(field, 'datetime', 'invalid datetime format')
    return parsed
  }

  /** One of `allowed`. */
  oneOf<const T extends string>(
    field: string,
    allowed: readonly T[],
    options: FieldOptions = {},
  ): T | null | undefined {
    const value = this.read(field, options)
    if (value === undefined || value === null) return value
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      const permitted = allowed.map((item) => `'${item}'`).join(', ')
      return this.fail(field, 'enum', `value is not a valid enumeration member; permitted: ${permitted}`)
    }
    return value as T
  }

  /** Whether the body has the field at all (even as `null`). */
  has(field: string): boolean {
    return Object.hasOwn(this.body, field)
  }

  /** Records a field error. */
  fail(field: string, code: string, message: string): undefined {
    this.errors.push({ source: this.source(field), code, message })
    return undefined
  }

  /** Throws the collected field errors as one Adapty 400, if there are any. */
  throwIfInvalid(): void {
    const [first] = this.errors
    if (!first) return
    const entries: AdaptyErrorEntry[] = []
    for (const error of this.errors) {
      const entry = entries.find((item) => item.source === error.source)
      if (entry) entry.errors.push(error.message)
      else entries.push({ source: error.source, errors: [error.message] })
    }
    throw new AdaptyError(first.code, entries)
  }

  private source(field: string): string {
    return `${this.prefix}${field}`
  }

  private read(field: string, options: FieldOptions): unknown {
    if (!this.has(field)) {
      if (options.required) this.fail(field, 'parse_error', 'field required')
      return undefined
    }
    const value = this.body[field]
    if (value === null && !options.nullable) {
      this.fail(field, 'none_not_allowed', 'none is not an allowed value')
      return undefined
    }
    return value
  }
}
