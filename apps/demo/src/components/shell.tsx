import { useCallback, useEffect, useRef, useState } from 'react'
import { AiSummariesPage } from '../pages/ai-summaries-page'
import { BillingPage } from '../pages/billing-page'
import { CheckoutPage } from '../pages/checkout-page'
import { ExportsPage } from '../pages/exports-page'
import { NotFoundPage } from '../pages/not-found-page'
import { OverviewPage } from '../pages/overview-page'
import { ReportsPage } from '../pages/reports-page'
import { useRoute } from '../router/router'
import type { Route } from '../router/routes'
import { EventsDrawer } from './events-drawer'
import { Sidebar } from './sidebar'
import { Toaster } from './toaster'
import { Topbar } from './topbar'

function CurrentPage({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <OverviewPage />
    case 'reports':
      return <ReportsPage />
    case 'exports':
      return <ExportsPage />
    case 'ai':
      return <AiSummariesPage />
    case 'billing':
      return <BillingPage params={route.params} />
    case 'checkout':
      return <CheckoutPage params={route.params} />
    default:
      return <NotFoundPage />
  }
}

/** The layout: sidebar, header, the current page, the Events drawer and toasts. */
export function Shell() {
  const route = useRoute()
  const [navOpen, setNavOpen] = useState(false)
  const [eventsOpen, setEventsOpen] = useState(false)
  const shownPage = useRef(route.name)

  // After navigation, focus the new page's heading so screen readers announce where the user is.
  useEffect(() => {
    if (shownPage.current === route.name) return
    shownPage.current = route.name
    document.getElementById('page-title')?.focus({ preventScroll: true })
    window.scrollTo({ top: 0 })
  }, [route.name])

  useEffect(() => {
    document.title = `${document.getElementById('page-title')?.textContent ?? 'Acme Analytics'} · Acme Analytics`
  })

  useEffect(() => {
    if (!navOpen) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setNavOpen(false)
        document.querySelector<HTMLElement>('.topbar__menu')?.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navOpen])

  const closeNav = useCallback(() => setNavOpen(false), [])
  const closeEvents = useCallback(() => {
    setEventsOpen(false)
    document.querySelector<HTMLElement>('.topbar__events')?.focus()
  }, [])

  return (
    <div className="app" data-nav={navOpen ? 'open' : 'closed'} data-events={eventsOpen ? 'open' : 'closed'}>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <Sidebar onNavigate={closeNav} />
      <div className="scrim" aria-hidden="true" onClick={closeNav} />
      <div className="app__column">
        <Topbar
          navOpen={navOpen}
          onToggleNav={() => setNavOpen((open) => !open)}
          eventsOpen={eventsOpen}
          onToggleEvents={() => setEventsOpen((open) => !open)}
        />
        <main id="main" className="content" tabIndex={-1}>
          <CurrentPage route={route} />
        </main>
      </div>
      <EventsDrawer open={eventsOpen} onClose={closeEvents} />
      <Toaster />
    </div>
  )
}
