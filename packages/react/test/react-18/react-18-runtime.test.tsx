import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { Dialog } from 'radix-ui'
import { useState, version } from 'react'
import { version as domVersion } from 'react-dom'
import { version as serverVersion } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

function Counter() {
  const [count] = useState(1)
  const client = useQueryClient()
  return (
    <Dialog.Root open>
      <Dialog.Content aria-describedby={undefined}>
        <Dialog.Title>count {count}</Dialog.Title>
        <p>{client instanceof QueryClient ? 'client found' : 'no client'}</p>
      </Dialog.Content>
    </Dialog.Root>
  )
}

describe('given the react-18 project', () => {
  it('should load React 18 for the kit, the tests and react-dom', () => {
    expect(version).toMatch(/^18\./)
    expect(domVersion).toBe(version)
    expect(serverVersion).toBe(version)
  })

  it('should render hooks, context and a portal through testing-library, react-query and radix on that one copy', () => {
    // A second React copy anywhere in this chain throws "Invalid hook call" or loses the context.
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Counter />
      </QueryClientProvider>,
    )
    expect(screen.getByRole('dialog', { name: 'count 1' })).toHaveTextContent('client found')
  })
})
