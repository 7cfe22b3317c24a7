import { PaywallModal } from '@paywall-kit/react'
import { renderKitPage } from './kit-page'

renderKitPage(<PaywallModal />)
