/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the real HTTP mock billing server; unset = mock API in the browser (MSW). */
  readonly VITE_BILLING_API?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
