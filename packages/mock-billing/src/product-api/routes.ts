import type { RequestContext } from '../model/context.ts'
import { createRouter } from '../shared/router.ts'
import { ApiError } from './api-error.ts'
import { demoRoutes } from './demo-routes.ts'
import type { DemoControls } from './product-request.ts'
import { productRoutes } from './product-routes.ts'

const route = createRouter({ ...demoRoutes, ...productRoutes })

/**
 * Answers a request of the product API or its demo controls; `undefined` when no route has this
 * path. A known path with another method is a 405 with `Allow`.
 */
export async function handleProductApi(
  context: RequestContext,
  controls: DemoControls,
): Promise<Response | undefined> {
  const { method } = context.request
  const { pathname } = context.url
  const match = route(method, pathname)
  if (match.kind === 'not_found') return undefined
  if (match.kind === 'method_not_allowed') {
    const allow = match.allow.join(', ')
    return new ApiError(405, 'method_not_allowed', `Use ${allow} for ${pathname}.`).toResponse(
      context.requestId,
      {
        Allow: allow,
      },
    )
  }
  return match.handler({ context, controls }, match.params)
}
