import type { CSSProperties } from 'react'

/** A shimmering placeholder line while data loads (decorative; the surrounding block is labelled). */
export function Skeleton({
  width,
  height = '1em',
  className,
}: {
  width?: string
  height?: string
  className?: string
}) {
  const style: CSSProperties = { width, height }
  return (
    <span className={['skeleton', className].filter(Boolean).join(' ')} style={style} aria-hidden="true" />
  )
}

/** A busy region with placeholder lines, labelled for screen readers. */
export function SkeletonBlock({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div className="skeleton-block" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} width={`${90 - index * 17}%`} height="0.9rem" />
      ))}
    </div>
  )
}
