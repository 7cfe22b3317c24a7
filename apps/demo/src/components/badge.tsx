import type { ReactNode } from 'react'
import type { Tone } from '../format'

/** A small status pill. */
export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className="badge" data-tone={tone}>
      {children}
    </span>
  )
}
