import { useEventLog } from '../telemetry/event-log'
import { ActivityIcon, MenuIcon } from './icons'
import { PlanBadge } from './plan-badge'
import { ThemeToggle } from './theme-toggle'

/** The header: menu (small screens), plan badge, Events drawer toggle, theme, account. */
export function Topbar({
  navOpen,
  onToggleNav,
  eventsOpen,
  onToggleEvents,
}: {
  navOpen: boolean
  onToggleNav: () => void
  eventsOpen: boolean
  onToggleEvents: () => void
}) {
  const events = useEventLog().filter((entry) => entry.kind === 'paywall').length
  return (
    <header className="topbar">
      <button
        type="button"
        className="icon-button topbar__menu"
        aria-label="Menu"
        aria-expanded={navOpen}
        aria-controls="sidebar"
        onClick={onToggleNav}
      >
        <MenuIcon />
      </button>
      <span className="topbar__workspace">
        <span className="topbar__workspace-name">Acme Inc.</span>
        <span className="topbar__workspace-sep" aria-hidden="true">
          /
        </span>
        <span className="topbar__workspace-project">Production</span>
      </span>
      <div className="topbar__spacer" />
      <PlanBadge />
      <button
        type="button"
        className="button button--ghost topbar__events"
        aria-expanded={eventsOpen}
        aria-controls="events-drawer"
        onClick={onToggleEvents}
      >
        <ActivityIcon width={18} height={18} />
        <span className="topbar__events-label">Events</span>
        <span className="count">{events}</span>
      </button>
      <ThemeToggle />
      <span className="avatar" role="img" aria-label="Signed in as Dana (demo user)">
        DA
      </span>
    </header>
  )
}
