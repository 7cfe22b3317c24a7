import { formatNumber, formatShortDate } from '../format'

/** Thresholds drawn on the chart, as fractions of the limit. */
export const chartThresholds = [0.5, 0.8, 0.95, 1] as const

const width = 760
const height = 230
const pad = { top: 16, right: 44, bottom: 28, left: 44 }
const dayMs = 86_400_000

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })

interface Point {
  date: Date
  daily: number
  total: number
}

function cumulative(history: { date: string; used: number }[]): Point[] {
  let total = 0
  return history
    .map((day) => ({ date: new Date(day.date), used: Number.isFinite(day.used) ? Math.max(0, day.used) : 0 }))
    .filter((day) => !Number.isNaN(day.date.getTime()))
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((day) => {
      total += day.used
      return { date: day.date, daily: day.used, total }
    })
}

/** A sentence that says what the chart shows, for screen readers (the chart is `role="img"`). */
function describeUsage(points: Point[], limit: number | null, periodStart: Date, periodEnd: Date): string {
  const period = `${formatShortDate(periodStart)} to ${formatShortDate(periodEnd)}`
  if (points.length === 0) return `API calls this billing period, ${period}: no calls yet.`
  const last = points[points.length - 1] as Point
  const parts = [`API calls this billing period, ${period}: ${formatNumber(last.total)}`]
  if (limit) {
    parts[0] += ` of ${formatNumber(limit)} (${percentFormat.format(last.total / limit)})`
    const crossed = chartThresholds
      .map((threshold) => ({ threshold, day: points.find((point) => point.total >= threshold * limit) }))
      .filter((item) => item.day)
      .map((item) => `${percentFormat.format(item.threshold)} on ${formatShortDate(item.day?.date)}`)
    if (crossed.length > 0) parts.push(`Crossed ${crossed.join(', ')}`)
    else parts.push('No threshold crossed yet')
  } else {
    parts[0] += ', no limit on this plan'
  }
  const busiest = points.reduce((best, point) => (point.daily > best.daily ? point : best))
  parts.push(`Busiest day ${formatShortDate(busiest.date)} with ${formatNumber(busiest.daily)} calls`)
  return `${parts.join('. ')}.`
}

/**
 * Cumulative API calls over the current billing period, with the usage thresholds (50/80/95/100 %
 * of the limit) marked. Hand-rolled SVG; one `role="img"` with a summary as its accessible name.
 */
export function UsageChart({
  history,
  limit,
  periodStart,
  periodEnd,
}: {
  history: { date: string; used: number }[]
  limit: number | null
  periodStart: string
  periodEnd: string
}) {
  const points = cumulative(history)
  const start = new Date(periodStart)
  const end = new Date(periodEnd)
  const startMs = Number.isNaN(start.getTime()) ? (points[0]?.date.getTime() ?? 0) : start.getTime()
  const endMs = Number.isNaN(end.getTime()) ? startMs + 30 * dayMs : Math.max(end.getTime(), startMs + dayMs)
  const total = points[points.length - 1]?.total ?? 0
  const yMax = Math.max(limit ?? 0, total, 1) * 1.08

  const x = (ms: number) => pad.left + ((ms - startMs) / (endMs - startMs)) * (width - pad.left - pad.right)
  const y = (value: number) => height - pad.bottom - (value / yMax) * (height - pad.top - pad.bottom)
  const baseline = y(0)

  const line = points.map(
    (point, index) =>
      `${index === 0 ? 'M' : 'L'}${x(point.date.getTime()).toFixed(1)},${y(point.total).toFixed(1)}`,
  )
  const first = points[0]
  const last = points[points.length - 1]
  const area =
    first && last
      ? `${line.join(' ')} L${x(last.date.getTime()).toFixed(1)},${baseline} L${x(first.date.getTime()).toFixed(1)},${baseline} Z`
      : ''

  const level = limit ? chartThresholds.filter((threshold) => total >= threshold * limit).length : 0
  // Threshold labels sit at their line, pushed apart (from the top) where lines are too close to read.
  const labelY: number[] = []
  if (limit) {
    for (const threshold of [...chartThresholds].reverse()) {
      const previous = labelY[labelY.length - 1]
      const wanted = y(threshold * limit)
      labelY.push(previous === undefined ? wanted : Math.max(wanted, previous + 13))
    }
    labelY.reverse()
  }
  const label = describeUsage(points, limit, new Date(startMs), new Date(endMs))

  return (
    <figure className="usage-chart" data-level={level}>
      <svg className="usage-chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <line
          className="usage-chart__axis"
          x1={pad.left}
          x2={width - pad.right}
          y1={baseline}
          y2={baseline}
        />
        {limit
          ? chartThresholds.map((threshold, index) => (
              <g key={threshold} className="usage-chart__threshold" data-threshold={threshold * 100}>
                <line
                  x1={pad.left}
                  x2={width - pad.right}
                  y1={y(threshold * limit)}
                  y2={y(threshold * limit)}
                />
                <text x={width - pad.right + 6} y={labelY[index]} dominantBaseline="middle">
                  {percentFormat.format(threshold)}
                </text>
              </g>
            ))
          : null}
        {area ? <path className="usage-chart__area" d={area} /> : null}
        {line.length > 0 ? <path className="usage-chart__line" d={line.join(' ')} /> : null}
        {last ? (
          <circle className="usage-chart__dot" cx={x(last.date.getTime())} cy={y(last.total)} r={4.5} />
        ) : null}
        <text className="usage-chart__tick" x={pad.left} y={height - 8}>
          {formatShortDate(startMs)}
        </text>
        <text className="usage-chart__tick" x={width - pad.right} y={height - 8} textAnchor="end">
          {formatShortDate(endMs)}
        </text>
        <text
          className="usage-chart__tick"
          x={pad.left - 8}
          y={baseline}
          textAnchor="end"
          dominantBaseline="middle"
        >
          0
        </text>
        {limit ? (
          <text
            className="usage-chart__tick"
            x={pad.left - 8}
            y={y(limit)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {new Intl.NumberFormat(undefined, { notation: 'compact' }).format(limit)}
          </text>
        ) : null}
      </svg>
      <figcaption className="usage-chart__caption" aria-hidden="true">
        <span className="usage-chart__legend usage-chart__legend--line">Cumulative API calls</span>
        {limit ? (
          <span className="usage-chart__legend usage-chart__legend--threshold">Usage thresholds</span>
        ) : null}
      </figcaption>
    </figure>
  )
}
