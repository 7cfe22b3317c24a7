import { LazyPaywallModal } from '@paywall-kit/react/lazy-modal'
import { renderKitPage } from './kit-page'

// The modal in its own chunk: its download starts as the provider mounts, in parallel with the 402's
// request, so the paywall should not wait for it.
renderKitPage(<LazyPaywallModal />)
