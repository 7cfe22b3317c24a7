/** Answers one matched request. `params` holds the `:name` segments of the route's path. */
export type RouteHandler<Input> = (
  input: Input,
  params: Readonly<Record<string, string>>,
) => Promise<Response> | Response

/**
 * A route table: path pattern → method → handler. A pattern is a path whose segments are literal
 * or `:name` (one segment of letters, digits, `_` or `-`); a trailing slash is optional on both
 * the pattern and the request.
 */
export type RouteTable<Input> = Readonly<
  Record<string, Readonly<Partial<Record<string, RouteHandler<Input>>>>>
>

/** What a router found for a method and a path. */
export type RouteMatch<Input> =
  | { kind: 'found'; handler: RouteHandler<Input>; params: Record<string, string> }
  /** The path is known, the method is not: answer 405 with `Allow: <allow>`. */
  | { kind: 'method_not_allowed'; allow: string[] }
  | { kind: 'not_found' }

interface CompiledRoute<Input> {
  pattern: RegExp
  names: string[]
  methods: Readonly<Partial<Record<string, RouteHandler<Input>>>>
}

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path)

function compile<Input>(path: string, methods: CompiledRoute<Input>['methods']): CompiledRoute<Input> {
  const names: string[] = []
  const source = withoutTrailingSlash(path)
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(segment.slice(1))
      return '([\\w-]+)'
    })
    .join('/')
  return { pattern: new RegExp(`^${source}$`), names, methods }
}

/**
 * The one way every face of the API routes a request: a table compiled once, matched by path,
 * then by method. Methods are looked up as own keys, so a request whose method is `toString` or
 * `constructor` is an unknown method (405), never an inherited function.
 */
export function createRouter<Input>(
  table: RouteTable<Input>,
): (method: string, path: string) => RouteMatch<Input> {
  const routes = Object.entries(table).map(([path, methods]) => compile(path, methods))
  return (method, path) => {
    const normalized = withoutTrailingSlash(path)
    for (const route of routes) {
      const match = route.pattern.exec(normalized)
      if (!match) continue
      const handler = Object.hasOwn(route.methods, method) ? route.methods[method] : undefined
      if (!handler) return { kind: 'method_not_allowed', allow: Object.keys(route.methods) }
      const params = Object.fromEntries(route.names.map((name, index) => [name, match[index + 1] ?? '']))
      return { kind: 'found', handler, params }
    }
    return { kind: 'not_found' }
  }
}
