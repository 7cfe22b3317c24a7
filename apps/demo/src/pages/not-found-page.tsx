import { EmptyState } from '../components/empty-state'
import { Page } from '../components/page'
import { hrefFor } from '../router/routes'

/** An unknown page in the hash. */
export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <EmptyState
        title="This page does not exist"
        action={
          <a className="button button--primary" href={hrefFor('overview')}>
            Go to Overview
          </a>
        }
      >
        The link may be out of date.
      </EmptyState>
    </Page>
  )
}
