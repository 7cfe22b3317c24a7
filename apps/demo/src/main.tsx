import '@paywall-kit/react/styles.css'
import './styles/index.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { api, configureApi } from './api/client'
import { App } from './app'
import { BootError } from './components/boot-error'
import { readDemoConfig } from './demo-config'
import { type KitLanguage, loadKitLanguage } from './kit-language'
import { installLinkNormaliser, normaliseInitialUrl } from './router/router'
import { initTheme } from './theme'

async function boot() {
  initTheme()
  normaliseInitialUrl()
  installLinkNormaliser()
  const config = readDemoConfig()
  configureApi({ base: config.apiBase, user: config.user })
  const root = createRoot(document.getElementById('root') as HTMLElement)
  let language: KitLanguage | undefined
  try {
    language = await loadKitLanguage(config.lang)
    if (!config.apiBase) {
      const { startMockWorker } = await import('./api/mock-worker')
      await startMockWorker()
    }
    // A link with ?scenario=…&dialect=… reproduces that state.
    if (config.scenario)
      await api('/api/demo/scenario', { method: 'POST', json: { scenario: config.scenario } })
    if (config.dialect) await api('/api/demo/dialect', { method: 'POST', json: { dialect: config.dialect } })
  } catch (error) {
    root.render(<BootError config={config} error={error} />)
    return
  }
  root.render(
    <StrictMode>
      <App config={config} initialLanguage={language} />
    </StrictMode>,
  )
}

void boot()
