import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// `findBy*` and `waitFor` give up after 1 s by default, which a busy two-core CI machine running every
// project at once can exceed. What never happens still fails, before Vitest's 5 s test timeout.
configure({ asyncUtilTimeout: 4_000 })

afterEach(() => {
  cleanup()
  // Usage meters keep a threshold ledger in localStorage: each test starts without one.
  if (typeof localStorage !== 'undefined') localStorage.clear()
})
