import type { ReactNode } from 'react'
import { useRoute } from '../router/router'
import { hrefFor, type RouteName, routes } from '../router/routes'
import { BillingIcon, ExportsIcon, OverviewIcon, ReportsIcon, SparkIcon } from './icons'
import { ScenarioPanel } from './scenario-panel'

const nav: { name: RouteName; icon: ReactNode }[] = [
  { name: 'overview', icon: <OverviewIcon /> },
  { name: 'reports', icon: <ReportsIcon /> },
  { name: 'exports', icon: <ExportsIcon /> },
  { name: 'ai', icon: <SparkIcon /> },
  { name: 'billing', icon: <BillingIcon /> },
]

/** Brand, main navigation and the demo's scenario panel. Off-canvas below the tablet breakpoint. */
export function Sidebar({ onNavigate }: { onNavigate: () => void }) {
  const route = useRoute()
  const current = route.name === 'checkout' ? 'billing' : route.name
  return (
    <aside className="sidebar" id="sidebar" aria-label="Sidebar">
      <a className="brand" href={hrefFor('overview')} onClick={onNavigate}>
        <span className="brand__mark">
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path
              d="M8 22l5-7 4 4 7-10"
              fill="none"
              stroke="var(--on-accent)"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </span>
        <span className="brand__name">Acme Analytics</span>
      </a>
      <nav className="nav" aria-label="Main">
        <ul>
          {nav.map((item) => (
            <li key={item.name}>
              <a
                className="nav__link"
                href={hrefFor(item.name)}
                aria-current={current === item.name ? 'page' : undefined}
                onClick={onNavigate}
              >
                {item.icon}
                <span>{routes[item.name].title}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ScenarioPanel />
    </aside>
  )
}
