import { renderWithPaywall } from '@paywall-kit/react/testing'
import { screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { paywallDevtoolsPlugin } from './index'

describe('given the TanStack Devtools plugin', () => {
  it('should be a plugin object named Paywall whose render is the panel', () => {
    const plugin = paywallDevtoolsPlugin()
    expect(plugin).toMatchObject({ id: 'paywall-kit', name: 'Paywall' })
    renderWithPaywall(plugin.render as ReactElement)
    expect(screen.getByRole('region', { name: 'Paywall devtools' })).toBeInTheDocument()
  })
})
