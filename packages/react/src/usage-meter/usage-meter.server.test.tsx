// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UsageMeter } from './usage-meter'

afterEach(() => {
  vi.useRealTimers()
})

describe('given server rendering without a DOM', () => {
  it('should render the meter with its value, bar, reset date and action', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <UsageMeter
        label="API calls"
        used={990}
        limit={1000}
        resetsAt="2026-12-01T12:00:00Z"
        timeZone="UTC"
        locale="en-US"
        actionHref="/billing"
      />,
    )

    expect(html).toContain('role="meter"')
    expect(html).toContain('aria-valuetext="990 of 1,000 API calls, 99%"')
    expect(html).toContain('--pwk-meter-ratio:0.99')
    expect(html).toContain('Resets Dec 1')
    expect(html).toContain('href="/billing"')
    expect(html).toContain('data-state="critical"')
  })

  it('should render the same string whatever the server clock says', () => {
    const element = (
      <UsageMeter
        label="API calls"
        used={820}
        limit={1000}
        resetsAt="2026-12-01"
        timeZone="UTC"
        locale="en-US"
      />
    )
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
    const first = renderToString(element)
    vi.setSystemTime(new Date('2027-06-30T23:59:59Z'))

    expect(renderToString(element)).toBe(first)
  })

  it('should render text, not a meter, for an unlimited allowance', () => {
    const html = renderToString(<UsageMeter label="API calls" used={820} limit={null} locale="en-US" />)

    expect(html).not.toContain('role="meter"')
    expect(html).toContain('820 used, no limit')
  })
})
