import { describe, expect, it } from 'vitest'
import { createRouter } from './router.ts'

const ok = () => new Response('ok')

describe('given a route table with literal and parameter paths', () => {
  const route = createRouter<null>({
    '/api/exports': { POST: ok },
    '/api/exports/:id': { GET: ok, DELETE: ok },
  })

  it('should find a route with or without a trailing slash, and read its parameters', () => {
    expect(route('POST', '/api/exports/')).toMatchObject({ kind: 'found', params: {} })
    expect(route('GET', '/api/exports/exp_000001')).toMatchObject({
      kind: 'found',
      params: { id: 'exp_000001' },
    })
  })

  it('should name the allowed methods for a known path and another method', () => {
    expect(route('PUT', '/api/exports/exp_1')).toEqual({
      kind: 'method_not_allowed',
      allow: ['GET', 'DELETE'],
    })
  })

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'should treat the method %s, a name every object inherits, as not allowed',
    (method) => {
      expect(route(method, '/api/exports')).toEqual({ kind: 'method_not_allowed', allow: ['POST'] })
    },
  )

  it('should not match a parameter across segments, nor a path that only starts like a route', () => {
    expect(route('GET', '/api/exports/a/b')).toEqual({ kind: 'not_found' })
    expect(route('POST', '/api/exportsx')).toEqual({ kind: 'not_found' })
    expect(route('GET', '/api/exports/a.b')).toEqual({ kind: 'not_found' })
  })
})
